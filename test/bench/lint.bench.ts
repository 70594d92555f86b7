// Bench: the Dockerfile arch lint over 1,000 Dockerfiles (the fixtures under
// test/fixtures/dockerfiles, varied and written to a temp folder), side by side with
// dockerfile-ast (the VS Code Docker parser) only parsing the same files, and with the whole
// `arch-actions lint` command run in-process. Wall and CPU time, best of BENCH_ROUNDS.
// Run: node scripts/run-ts.js test/bench/lint.bench.ts
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DockerfileParser } from 'dockerfile-ast';
import { main as cli } from '../../actions/cli/main';
import { parsePlatforms } from '../../actions/lib/oci/platform';
import { lintDockerfiles } from '../../actions/lib/verify/lint';

const FILES = Number(process.env.BENCH_FILES ?? 1000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const FIXTURES = path.join(__dirname, '..', 'fixtures', 'dockerfiles');

/** FILES Dockerfiles in `dir/<n>/Dockerfile`: the fixtures in turn, each with its own versions. */
function writeCorpus(dir: string): { lines: number } {
  const sources = fs
    .readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' })
    .filter(f => f.endsWith('.Dockerfile'))
    .map(f => fs.readFileSync(path.join(FIXTURES, f), 'utf8'));
  let lines = 0;
  for (let i = 0; i < FILES; i++) {
    const text = `# corpus ${i}\n${sources[i % sources.length].replace(/\b1\.(\d+)\b/g, `1.$1.${i}`)}`;
    fs.mkdirSync(path.join(dir, String(i)));
    fs.writeFileSync(path.join(dir, String(i), 'Dockerfile'), text);
    lines += text.split('\n').length;
  }
  return { lines };
}

interface Timing {
  wallMs: number;
  cpuMs: number;
}

async function time(fn: () => unknown): Promise<Timing> {
  const cpu = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  await fn();
  const used = process.cpuUsage(cpu);
  return { wallMs: Number(process.hrtime.bigint() - t0) / 1e6, cpuMs: (used.user + used.system) / 1000 };
}

async function bestOf(fn: () => unknown): Promise<Timing> {
  const runs: Timing[] = [];
  for (let i = 0; i < ROUNDS; i++) runs.push(await time(fn));
  return { wallMs: Math.min(...runs.map(r => r.wallMs)), cpuMs: Math.min(...runs.map(r => r.cpuMs)) };
}

const show = (t: Timing) => `${t.wallMs.toFixed(0)} ms wall, ${t.cpuMs.toFixed(0)} ms CPU`;

async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lint-bench-'));
  const saved = process.env.GITHUB_WORKSPACE;
  try {
    const { lines } = writeCorpus(dir);
    const platforms = parsePlatforms(['linux/amd64', 'linux/arm64']);
    let findings = 0;
    const ours = await bestOf(() => {
      findings = lintDockerfiles(['**/Dockerfile'], { cwd: dir, platforms }).length;
    });
    const files = fs.readdirSync(dir).map(n => path.join(dir, n, 'Dockerfile'));
    const parseOnly = await bestOf(() => {
      for (const f of files) DockerfileParser.parse(fs.readFileSync(f, 'utf8')).getInstructions();
    });
    // What the rules need of a parser: every word with its line.
    const withWords = await bestOf(() => {
      for (const f of files)
        for (const i of DockerfileParser.parse(fs.readFileSync(f, 'utf8')).getInstructions())
          i.getArguments();
    });
    process.env.GITHUB_WORKSPACE = dir;
    const quiet = { stdout: () => undefined, stderr: () => undefined, color: false };
    const argv = [
      'lint',
      '**/Dockerfile',
      '--lint-fail-on',
      'never',
      '--report',
      path.join(dir, 'report.json')
    ];
    const command = await bestOf(async () => {
      if ((await cli(argv, quiet)) !== 0) throw new Error('arch-actions lint failed');
    });
    console.log(
      `${FILES} Dockerfiles, ${lines} lines, ${findings} findings; best of ${ROUNDS}; load ${os.loadavg()[0].toFixed(1)}`
    );
    console.log(`lintDockerfiles (read, parse, all rules):       ${show(ours)}`);
    console.log(`dockerfile-ast, read and parse only:            ${show(parseOnly)}`);
    console.log(`dockerfile-ast, read, parse and every argument: ${show(withWords)}`);
    console.log(`arch-actions lint in-process (annotations, report): ${show(command)}`);
    const ratio = (t: Timing) => (t.cpuMs / ours.cpuMs).toFixed(2);
    console.log(
      `CPU ratios to our whole lint: dockerfile-ast parse ${ratio(parseOnly)}×, parse with arguments ${ratio(withWords)}×`
    );
  } finally {
    if (saved === undefined) delete process.env.GITHUB_WORKSPACE;
    else process.env.GITHUB_WORKSPACE = saved;
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void run();
