// A git server over smart HTTP (git's own http-backend behind a local HTTP server) that
// refuses, as GitHub does, a ref update bringing in changed .github/workflows/** files unless
// the pusher's token has the workflows right. What stands in for GitHub: the token table and
// the pre-receive hook.
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';

const HTTP_BACKEND = '/usr/lib/git-core/git-http-backend';

// The hook sees ARCH_PUSHER_WORKFLOWS=1 only for a pusher with the workflows right.
const PRE_RECEIVE = `#!/bin/sh
zero=0000000000000000000000000000000000000000
while read -r old new ref; do
  [ "$new" = "$zero" ] && continue
  if [ "$old" = "$zero" ]; then
    changed=$(git log --format= --name-only "$new" --not --all -- .github/workflows)
  else
    changed=$(git diff --name-only "$old" "$new" -- .github/workflows)
  fi
  if [ -n "$changed" ] && [ "\${ARCH_PUSHER_WORKFLOWS:-}" != 1 ]; then
    echo "refusing to allow a GitHub App to create or update workflow \\\`$(echo "$changed" | head -n 1)\\\` without \\\`workflows\\\` permission ($ref)" >&2
    exit 1
  fi
done
`;

export interface GitServer {
  /** http://127.0.0.1:PORT, as GITHUB_SERVER_URL. */
  url: string;
  /** The bare repository of `owner/name`. */
  bare: string;
  close(): Promise<void>;
}

/** What a token may do: `workflows` adds the right to update workflow files. */
export type Rights = 'contents' | 'workflows';

function tokenOf(header: string | undefined): string | undefined {
  const m = header?.match(/^basic\s+(\S+)$/i);
  if (!m) return undefined;
  const [, password] = Buffer.from(m[1], 'base64').toString('utf8').split(':');
  return password;
}

/** Serves `root/owner/name.git` (created bare, with the hook) for the tokens in `tokens`. */
export async function startGitServer(
  root: string,
  repository: string,
  tokens: Record<string, Rights>
): Promise<GitServer> {
  const bare = path.join(root, `${repository}.git`);
  fs.mkdirSync(bare, { recursive: true });
  execFileSync('git', ['init', '-q', '--bare', bare]);
  fs.writeFileSync(path.join(bare, 'hooks', 'pre-receive'), PRE_RECEIVE, { mode: 0o755 });
  const server = http.createServer((req, res) => {
    const token = tokenOf(req.headers.authorization);
    const rights = token === undefined ? undefined : tokens[token];
    if (!rights) {
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="git"' }).end('bad credentials\n');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://x');
    const cgi = spawn(HTTP_BACKEND, [], {
      env: {
        PATH: process.env.PATH ?? '',
        GIT_PROJECT_ROOT: root,
        GIT_HTTP_EXPORT_ALL: '1',
        PATH_INFO: decodeURIComponent(url.pathname),
        QUERY_STRING: url.search.slice(1),
        REQUEST_METHOD: req.method ?? 'GET',
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        HTTP_CONTENT_ENCODING: req.headers['content-encoding'] ?? '',
        REMOTE_USER: rights === 'workflows' ? 'release-app[bot]' : 'github-actions[bot]',
        REMOTE_ADDR: '127.0.0.1',
        ...(rights === 'workflows' ? { ARCH_PUSHER_WORKFLOWS: '1' } : {})
      }
    });
    req.pipe(cgi.stdin);
    const out: Buffer[] = [];
    cgi.stdout.on('data', (b: Buffer) => out.push(b));
    cgi.on('close', () => {
      const all = Buffer.concat(out);
      const split = all.indexOf('\r\n\r\n');
      const head = all.subarray(0, split).toString('latin1').split('\r\n');
      const headers: Record<string, string> = {};
      let status = 200;
      for (const line of head) {
        const i = line.indexOf(':');
        const [k, v] = [line.slice(0, i).trim(), line.slice(i + 1).trim()];
        if (k.toLowerCase() === 'status') status = parseInt(v, 10);
        else if (k) headers[k] = v;
      }
      res.writeHead(status, headers).end(all.subarray(split + 4));
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    bare,
    close: () => new Promise(resolve => server.close(() => resolve()))
  };
}
