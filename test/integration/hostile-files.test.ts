// Hostile files against verify-platforms as the runner starts it, with the lab's helm: a template
// that loops, an alias bomb in a values file and in a manifest, a small packed chart that unpacks
// to gigabytes, and a docker-archive gzip bomb. Each ends in a named error within seconds, with
// memory bounded and nothing forged on stdout.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import * as tar from 'tar-stream';
import { LabEnv, requireLab } from '../lab/lab';
import { forgedCommands, hostileText } from '../helpers/runner-commands';
import { AsyncRun, runEntry } from '../helpers/run-async';

jest.setTimeout(180_000);

const MARK = 'PWNED22';
let lab: LabEnv;
let dir: string;

beforeAll(() => {
  lab = requireLab();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-files-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const POD = (image: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: ${image}\n`;

function chart(name: string, template: string): string {
  const at = path.join(dir, name);
  fs.mkdirSync(path.join(at, 'templates'), { recursive: true });
  fs.writeFileSync(path.join(at, 'Chart.yaml'), `apiVersion: v2\nname: ${name}\nversion: 0.1.0\n`);
  fs.writeFileSync(path.join(at, 'templates', 'pod.yaml'), template);
  return at;
}

function bomb(depth: number, indent = ''): string {
  const levels = [`${indent}l0: &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]`];
  for (let i = 1; i <= depth; i++)
    levels.push(
      `${indent}l${i}: &l${i} [${Array(9)
        .fill(`*l${i - 1}`)
        .join(',')}]`
    );
  return `${levels.join('\n')}\n`;
}

const verify = (inputs: Record<string, string>): Promise<AsyncRun> =>
  runEntry('actions/verify-platforms/index.ts', {
    inputs: { platforms: 'linux/arm64', ...inputs },
    timeoutMs: 120_000
  });

function expectContained(run: AsyncRun, mem = 300): void {
  expect(forgedCommands(run.stdout + run.stderr, MARK)).toEqual([]);
  // A memory figure varies run to run: only bounded. Above 0 shows it was measured at all.
  expect(run.maxRssMiB).toBeGreaterThan(0);
  expect(run.maxRssMiB).toBeLessThan(mem);
}

test('a template that loops is killed, with what it started, at the tool-timeout limit', async () => {
  const at = chart(
    'loop',
    `{{- range until 100000 }}{{- range until 100000 }}{{- end }}{{- end }}\n${POD('busybox:1.36')}`
  );
  const run = await verify({ chart: at, helm: lab.LAB_HELM, limits: 'tool-timeout=3s' });
  expectContained(run);
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(
    /::error[^\n]*::helm template of the chart .*loop: killed, over the tool-timeout limit of 3 s/
  );
  expect(run.ms).toBeLessThan(30_000);
  expect(execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })).not.toContain(
    `template arch-actions-verify ${at}`
  );
});

test('an alias bomb in a values file: helm refuses it (excessive aliasing), at once', async () => {
  const at = chart('values-bomb', POD('{{ .Values.image | default "busybox:1.36" }}'));
  const values = path.join(dir, 'bomb-values.yaml');
  fs.writeFileSync(values, bomb(10));
  const run = await verify({ chart: at, values, helm: lab.LAB_HELM });
  expectContained(run);
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(/::error[^\n]*::helm template could not render the chart .*excessive aliasing/);
  expect(run.ms).toBeLessThan(30_000);
});

test('an alias bomb in a manifest: a warning at its line, the other documents still checked', async () => {
  const file = path.join(dir, 'bomb.yaml');
  fs.writeFileSync(
    file,
    `${POD(`${lab.LAB_REGISTRY}/base:latest`)}---\nkind: ConfigMap\ndata:\n${bomb(12, '  ')}`
  );
  const run = await verify({ manifests: file });
  expectContained(run);
  expect(run.stdout).toMatch(
    /::warning [^\n]*file=[^,]*bomb.yaml,line=10::excessive aliasing \(as kubectl says\), document skipped/
  );
  expect(run.stdout).toMatch(/base:latest/);
  expect(run.ms).toBeLessThan(30_000);
});

/** A gzip tar of `count` entries of `size` zero bytes each, written as it is made. */
async function zeros(file: string, entries: Array<[string, number]>, extra: Array<[string, Buffer]> = []) {
  const pack = tar.pack();
  const out = pack.pipe(zlib.createGzip()).pipe(fs.createWriteStream(file));
  const done = new Promise(resolve => out.on('finish', () => resolve(undefined)));
  const zero = Buffer.alloc(1024 * 1024);
  for (const [name, body] of extra) pack.entry({ name }, body);
  for (const [name, size] of entries) {
    const e = pack.entry({ name, size }) as unknown as NodeJS.WritableStream;
    for (let left = size; left > 0; left -= zero.length) {
      if (!e.write(zero.subarray(0, Math.min(left, zero.length)))) await new Promise(r => e.once('drain', r));
    }
    e.end();
  }
  pack.finalize();
  await done;
}

test('a small packed chart that unpacks to gigabytes is refused at its budget, memory bounded', async () => {
  const file = path.join(dir, 'wide-0.1.0.tgz');
  const files: Array<[string, number]> = Array.from({ length: 400 }, (_, i) => [
    `wide/templates/f${i}.yaml`,
    5 * 1024 * 1024 - 1024
  ]);
  await zeros(file, files, [
    ['wide/Chart.yaml', Buffer.from('apiVersion: v2\nname: wide\nversion: 0.1.0\n')]
  ]);
  expect(fs.statSync(file).size).toBeLessThan(4 * 1024 * 1024);
  for (const helm of ['none', lab.LAB_HELM]) {
    const run = await verify({ chart: file, helm });
    expectContained(run, 512);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error[^\n]*::Input "chart" has an invalid value ".*wide-0.1.0.tgz": the chart archive holds more than 100 MiB of files/
    );
  }
});

test('a docker-archive gzip bomb is refused at its unpack budget', async () => {
  const file = path.join(dir, 'bomb.tar.gz');
  await zeros(file, [['layer.tar', 1024 * 1024 * 1024]], [['labels', Buffer.from(hostileText(MARK))]]);
  const run = await verify({ images: `docker-archive:${file}` });
  expectContained(run);
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(
    /::error[^\n]*::.*image archive .*bomb.tar.gz is not a readable tar: it unpacks to more than \d+ bytes \(32 times its size\)/
  );
});
