// The build one-liner where the BuildKit image cannot be pulled (as in the lab, which has no
// Docker Hub): a warning says why, the docker driver builds, and no builder is left behind.
// The docker config is private to this test, so other tests' builders are untouched.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { post, run } from '../../build/main';
import { parseReference } from '../../actions/lib/oci/reference';
import { labSuite, runAction, uniqueName } from './build-multiarch-helpers';

jest.setTimeout(300_000);

const suite = labSuite('oneliner-builder-');

test('no BuildKit image: the warning says why, and the build succeeds on the docker driver', async () => {
  const config = path.join(suite.tmp, 'docker-config');
  fs.mkdirSync(path.join(config, 'cli-plugins'), { recursive: true });
  fs.symlinkSync(suite.lab.LAB_BUILDX, path.join(config, 'cli-plugins', 'docker-buildx'));
  const ctx = path.join(suite.tmp, 'ctx');
  fs.mkdirSync(ctx);
  fs.writeFileSync(path.join(ctx, 'Dockerfile'), `FROM ${suite.lab.LAB_BASE_IMAGE}\nRUN uname -m > /arch\n`);
  const image = `${suite.lab.LAB_REGISTRY}/issue20-${uniqueName('oneliner')}`;
  const saved = { ...process.env };
  process.env.DOCKER_CONFIG = config;
  const ls = () => execFileSync(suite.lab.LAB_DOCKER, ['buildx', 'ls'], { encoding: 'utf8' });
  const before = ls();
  let printed = '';
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    printed += String(chunk);
    return true;
  });
  try {
    const r = await runAction(
      run,
      {
        image,
        context: ctx,
        platforms: 'linux/amd64',
        tags: 'ci',
        // Port 9 refuses connections: the image cannot be pulled, whatever network the machine has.
        'buildkit-image': '127.0.0.1:9/none/buildkit:v0',
        'digests-dir': path.join(suite.tmp, 'digests')
      },
      suite.tmp
    );
    await post();
    expect(printed).toMatch(
      /::warning::No docker-container builder: docker buildx failed: .*127\.0\.0\.1:9.*\. Building with the docker driver instead/
    );
    expect(r.outputs.verified).toBe('true');
    expect(JSON.parse(r.outputs.tags)).toEqual([`${image}:ci`]);
    expect(await suite.client.headManifest(parseReference(`${image}:ci`))).toBe(r.outputs.digest);
    expect(ls()).toBe(before);
    expect(process.env.BUILDX_BUILDER).toBeUndefined();
  } finally {
    spy.mockRestore();
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  }
});
