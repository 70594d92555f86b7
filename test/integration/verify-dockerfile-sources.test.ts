// verify-platforms reads a Dockerfile's pulled images as BuildKit does: a FROM that needs a
// build argument, and an image only `COPY --from` names, checked against the lab registry.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../actions/cli/main';
import { CheckError } from '../../actions/lib/core/errors';
import { RegistryClient } from '../../actions/lib/registry/client';
import { verifyPlatforms } from '../../actions/lib/verify/verify';
import { LabEnv, requireLab } from '../lab/lab';
import { pushImage, suffix } from './verify-lab';
import { captureIo } from '../helpers/io';

jest.setTimeout(120_000);

describe('verify-platforms checks the images COPY --from and build arguments name (lab)', () => {
  let lab: LabEnv;
  let client: RegistryClient;
  let tmp: string;
  let amd64Only: string;

  beforeAll(async () => {
    lab = requireLab();
    client = new RegistryClient();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'verify-sources-'));
    amd64Only = `${lab.LAB_REGISTRY}/copy-from-${suffix()}:1`;
    await pushImage(client, lab, amd64Only, ['amd64']);
    const text = ['ARG BASE', 'FROM $BASE', `COPY --from=${amd64Only} /bin/sh /bin/tool`, ''].join('\n');
    fs.writeFileSync(path.join(tmp, 'Dockerfile'), text);
  });

  afterAll(() => {
    client.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  test('the COPY --from image fails at its line; the FROM a build argument names passes', async () => {
    const r = await verifyPlatforms(
      { dockerfiles: ['Dockerfile'], cwd: tmp, lint: false, buildArgs: { BASE: lab.LAB_BASE_IMAGE } },
      { client }
    );
    expect(r.checked).toBe(2);
    expect(r.ok).toBe(false);
    expect(r.missing.map(m => [m.reference, m.platforms, m.sources])).toEqual([
      [amd64Only, ['linux/arm64'], ['Dockerfile:3']]
    ]);
    expect(r.warnings).toEqual([]);
  });

  test('with target, only the images of the stages a build of it reaches are checked', async () => {
    // A second, amd64-only stage beside the one built (as a Windows stage beside a Linux one).
    const text = ['ARG BASE', 'FROM $BASE AS linux', `FROM ${amd64Only} AS other`, ''].join('\n');
    fs.writeFileSync(path.join(tmp, 'Targets.Dockerfile'), text);
    const opts = {
      dockerfiles: ['Targets.Dockerfile'],
      cwd: tmp,
      lint: false,
      buildArgs: { BASE: lab.LAB_BASE_IMAGE }
    };
    const linux = await verifyPlatforms({ ...opts, target: 'linux' }, { client });
    expect([linux.checked, linux.ok]).toEqual([1, true]);
    const every = await verifyPlatforms(opts, { client });
    expect([every.checked, every.ok]).toEqual([2, false]);
  });

  test('without the build argument BuildKit refuses the build: nothing to check, named at the line; the CLI takes --build-args', async () => {
    const r = verifyPlatforms({ dockerfiles: ['Dockerfile'], cwd: tmp, lint: false }, { client });
    await expect(r).rejects.toThrow(CheckError);
    await expect(r).rejects.toThrow(
      'Dockerfile:2: FROM $BASE is empty (build argument BASE not set): BuildKit refuses the build, so no image of this file is checked'
    );
    const saved = process.env.GITHUB_WORKSPACE;
    process.env.GITHUB_WORKSPACE = tmp;
    try {
      const io = captureIo();
      const argv = [
        'verify',
        '--dockerfiles',
        'Dockerfile',
        '--no-lint',
        '--build-args',
        `BASE=${lab.LAB_BASE_IMAGE}`
      ];
      expect(await main([...argv, '--report', path.join(tmp, 'r.json')], io)).toBe(1);
      expect(io.err).toContain('1 of 2 images proven (L2 configured); 1 lacks linux/arm64');
    } finally {
      if (saved === undefined) delete process.env.GITHUB_WORKSPACE;
      else process.env.GITHUB_WORKSPACE = saved;
    }
  });
});
