// setup-qemu-buildx undoes the builder it created, run as the runner runs it (main, then
// post with the saved state), against the lab's real docker and buildx. The docker config is
// private to this test, so other tests' builders are untouched.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LabEnv, requireLab } from '../lab/lab';
import { postEnv, runActionProcess } from '../helpers/action';

const entry = path.join(__dirname, '..', '..', 'actions', 'setup-qemu-buildx', 'index.ts');
let lab: LabEnv;
let config: string;
let env: Record<string, string>;

function buildx(...args: string[]): string {
  return execFileSync(lab.LAB_DOCKER, ['buildx', ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8'
  });
}

beforeAll(() => {
  lab = requireLab();
  config = fs.mkdtempSync(path.join(os.tmpdir(), 'builder-cleanup-'));
  fs.mkdirSync(path.join(config, 'cli-plugins'));
  fs.symlinkSync(lab.LAB_BUILDX, path.join(config, 'cli-plugins', 'docker-buildx'));
  env = { DOCKER_CONFIG: config, PATH: `${path.dirname(lab.LAB_DOCKER)}:${process.env.PATH}` };
});

afterAll(() => fs.rmSync(config, { recursive: true, force: true }));

const suffix = () => `${process.pid}-${Math.random().toString(36).slice(2, 8)}`;

describe.each([
  ['the default builder', ''],
  ['a builder the job selected', 'previous']
])('a failed bootstrap with %s in use', (_what, previousName) => {
  test('leaves docker buildx ls as it was, after the step and after its post step', () => {
    const previous = previousName && `${previousName}-${suffix()}`;
    if (previous) buildx('create', '--name', previous, '--driver', 'docker-container', '--use');
    try {
      const before = buildx('ls');
      const name = `arch-fail-${suffix()}`;
      // Port 9 refuses connections: the BuildKit image cannot be pulled, so bootstrap fails.
      const inputs = {
        platforms: 'linux/amd64',
        qemu: 'false',
        verify: 'false',
        driver: 'docker-container',
        'buildkit-image': '127.0.0.1:9/none/buildkit:v0',
        'builder-name': name,
        summary: 'false'
      };
      const main = runActionProcess(entry, inputs, env, 120000);
      expect(main.status).toBe(1);
      expect(main.stdout).toMatch(/::error::docker buildx failed: .*127\.0\.0\.1:9/);
      expect(main.state).toMatchObject({ builder: name, 'previous-builder': previous || 'default' });
      expect(buildx('ls')).toBe(before);

      const post = runActionProcess(entry, inputs, { ...env, ...postEnv(main.state) }, 120000);
      expect(post.status).toBe(0);
      expect(post.stdout).not.toContain('::warning');
      expect(buildx('ls')).toBe(before);
      expect(buildx('ls')).not.toContain(name);
    } finally {
      if (previous) buildx('rm', previous);
    }
  });
});
