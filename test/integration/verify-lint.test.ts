// verify-platforms with dockerfiles: the lint's findings and today's FROM check (rule 4) at
// their lines, against real images in the lab registry.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../actions/cli/main';
import { RegistryClient } from '../../actions/lib/registry/client';
import { parseAllow, verifyPlatforms } from '../../actions/lib/verify/verify';
import { LabEnv, requireLab } from '../lab/lab';
import { pushImage, suffix } from './verify-lab';
import { captureIo } from '../helpers/io';

jest.setTimeout(120_000);

const io = captureIo;

describe('verify-platforms lints the Dockerfiles it checks (lab)', () => {
  let lab: LabEnv;
  let client: RegistryClient;
  let tmp: string;
  let amd64Only: string;

  beforeAll(async () => {
    lab = requireLab();
    client = new RegistryClient();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'verify-lint-'));
    amd64Only = `${lab.LAB_REGISTRY}/lint-base-${suffix()}:1`;
    await pushImage(client, lab, amd64Only, ['amd64']);
    const text = [
      `FROM --platform=$BUILDPLATFORM ${lab.LAB_BASE_IMAGE} AS build`,
      'RUN go build -o /app .',
      '',
      `FROM ${amd64Only}`,
      'COPY --from=build /app /app',
      ''
    ].join('\n');
    fs.writeFileSync(path.join(tmp, 'Dockerfile'), text);
  });

  afterAll(() => {
    client.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  const brief = (r: { findings: Array<{ line: number; rule: string; severity: string }> }) =>
    r.findings.map(f => `${f.line} ${f.rule} ${f.severity}`);

  test('lint findings and the single-arch FROM image, each at its line', async () => {
    const r = await verifyPlatforms({ dockerfiles: ['Dockerfile'], cwd: tmp }, { client });
    expect(brief(r)).toEqual(['1 buildplatform-no-target error', '4 base-image-platform error']);
    expect(r.findings[1].message).toContain('linux/arm64: single-platform image for linux/amd64');
    expect(r.ok).toBe(false);
    expect(r.checked).toBe(2);
  });

  test('lint: false keeps only the image check; an allowed base becomes a warning', async () => {
    const off = await verifyPlatforms({ dockerfiles: ['Dockerfile'], cwd: tmp, lint: false }, { client });
    expect(brief(off)).toEqual(['4 base-image-platform error']);
    const allowed = await verifyPlatforms(
      {
        dockerfiles: ['Dockerfile'],
        cwd: tmp,
        lint: false,
        allow: parseAllow([`${amd64Only}=amd64 only for now`])
      },
      { client }
    );
    expect(brief(allowed)).toEqual(['4 base-image-platform warning']);
    expect(allowed.ok).toBe(true);
  });

  test('the CLI prints both at file:line and fails; lint-fail-on never leaves the image check to fail-on', async () => {
    const saved = process.env.GITHUB_WORKSPACE;
    process.env.GITHUB_WORKSPACE = tmp;
    try {
      const r = io();
      expect(
        await main(['verify', '--dockerfiles', 'Dockerfile', '--report', path.join(tmp, 'r.json')], r)
      ).toBe(1);
      expect(r.out).toMatch(/^Dockerfile:1: error: stage "build" runs on \$BUILDPLATFORM/m);
      expect(r.out).toMatch(/^Dockerfile:4: error: .*lint-base-.* fails the platform check/m);
      // One verdict line for both: the findings were printed at their lines.
      expect(r.err).toBe(
        'arch-actions verify: 1 of 2 images proven (L2 configured); 1 lacks linux/arm64; 1 lint finding, 1 at or above error\n'
      );
      const quiet = io();
      const argv = ['verify', '--dockerfiles', 'Dockerfile', '--lint-fail-on', 'never', '--fail-on', 'never'];
      expect(await main([...argv, '--report', path.join(tmp, 'q.json')], quiet)).toBe(0);
      const report = JSON.parse(fs.readFileSync(path.join(tmp, 'q.json'), 'utf8'));
      expect(brief(report)).toEqual(['1 buildplatform-no-target error', '4 base-image-platform error']);
    } finally {
      if (saved === undefined) delete process.env.GITHUB_WORKSPACE;
      else process.env.GITHUB_WORKSPACE = saved;
    }
  });
});
