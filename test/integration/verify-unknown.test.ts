// Three outcomes per image and platform: proven, missing, unknown. A registry that cannot be
// reached (a closed port) or refuses the credentials (the lab's auth registry, with a wrong
// password) leaves its images unknown, never missing a platform.
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { requireLab, LabEnv } from '../lab/lab';
import { ACTIONS } from '../../actions/cli/inputs.generated';
import { ActionResult, runInProcess } from '../../actions/cli/runner';
import { CheckError } from '../../actions/lib/core/errors';
import { run } from '../../actions/verify-platforms/main';
import type { VerifyResult } from '../../actions/lib/verify/verify';
import { toolkitOutput } from '../helpers/io';
import { main } from '../../actions/cli/main';

jest.setTimeout(120_000);

const ZFS = 'test/fixtures/charts/zfs-localpv-2.6.2';
const spec = ACTIONS['verify-platforms'];

/** A port nobody listens on: bound, noted, closed. */
function closedPort(): Promise<number> {
  return new Promise(resolve => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
}

describe('verify-platforms: proven, missing and unknown', () => {
  let lab: LabEnv;
  let tmp: string;
  let closed: string;
  const saved = process.env.DOCKER_CONFIG;

  beforeAll(async () => {
    lab = requireLab();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'verify-unknown-'));
    closed = `127.0.0.1:${await closedPort()}`;
    // A login the auth registry refuses.
    const wrong = Buffer.from(`${lab.LAB_AUTH_USER}:not-the-password`).toString('base64');
    fs.writeFileSync(
      path.join(tmp, 'config.json'),
      JSON.stringify({ auths: { [lab.LAB_AUTH_REGISTRY]: { auth: wrong } } })
    );
    process.env.DOCKER_CONFIG = tmp;
  });

  afterAll(() => {
    if (saved === undefined) delete process.env.DOCKER_CONFIG;
    else process.env.DOCKER_CONFIG = saved;
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  const verify = (given: Record<string, string>): Promise<ActionResult> =>
    runInProcess(spec, { report: path.join(tmp, 'report.json'), ...given }, run);
  const report = (): VerifyResult & { version: number } =>
    JSON.parse(fs.readFileSync(path.join(tmp, 'report.json'), 'utf8'));

  test('a chart whose registries are a closed port and a refusing login: every image unknown, with its reason', async () => {
    const r = await verify({
      chart: ZFS,
      helm: lab.LAB_HELM,
      'registry-mirrors': `registry.k8s.io=${closed}/k8s\ndocker.io=${lab.LAB_AUTH_REGISTRY}/hub`
    });
    // The default fail-on fails the step, in the words of unknown, never of a missing platform.
    expect(r.error).toBeInstanceOf(CheckError);
    const message = (r.error as Error).message;
    expect(message).toBe(
      `Nothing was proven about 6 images: could not reach 2 registries (${closed} unreachable, ${lab.LAB_AUTH_REGISTRY} refused the credentials)`
    );
    expect(r.outputs.ok).toBe('false');
    expect(r.outputs.missing).toBe('[]');
    const unknown = JSON.parse(r.outputs.unknown) as Array<{
      registry: string;
      kind: string;
      reason: string;
    }>;
    expect(unknown.map(u => `${u.registry} ${u.kind}`).sort()).toEqual([
      `${closed} unreachable`,
      `${closed} unreachable`,
      `${closed} unreachable`,
      `${closed} unreachable`,
      `${closed} unreachable`,
      `${lab.LAB_AUTH_REGISTRY} refused`
    ]);
    for (const u of unknown.filter(u => u.kind === 'unreachable'))
      expect(u.reason).toMatch(new RegExp(`^registry ${closed} is unreachable: connect ECONNREFUSED`));
    expect(unknown.find(u => u.kind === 'refused')?.reason).toMatch(
      /HTTP 401 .*\(check the registry login\)$/
    );

    // The matrix: a ❓ with the reason in every cell, no level claimed that was not reached.
    const matrix = r.outputs.matrix;
    expect(matrix).toContain(
      'This run asked for L2 configured (the config names the platform); levels reached: nothing for 6 images.'
    );
    expect(matrix).toContain(`❓ Nothing was proven about 6 images: could not reach 2 registries`);
    expect(matrix).toContain(
      `- \`${closed}\` (5 images): registry ${closed} is unreachable: connect ECONNREFUSED`
    );
    expect(matrix.match(/❓ unknown: unreachable/g)).toHaveLength(10);
    expect(matrix.match(/❓ unknown: refused the credentials/g)).toHaveLength(2);
    const rows = matrix.split('\n').filter(l => l.startsWith('| `'));
    expect(rows).toHaveLength(6);
    for (const row of rows) expect(row).not.toMatch(/✅|❌|L\d|missing/);

    expect(r.summary).toContain('0 proven, 0 missing a platform, 0 allowed, 6 unknown');
    expect(r.summary).toContain('Levels reached: nothing for 6 images.');
    expect(r.summary).toContain('<strong>Nothing was proven about 6 images: could not reach 2 registries');
    expect(r.outputs.verdict).toBe(`0 of 6 images proven; ${message[0].toLowerCase()}${message.slice(1)}`);

    const rep = report();
    expect(rep.version).toBe(2);
    expect(rep.outcomes).toEqual({ checked: 6, proven: 0, missing: 0, allowed: 0, unknown: 6 });
    expect(rep.missing).toEqual([]);
    expect(rep.registries.map(g => [g.registry, g.kind, g.images])).toEqual(
      [
        [closed, 'unreachable', 5],
        [lab.LAB_AUTH_REGISTRY, 'refused', 1]
      ].sort((a, b) =>
        rep.registries[0].registry === a[0] ? -1 : rep.registries[0].registry === b[0] ? 1 : 0
      )
    );
    for (const i of rep.images) {
      expect([i.outcome, i.level, i.status]).toEqual(['unknown', 0, 'error']);
      expect(i.platforms.map(p => [p.platform, p.outcome, p.level])).toEqual([
        ['linux/amd64', 'unknown', 0],
        ['linux/arm64', 'unknown', 0]
      ]);
    }
    // One annotation per registry, not one per image.
    const annotations = toolkitOutput().match(/^::error title=Nothing proven::.*$/gm) ?? [];
    expect(annotations).toHaveLength(2);
  });

  test('a mixed run counts proven, missing and unknown apart', async () => {
    const images = [
      lab.LAB_BASE_IMAGE,
      lab.LAB_BASE_AMD64,
      `${closed}/gone/app:1`,
      `${lab.LAB_AUTH_REGISTRY}/issue23-private/app:1`
    ];
    const r = await verify({ images: images.join('\n'), 'fail-on': 'missing' });
    expect((r.error as Error).message).toBe('1 of 4 images lacks linux/arm64');
    const warned = toolkitOutput().match(/^::warning::Nothing was proven about 2 images.*$/gm) ?? [];
    expect(warned).toEqual([
      `::warning::Nothing was proven about 2 images: could not reach 2 registries (${closed} unreachable, ${lab.LAB_AUTH_REGISTRY} refused the credentials) (fail-on: missing)`
    ]);
    expect(r.outputs.verdict).toBe(
      `1 of 4 images proven (L2 configured); 1 lacks linux/arm64; nothing was proven about 2 images: could not reach 2 registries (${closed} unreachable, ${lab.LAB_AUTH_REGISTRY} refused the credentials)`
    );
    const rep = report();
    expect(rep.outcomes).toEqual({ checked: 4, proven: 1, missing: 1, allowed: 0, unknown: 2 });
    expect(rep.images.map(i => [i.reference, i.outcome, i.level])).toEqual([
      [images[0], 'proven', 2],
      [images[1], 'missing', 1],
      [images[2], 'unknown', 0],
      [images[3], 'unknown', 0]
    ]);
    expect(rep.missing.map(m => [m.reference, m.platforms])).toEqual([[images[1], ['linux/arm64']]]);
    expect(rep.unknown.map(u => [u.reference, u.kind])).toEqual([
      [images[2], 'unreachable'],
      [images[3], 'refused']
    ]);
    expect(r.outputs.matrix).toContain(
      'levels reached: L2 configured for 1 image, L1 listed for 1, nothing for 2.'
    );

    // fail-on never: the step passes, and both problems are warnings in their own words.
    const never = await verify({ images: images.join('\n'), 'fail-on': 'never' });
    expect(never.error).toBeUndefined();
    expect(toolkitOutput()).toContain('::warning::1 of 4 images lacks linux/arm64 (fail-on: never)');
  });

  test('the CLI tells each failing image once, prints no JSON, and ends with the verdict', async () => {
    const gone = [1, 2, 3, 4].map(n => `${lab.LAB_REGISTRY}/issue23-gone-${n}:1`);
    const images = [lab.LAB_BASE_AMD64, lab.LAB_BASE_ARM64, ...gone, lab.LAB_BASE_IMAGE];
    const lines: string[] = [];
    const both = (s: string) => void lines.push(...s.split('\n').filter(Boolean));
    const code = await main(['verify', ...images, '--report', path.join(tmp, 'cli.json')], {
      stdout: both,
      stderr: both,
      color: false
    });
    expect(code).toBe(1);
    for (const image of images.slice(0, 6)) {
      const about = lines.filter(l => l.includes(image));
      expect(about).toHaveLength(1);
      expect(about[0]).toMatch(
        new RegExp(`^error: ${image.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} fails the platform check: `)
      );
    }
    expect(lines.filter(l => l.includes(lab.LAB_BASE_IMAGE))).toEqual([
      expect.stringMatching(/^ {2}✅ \S+ \(L2, \d+ ms\)$/)
    ]);
    expect(lines.join('\n')).not.toMatch(/^\s*[[{]/m);
    expect(lines[lines.length - 1]).toBe(
      'arch-actions verify: 1 of 7 images proven (L2 configured); 6 lack linux/amd64, linux/arm64'
    );
  });
});
