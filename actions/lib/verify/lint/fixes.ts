// The Dockerfile lines each finding proposes.
import { CompileStep, Toolchain } from './compile';
import { GoState } from './golang';
import { lineage, Stage } from './stages';

/** Shell that turns TARGETARCH into another naming (`x86_64`/`aarch64`, `x64`/`arm64`). */
export function archCase(variable: string, names: Record<string, string>, arg = 'TARGETARCH'): string {
  const arms = Object.entries(names)
    .map(([docker, other]) => `${docker}) ${variable}=${other};;`)
    .join(' ');
  return `case "$${arg}" in ${arms} *) ${variable}=$${arg};; esac`;
}

export const UNAME_NAMES = { amd64: 'x86_64', arm64: 'aarch64' };
export const NODE_NAMES = { amd64: 'x64', arm64: 'arm64' };

/** `FROM --platform=$BUILDPLATFORM <image> AS <name>`, keeping the stage as written. */
export function buildPlatformFrom(stage: Stage): string {
  const rest = stage.from.args.trim();
  const named = /\s+as\s+\S+\s*$/i.test(rest);
  return `FROM --platform=$BUILDPLATFORM ${rest}${named ? '' : ' AS build'}`;
}

export const GO_LINES = ['ARG TARGETOS TARGETARCH', 'ENV GOOS=$TARGETOS GOARCH=$TARGETARCH'];

/** The step's command with a cross C compiler: `gcc x.c` → `$CC x.c`, `make` → `make CC=$CC`. */
function withCC(step: CompileStep | undefined, cc: string, host: string): string {
  if (!step) return `make CC=${cc}`;
  const args = step.cmd.args.map(a => a.text).join(' ');
  const name = step.cmd.name.replace(/^xx-/, '');
  if (name === 'configure') return `./configure --host=${host} CC=${cc} ${args}`.trim();
  if (/^(make|gmake|ninja|cmake|meson|scons)$/.test(name)) return `CC=${cc} ${name} ${args}`.trim();
  // A build script (scripts.ts): it takes the cross compiler from CC, as make does.
  if (!/(^|-)(gcc|g\+\+|cc|c\+\+|clang|clang\+\+)$/.test(name))
    return `CC=${cc} ${step.cmd.name} ${args}`.trim();
  return `${/\+\+$/.test(name) ? cc.replace(/gcc$|clang$/, m => (m === 'gcc' ? 'g++' : 'clang++')) : cc} ${args}`.trim();
}

function cLines(step: CompileStep | undefined, alpine: boolean): string[] {
  if (alpine)
    return [
      'COPY --from=tonistiigi/xx / /',
      'ARG TARGETPLATFORM',
      `RUN apk add clang lld && xx-apk add gcc musl-dev && ${withCC(step, 'xx-clang', '$(xx-clang --print-target-triple)')}`
    ];
  const triples = { amd64: 'x86_64-linux-gnu', arm64: 'aarch64-linux-gnu' };
  return [
    'ARG TARGETARCH',
    `RUN ${archCase('t', triples)} && apt-get install -y gcc-$t && ${withCC(step, '$t-gcc', '$t')}`
  ];
}

/** The lines that make a builder on $BUILDPLATFORM produce target binaries. */
export function crossLines(toolchain: Toolchain, go?: GoState, step?: CompileStep, stage?: Stage): string[] {
  switch (toolchain) {
    case 'go':
      return go?.goarchFollows && go.goosFollows ? [] : GO_LINES;
    case 'rust':
      return [
        'ARG TARGETARCH',
        `RUN ${archCase('t', { amd64: 'x86_64-unknown-linux-gnu', arm64: 'aarch64-unknown-linux-gnu' })} && rustup target add $t && cargo build --release --target $t`
      ];
    case 'node':
      return [
        'ARG TARGETARCH',
        `RUN ${archCase('npm_config_arch', NODE_NAMES)} && export npm_config_arch && npm ci`
      ];
    case 'python':
      return [
        'ARG TARGETARCH',
        `RUN ${archCase('m', UNAME_NAMES)} && pip download --only-binary=:all: --platform manylinux2014_$m -d /wheels -r requirements.txt`
      ];
    default:
      return cLines(step, !!stage && isAlpine(stage));
  }
}

function isAlpine(stage: Stage): boolean {
  return lineage(stage).some(
    s => /(^|\/)alpine([:@]|$)/.test(s.image) || s.commands.some(c => c.cmd.name === 'apk')
  );
}

/** The whole fix for a stage that compiles: its new FROM line and the cross-compile lines. */
export function crossFix(stage: Stage, step: CompileStep, go: GoState | undefined, isFinal: boolean): string {
  const toolchain = step.toolchain;
  const lines = [buildPlatformFrom(stage), ...crossLines(toolchain, go, step, stage)];
  if (toolchain === 'go' && go && !go.cgo) lines.push('ENV CGO_ENABLED=0');
  // cgo kept on: the build needs a C cross compiler for the target as CC.
  if (toolchain === 'go' && go?.cgo && go.cgo.value !== '0')
    lines.push(
      ...cLines(step, isAlpine(stage)).filter(
        l => !lines.includes(l) && !(l === 'ARG TARGETARCH' && lines.includes(GO_LINES[0]))
      )
    );
  if (isFinal)
    lines.push(
      `FROM ${stage.from.args.replace(/\s+as\s+\S+\s*$/i, '')}`,
      `COPY --from=${stage.name ?? 'build'} <the built files> <where they go>`
    );
  return lines.join('\n');
}
