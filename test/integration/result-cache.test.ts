// Results kept by digest, on by default, through the CLI (`arch-actions verify`, in-process), with
// every request counted at a proxy in front of the lab registry: a chart's third-party image is
// deep-checked once per digest, and the next run reads none of its blobs and says why;
// `--proof ignore` and `--result-cache false` read them again; with a signing key the images given
// directly are checked (and proven) on every run. Each test starts with an empty XDG_CACHE_HOME.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { main } from '../../actions/cli/main';
import { captureIo } from '../helpers/io';
import { blobReads, imageBlobs, KEY_PASSWORD, pushBusyboxIndex, proxiedSuite } from '../helpers/proof';

jest.setTimeout(300_000);

const s = proxiedSuite('result-cache-');
const uniq = `${process.pid}-${Date.now().toString(36)}`;

interface Run {
  code: number;
  images: Array<{ reference: string; notes: string[]; cached?: string }>;
  proofs: unknown[];
  out: string;
  seen: string[];
}

/** `arch-actions verify … --deep --json` in-process, through the proxy: exit code, report, proofs, requests. */
async function verify(args: string[]): Promise<Run> {
  const io = captureIo();
  const report = path.join(s.tmp, `report-${Math.random().toString(36).slice(2)}.json`);
  const before = s.proxy.stats.seen.length;
  const code = await main(['verify', ...args, '--deep', '--report', report, '--json'], io);
  const json = JSON.parse(io.out) as { outputs: { proofs: unknown[]; matrix: string } };
  const { images } = JSON.parse(fs.readFileSync(report, 'utf8')) as Pick<Run, 'images'>;
  return {
    code,
    images,
    proofs: json.outputs.proofs,
    out: json.outputs.matrix,
    seen: s.proxy.stats.seen.slice(before)
  };
}

/** A chart whose one workload runs `image` (a third-party image: it carries no proof of ours). */
function chartOf(image: string): string {
  const dir = path.join(s.tmp, `chart-${Math.random().toString(36).slice(2)}`);
  fs.mkdirSync(path.join(dir, 'templates'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: thirdparty\nversion: 0.1.0\n');
  fs.writeFileSync(
    path.join(dir, 'templates', 'deploy.yaml'),
    [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: {name: dep}',
      'spec:',
      '  selector: {matchLabels: {app: dep}}',
      '  template:',
      '    metadata: {labels: {app: dep}}',
      '    spec:',
      `      containers: [{name: c, image: "${image}"}]`,
      ''
    ].join('\n')
  );
  return dir;
}

test("a chart's third-party image is deep-checked once per digest; ignore and false read it again", async () => {
  const repo = `issue24-thirdparty-${uniq}`;
  const digest = await pushBusyboxIndex(s.lab, s.client, repo);
  const blobs = await imageBlobs(s.lab, s.client, repo, digest);
  const chart = ['--chart', chartOf(`${s.proxy.host}/${repo}@${digest}`), '--helm', s.lab.LAB_HELM];
  const cacheDir = path.join(process.env.XDG_CACHE_HOME!, 'arch-actions', 'verified');

  const first = await verify(chart);
  expect(first.code).toBe(0);
  expect(blobReads(first.seen, blobs)).toHaveLength(blobs.length);
  expect(first.images[0].notes).toEqual([]);
  expect(fs.readdirSync(cacheDir)).toEqual([`${digest.replace(':', '-')}.json`]);

  const second = await verify(chart);
  expect(second.code).toBe(0);
  expect(blobReads(second.seen, blobs)).toEqual([]);
  expect(second.seen.filter(s => s.includes('/blobs/'))).toEqual([]);
  expect(second.images[0].notes).toEqual(['checked earlier (cache), not re-checked']);
  expect(second.out).toContain('✅ L3 (kept)');

  const ignored = await verify([...chart, '--proof', 'ignore']);
  expect(ignored.images[0].cached).toBeUndefined();
  expect(blobReads(ignored.seen, blobs)).toHaveLength(blobs.length);
  const off = await verify([...chart, '--result-cache', 'false']);
  expect(blobReads(off.seen, blobs)).toHaveLength(blobs.length);

  // Pointed elsewhere, the cache starts empty there.
  const elsewhere = path.join(s.tmp, `elsewhere-${uniq}`);
  const moved = await verify([...chart, '--result-cache-dir', elsewhere]);
  expect(blobReads(moved.seen, blobs)).toHaveLength(blobs.length);
  expect(fs.readdirSync(elsewhere)).toEqual([`${digest.replace(':', '-')}.json`]);
});

test('with a signing key an image given directly is checked, and proven, on every run', async () => {
  const repo = `issue24-signed-${uniq}`;
  const digest = await pushBusyboxIndex(s.lab, s.client, repo);
  const blobs = await imageBlobs(s.lab, s.client, repo, digest);
  const image = `${s.proxy.host}/${repo}@${digest}`;
  const sign = ['--signing-key', s.keys.privateKey, '--signing-key-password', KEY_PASSWORD];

  for (const run of [await verify([image, ...sign]), await verify([image, ...sign])]) {
    expect(run.code).toBe(0);
    expect(blobReads(run.seen, blobs)).toHaveLength(blobs.length);
    expect(run.proofs).toHaveLength(1);
  }
  // Unsigned, it is kept: the next run reads none of its blobs.
  const kept = await verify([image]);
  expect(blobReads(kept.seen, blobs)).toEqual([]);
  expect(kept.images[0].notes).toEqual(['checked earlier (cache), not re-checked']);
});
