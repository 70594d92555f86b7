// multiarch.yml checks its own actions out into .arch-actions inside the caller's workspace; its
// step that keeps them out of a build context, read from the file, run before a real build on the
// lab's docker: a COPY . of the context holds the caller's files and not the checkout.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as YAML from 'yaml';
import { LabEnv, requireLab } from '../lab/lab';

const ROOT = path.join(__dirname, '..', '..');
const workflow = YAML.parse(
  fs.readFileSync(path.join(ROOT, '.github', 'workflows', 'multiarch.yml'), 'utf8')
);
const step = workflow.jobs.build.steps.find((s: { name?: string }) =>
  String(s.name).startsWith("Keep this workflow's actions out of the build context")
);

let lab: LabEnv;
let ws: string;
beforeAll(() => {
  lab = requireLab();
  ws = fs.mkdtempSync(path.join(os.tmpdir(), 'multiarch-context-'));
  fs.mkdirSync(path.join(ws, '.arch-actions', 'actions', 'build-multiarch'), { recursive: true });
  fs.writeFileSync(path.join(ws, '.arch-actions', 'actions', 'build-multiarch', 'action.yml'), 'name: x\n');
  fs.mkdirSync(path.join(ws, 'sub'));
  fs.writeFileSync(path.join(ws, 'main.go'), 'package main\n');
  fs.writeFileSync(path.join(ws, '.dockerignore'), '*.md');
  fs.writeFileSync(path.join(ws, 'Dockerfile'), `FROM ${lab.LAB_BASE_IMAGE}\nCOPY . /src\n`);
});
afterAll(() => fs.rmSync(ws, { recursive: true, force: true }));

function runStep(env: Record<string, string>): void {
  const script = path.join(ws, '..', `${path.basename(ws)}-step.sh`);
  fs.writeFileSync(script, step.run);
  try {
    execFileSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
      cwd: ws,
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: 'pipe'
    });
  } finally {
    fs.rmSync(script, { force: true });
  }
}

test('its env is the context and the file, and it is skipped for command builds', () => {
  expect(step.env).toEqual({ CONTEXT: '${{ inputs.context }}', FILE: '${{ inputs.file }}' });
  expect(step.if).toBe("${{ inputs.builder != 'command' }}");
});

test('a context of "." builds without the checkout, keeping its own ignore rules', () => {
  runStep({ CONTEXT: '.', FILE: '' });
  expect(fs.readFileSync(path.join(ws, '.dockerignore'), 'utf8')).toBe('*.md\n.arch-actions\n');
  const tag = `issue20-context-${process.pid}`;
  const docker = (...args: string[]) =>
    execFileSync(lab.LAB_DOCKER, args, {
      cwd: ws,
      encoding: 'utf8',
      env: { ...process.env, DOCKER_BUILDKIT: '1' }
    });
  docker('build', '-q', '-t', tag, '.');
  try {
    const listing = docker('run', '--rm', tag, 'ls', '-a', '/src').split('\n').filter(Boolean);
    expect(listing).toContain('main.go');
    expect(listing).not.toContain('.arch-actions');
  } finally {
    docker('rmi', '-f', tag);
  }
});

test('a context that does not hold the checkout is left alone', () => {
  runStep({ CONTEXT: 'sub', FILE: '' });
  expect(fs.existsSync(path.join(ws, 'sub', '.dockerignore'))).toBe(false);
});
