// Bench: why the lint's rule 1 (emulated-compile) matters. The same small Go program is built
// through buildx for linux/arm64 twice on this x86-64 machine: with the builder stage on the
// target platform (go runs under QEMU), and with the builder on $BUILDPLATFORM cross-compiling
// (GOARCH=$TARGETARCH). Both use Debian's Go 1.19 in a busybox image made in the lab
// (test/bench/go-builder.sh), both with --no-cache. Prints the RUN step times, the whole
// builds and the ratios; both outputs must be the same arm64 binary.
// Run: node scripts/run-ts.js test/bench/emulation.bench.ts   (BENCH_ROUNDS=2 for more rounds)
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parsePlatforms } from '../../actions/lib/oci/platform';
import { lintDockerfile } from '../../actions/lib/verify/lint';
import { MEASURED_SLOWDOWN } from '../../actions/lib/verify/lint/rules/emulated';
import { LabEnv, labProcessEnv, requireLab } from '../lab/lab';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1);

const GO_MOD = 'module example.com/bench\n\ngo 1.19\n';
const MAIN_GO = `package main

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
)

type item struct {
	Name  string \`json:"name"\`
	Count int    \`json:"count"\`
}

func main() {
	counts := map[string]int{}
	for _, w := range strings.Fields("arm64 amd64 arm64 riscv64 amd64 arm64") {
		counts[w]++
	}
	var items []item
	for k, v := range counts {
		items = append(items, item{k, v})
	}
	sort.Slice(items, func(i, j int) bool { return items[i].Name < items[j].Name })
	if err := json.NewEncoder(os.Stdout).Encode(items); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
`;

function dockerfile(image: string, cross: boolean): string {
  return [
    `FROM ${cross ? '--platform=$BUILDPLATFORM ' : ''}${image} AS build`,
    'ARG TARGETOS TARGETARCH',
    'WORKDIR /src',
    'COPY . .',
    `RUN ${cross ? 'GOOS=$TARGETOS GOARCH=$TARGETARCH ' : ''}go build -o /out/app .`,
    'FROM scratch',
    'COPY --from=build /out/app /app',
    ''
  ].join('\n');
}

interface Build {
  totalMs: number;
  runMs: number;
  sha256: string;
  machine: number;
}

/** One --no-cache build for linux/arm64 on the default (docker driver) builder; returns its log. */
function buildx(lab: LabEnv, dir: string, file: string, out: string): string {
  const argv = ['buildx', 'build', '--builder', 'default', '--progress', 'plain', '--no-cache'];
  argv.push('--platform', 'linux/arm64', '--output', `type=local,dest=${out}`);
  argv.push('-f', path.join(dir, file), path.join(dir, 'ctx'));
  // buildx writes its progress to stderr.
  const r = spawnSync(lab.LAB_DOCKER, argv, {
    env: labProcessEnv(lab),
    encoding: 'utf8',
    maxBuffer: 64 << 20
  });
  if (r.status !== 0) throw new Error(`docker buildx build -f ${file} failed:\n${r.stderr.slice(-2000)}`);
  return r.stderr;
}

function build(lab: LabEnv, dir: string, file: string): Build {
  const out = fs.mkdtempSync(path.join(dir, 'out-'));
  const t0 = process.hrtime.bigint();
  const log = buildx(lab, dir, file, out);
  const totalMs = Number(process.hrtime.bigint() - t0) / 1e6;
  return { totalMs, runMs: runStepMs(log), ...binary(path.join(out, 'app')) };
}

/** The `RUN ... go build` step's time from BuildKit's plain progress (`#8 DONE 512.1s`). */
function runStepMs(log: string): number {
  const step = /^#(\d+) \[build \d+\/\d+\] RUN .*go build/m.exec(log)?.[1];
  const done = step && new RegExp(`^#${step} DONE ([\\d.]+)s`, 'm').exec(log)?.[1];
  if (!done) throw new Error(`no timing for the go build step in the build log:\n${log.slice(-2000)}`);
  return Number(done) * 1000;
}

function binary(file: string): { sha256: string; machine: number } {
  const data = fs.readFileSync(file);
  return { sha256: createHash('sha256').update(data).digest('hex'), machine: data.readUInt16LE(18) };
}

function prepare(lab: LabEnv, dir: string): string {
  const image = execFileSync('bash', [path.join(__dirname, 'go-builder.sh')], {
    env: labProcessEnv(lab),
    encoding: 'utf8'
  }).trim();
  fs.mkdirSync(path.join(dir, 'ctx'));
  fs.writeFileSync(path.join(dir, 'ctx', 'go.mod'), GO_MOD);
  fs.writeFileSync(path.join(dir, 'ctx', 'main.go'), MAIN_GO);
  const both = parsePlatforms(['linux/amd64', 'linux/arm64']);
  for (const cross of [false, true]) {
    const text = dockerfile(image, cross);
    fs.writeFileSync(path.join(dir, cross ? 'Dockerfile.cross' : 'Dockerfile.emulated'), text);
    const rules = lintDockerfile(text, 'Dockerfile', { platforms: both }).map(f => `${f.line} ${f.rule}`);
    const want = cross ? [] : ['5 emulated-compile'];
    if (JSON.stringify(rules) !== JSON.stringify(want))
      throw new Error(`lint of the ${cross ? 'cross' : 'emulated'} Dockerfile: ${JSON.stringify(rules)}`);
  }
  // Pull the builder image for both platforms once, outside the timed builds.
  const pull = [`FROM ${image} AS a`, 'RUN true', `FROM --platform=$BUILDPLATFORM ${image} AS b`, 'RUN true'];
  pull.push('FROM scratch', 'COPY --from=a /etc/passwd /a', 'COPY --from=b /etc/passwd /b', '');
  fs.writeFileSync(path.join(dir, 'Dockerfile.pull'), pull.join('\n'));
  buildx(lab, dir, 'Dockerfile.pull', fs.mkdtempSync(path.join(dir, 'pull-')));
  return image;
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const best = (xs: number[]) => Math.min(...xs);

function main(): void {
  const lab = requireLab();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'emulation-bench-'));
  try {
    const image = prepare(lab, dir);
    const emulated: Build[] = [];
    const cross: Build[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      emulated.push(build(lab, dir, 'Dockerfile.emulated'));
      cross.push(build(lab, dir, 'Dockerfile.cross'));
    }
    const all = [...emulated, ...cross];
    if (all.some(b => b.machine !== 183))
      throw new Error('a build did not produce an arm64 (EM_AARCH64) binary');
    if (new Set(all.map(b => b.sha256)).size !== 1) throw new Error('emulated and cross builds differ');
    const ratio = (f: (b: Build) => number) => best(emulated.map(f)) / best(cross.map(f));
    console.log(
      `builder image ${image}; ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}; ${ROUNDS} round(s)`
    );
    console.log(
      `emulated (go under QEMU): go build ${emulated.map(b => s(b.runMs)).join(', ')}; whole build ${emulated.map(b => s(b.totalMs)).join(', ')}`
    );
    console.log(
      `cross ($BUILDPLATFORM):   go build ${cross.map(b => s(b.runMs)).join(', ')}; whole build ${cross.map(b => s(b.totalMs)).join(', ')}`
    );
    console.log(`same arm64 binary (sha256 ${all[0].sha256.slice(0, 12)}…) from both`);
    console.log(
      `ratio emulated/cross: go build ${ratio(b => b.runMs).toFixed(1)}×, whole build ${ratio(b => b.totalMs).toFixed(1)}×`
    );
    console.log(`rule 1 quotes: ${MEASURED_SLOWDOWN}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main();
