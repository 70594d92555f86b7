import * as fs from 'node:fs';
import * as path from 'node:path';
import { parsePlatforms } from '../../actions/lib/oci/platform';
import { Finding, lintDockerfile, lintDockerfiles } from '../../actions/lib/verify/lint';
import { MEASURED_SLOWDOWN } from '../../actions/lib/verify/lint/rules/emulated';

const DIR = path.join(__dirname, '..', 'fixtures', 'dockerfiles');
const BOTH = parsePlatforms(['linux/amd64', 'linux/arm64']);

function lintFixture(file: string, platforms = BOTH): Finding[] {
  return lintDockerfile(fs.readFileSync(path.join(DIR, file), 'utf8'), file, { platforms });
}

const brief = (fs: Finding[]) => fs.map(f => `${f.line} ${f.rule} ${f.severity}`);

describe('lint: public OpenEBS Dockerfiles (rule and line)', () => {
  test.each([
    // LocalPV HostPath: the golang builder has no --platform, so go mod download and make run under QEMU.
    ['openebs-dynamic-localpv-provisioner/provisioner-localpv.Dockerfile', ['39 emulated-compile warning']],
    // The e2e image downloads linux/amd64 kubectl and aws-iam-authenticator.
    [
      'openebs-dynamic-localpv-provisioner/e2e-tests.Dockerfile',
      ['48 hardcoded-arch error', '50 hardcoded-arch error']
    ],
    // A binary built by make outside the image, copied in.
    ['openebs-dynamic-localpv-provisioner/prebuilt.Dockerfile', ['27 prebuilt-binary notice']],
    // A Go toolchain linux-amd64 tarball, then go build, ./configure and make in the image itself.
    ['openebs-e2e/e2e-agent.Dockerfile', ['15 hardcoded-arch error', '18 emulated-compile warning']],
    ['openebs-e2e/e2e-proxy.Dockerfile', ['14 emulated-compile warning']],
    ['openebs-e2e/e2e-fio.Dockerfile', ['15 emulated-compile warning']],
    // apk add only, and a prebuilt driver: at most a note.
    ['openebs-lvm-localpv/lvm-driver.Dockerfile', ['24 prebuilt-binary notice']],
    ['openebs-zfs-localpv/zfs-driver.Dockerfile', ['38 emulated-compile warning']],
    // NDM: make in a custom build image with CGO_ENABLED=1 (libudev).
    ['openebs-node-disk-manager/ndm-daemonset.Dockerfile', ['36 emulated-compile warning']]
  ])('%s', (file, expected) => {
    expect(brief(lintFixture(file))).toEqual(expected);
  });

  test('HostPath: GOARCH already follows TARGETARCH and cgo is off, so the FROM line is the whole fix', () => {
    const [f] = lintFixture('openebs-dynamic-localpv-provisioner/provisioner-localpv.Dockerfile');
    expect(f.fix).toBe('FROM --platform=$BUILDPLATFORM golang:1.19.13 as build');
    expect(f.message).toContain('also make (line 43)');
    expect(f.message).toContain('already follow');
    expect(f.message).not.toContain('cgo may be on');
    expect(f.message).toContain(`measured ${MEASURED_SLOWDOWN} slower`);
  });

  test('ZFS: the same builder leaves CGO_ENABLED unset on a glibc image, so the fix changes the binary', () => {
    const [f] = lintFixture('openebs-zfs-localpv/zfs-driver.Dockerfile');
    expect(f.message).toContain('cgo may be on (CGO_ENABLED is not set)');
    expect(f.fix).toBe('FROM --platform=$BUILDPLATFORM golang:1.20.14 as build\nENV CGO_ENABLED=0');
  });

  test('NDM: Go settings in ENV make `make` a Go build; cgo is on, so the fix brings a C cross compiler', () => {
    const [f] = lintFixture('openebs-node-disk-manager/ndm-daemonset.Dockerfile');
    expect(f.message).toContain('cgo is on (CGO_ENABLED=1, line 25)');
    expect(f.message).not.toContain('the FROM line is the whole fix');
    expect(f.fix).toContain('apt-get install -y gcc-$t && CC=$t-gcc make NODEPINSTALL=true buildx.ndm');
    expect(f.fix).not.toContain('CGO_ENABLED=0');
  });

  test('e2e-proxy: GOOS is set but GOARCH is not, so the fix adds the ARG/ENV lines', () => {
    const [f] = lintFixture('openebs-e2e/e2e-proxy.Dockerfile');
    expect(f.message).toContain('Nothing sets GOOS/GOARCH from TARGETOS/TARGETARCH');
    expect(f.fix.split('\n')).toEqual([
      'FROM --platform=$BUILDPLATFORM golang:latest as builder',
      'ARG TARGETOS TARGETARCH',
      'ENV GOOS=$TARGETOS GOARCH=$TARGETARCH'
    ]);
  });

  test('e2e: the fix is the same curl with ${TARGETARCH} in the URL', () => {
    const [kubectl] = lintFixture('openebs-dynamic-localpv-provisioner/e2e-tests.Dockerfile');
    expect(kubectl.message).toContain('/bin/linux/amd64/kubectl');
    expect(kubectl.fix.split('\n')).toEqual([
      'ARG TARGETARCH',
      'RUN curl -L "https://storage.googleapis.com/kubernetes-release/release/${KUBE_LATEST_VERSION}/bin/linux/${TARGETARCH}/kubectl" -o /usr/local/bin/kubectl'
    ]);
  });

  test('e2e-agent: the compile is in the image stage, so the fix adds a builder stage', () => {
    const f = lintFixture('openebs-e2e/e2e-agent.Dockerfile')[1];
    expect(f.message).toContain('also ./configure (line 20), make (line 20)');
    expect(f.fix.split('\n')[0]).toBe('FROM --platform=$BUILDPLATFORM ubuntu:20.04 AS build');
    expect(f.fix).toContain('COPY --from=build');
  });

  test('e2e-fio: C on alpine cross-compiles with xx-clang', () => {
    const [f] = lintFixture('openebs-e2e/e2e-fio.Dockerfile');
    expect(f.fix).toContain('xx-clang -Wall -o /e2e_fio e2e_fio.c liveness.c');
  });
});

describe('lint: Dockerfiles written for the rules', () => {
  test.each([
    ['own/cross-compile.Dockerfile', []],
    ['own/arch-neutral.Dockerfile', []],
    ['own/buildplatform-no-goarch.Dockerfile', ['2 buildplatform-no-target error']],
    ['own/cgo-builder.Dockerfile', ['8 emulated-compile warning']],
    // Line 10 takes amd64 from an ARG's default, which --build-arg may set per platform: a warning.
    // Nothing copies from stage "fetch" (lines 2-3): a build of the last stage never builds it.
    [
      'own/hardcoded.Dockerfile',
      [2, 3, 7, 8, 10, 11, 14, 15].map(
        l => `${l} hardcoded-arch ${l < 4 ? 'notice' : l === 10 ? 'warning' : 'error'}`
      )
    ],
    ['own/parser.Dockerfile', ['16 hardcoded-arch error', '19 emulated-compile warning']]
  ])('%s', (file, expected) => {
    expect(brief(lintFixture(file))).toEqual(expected);
  });

  test('a cgo builder: the message says the fix changes the binary and names the glibc shim', () => {
    const [f] = lintFixture('own/cgo-builder.Dockerfile');
    expect(f.message).toContain('cgo may be on');
    expect(f.message).toContain('line 11 installs libc6-compat');
    expect(f.message).toContain('the fix changes the binary');
  });

  test('rule 3 gives the GOARCH lines', () => {
    const [f] = lintFixture('own/buildplatform-no-goarch.Dockerfile');
    expect(f.message).toContain('go build (line 5) makes build-machine binaries');
    expect(f.fix).toContain('ENV GOOS=$TARGETOS GOARCH=$TARGETARCH');
  });

  test('an architecture that comes from an ARG default is named with its line', () => {
    const f = lintFixture('own/hardcoded.Dockerfile').find(x => x.line === 10);
    expect(f?.message).toContain('through ARCH=amd64, line 1');
    expect(f?.fix).toContain('tool_${TARGETARCH}.deb');
  });

  test('x86_64 and x64 names get a mapping of TARGETARCH', () => {
    const node = lintFixture('own/hardcoded.Dockerfile').find(x => x.line === 11);
    expect(node?.fix).toContain('amd64) ARCH=x64;; arm64) ARCH=arm64;;');
    expect(node?.fix).toContain('node-v20.0.0-linux-${ARCH}.tar.xz');
  });
});

describe('lint: platforms decide', () => {
  test('one platform: nothing is emulated and its own architecture is not hard-coded', () => {
    const arm = parsePlatforms(['linux/arm64']);
    expect(brief(lintFixture('own/parser.Dockerfile', arm))).toEqual([]);
    expect(
      brief(lintFixture('openebs-dynamic-localpv-provisioner/provisioner-localpv.Dockerfile', arm))
    ).toEqual([]);
    const amd = parsePlatforms(['linux/amd64']);
    expect(brief(lintFixture('openebs-dynamic-localpv-provisioner/e2e-tests.Dockerfile', amd))).toEqual([]);
    expect(brief(lintFixture('own/parser.Dockerfile', amd))).toEqual(['16 hardcoded-arch error']);
  });
});

const lint = (text: string) => brief(lintDockerfile(text, 'Dockerfile', { platforms: BOTH }));

describe('lint: more toolchains and traps', () => {
  test('a TARGET* variable used without ARG in its stage is empty', () => {
    const text = 'FROM alpine\nRUN apk add curl\nRUN curl -fsSLO https://x.example/k/$TARGETARCH/kubectl\n';
    expect(lint(text)).toEqual(['3 target-arg-undeclared error']);
    expect(lint(text.replace('RUN apk', 'ARG TARGETARCH\nRUN apk'))).toEqual([]);
  });

  test('cargo, rustc and pip --no-binary compile; npm ci only with a C toolchain installed', () => {
    expect(lint('FROM rust:1.78 AS b\nRUN cargo build --release\n')).toEqual(['2 emulated-compile warning']);
    expect(lint('FROM python:3.12\nRUN pip install --no-binary :all: lxml\n')).toEqual([
      '2 emulated-compile warning'
    ]);
    expect(lint('FROM node:20\nRUN npm ci\n')).toEqual([]);
    expect(lint('FROM node:20-alpine\nRUN apk add python3 make g++\nRUN npm ci\n')).toEqual([
      '3 emulated-compile warning'
    ]);
  });

  test('make in a package list is not a compile; sh -c scripts are read', () => {
    expect(lint('FROM debian\nRUN apt-get install -y make gcc\n')).toEqual([]);
    expect(lint('FROM debian\nRUN sh -c "cd /src && make all"\n')).toEqual(['2 emulated-compile warning']);
  });

  test('xx-go on $BUILDPLATFORM with ARG TARGETPLATFORM is a cross build', () => {
    const text = [
      'FROM --platform=$BUILDPLATFORM golang:1.22-alpine AS b',
      'COPY --from=tonistiigi/xx / /',
      'ARG TARGETPLATFORM',
      'RUN xx-go build -o /app .'
    ].join('\n');
    expect(lint(text)).toEqual([]);
  });

  test('GOARCH set in an exported shell variable follows TARGETARCH', () => {
    const text = [
      'FROM --platform=$BUILDPLATFORM golang:1.22 AS b',
      'ARG TARGETARCH',
      'RUN export GOARCH=$TARGETARCH CGO_ENABLED=0 && go build -o /app .'
    ].join('\n');
    expect(lint(text)).toEqual([]);
  });

  test('a GOARCH fix is a whole instruction, never a bare assignment', () => {
    const fixes = (text: string) =>
      lintDockerfile(text, 'Dockerfile', { platforms: BOTH })
        .filter(f => f.rule === 'hardcoded-arch')
        .map(f => f.fix);
    expect(
      fixes('FROM golang:1.22\nRUN --mount=type=cache,target=/go GOARCH=amd64 go build -o /app .\n')
    ).toEqual(['ARG TARGETARCH\nRUN --mount=type=cache,target=/go GOARCH=$TARGETARCH go build -o /app .']);
    expect(fixes('FROM golang:1.22\nENV GOARCH=amd64\nRUN go build -o /app .\n')).toEqual([
      'ARG TARGETARCH\nENV GOARCH=$TARGETARCH'
    ]);
  });

  test('a literal architecture in an arch branch (if/case) is a mapping', () => {
    const text = [
      'FROM alpine',
      'RUN if [ "$(uname -m)" = x86_64 ]; then wget https://x.example/t-x86_64; else wget https://x.example/t-aarch64; fi'
    ].join('\n');
    expect(lint(text)).toEqual([]);
  });

  test('a FROM image from a global ARG default decides the toolchain of make', () => {
    const [f] = lintDockerfile('ARG BASE=golang:1.22\nFROM ${BASE} AS b\nRUN make\n', 'D', {
      platforms: BOTH
    });
    expect(f.line).toBe(3);
    expect(f.fix.split('\n')).toEqual([
      'FROM --platform=$BUILDPLATFORM ${BASE} AS b',
      'ARG TARGETOS TARGETARCH',
      'ENV GOOS=$TARGETOS GOARCH=$TARGETARCH',
      'ENV CGO_ENABLED=0',
      'FROM ${BASE}',
      'COPY --from=b <the built files> <where they go>'
    ]);
  });

  test('COPY --from an image that names one architecture', () => {
    expect(lint('FROM alpine\nCOPY --from=example.org/tools:1.0-amd64 /bin/tool /tool\n')).toEqual([
      '2 hardcoded-arch error'
    ]);
    expect(lint('FROM golang AS amd64\nFROM alpine\nCOPY --from=amd64 /x /x\n')).toEqual([]);
  });

  test('dpkg --add-architecture with any fixed Debian name, not with $TARGETARCH', () => {
    expect(lint('FROM debian\nRUN dpkg --add-architecture i386\n')).toEqual(['2 hardcoded-arch error']);
    expect(lint('FROM debian\nARG TARGETARCH\nRUN dpkg --add-architecture "$TARGETARCH"\n')).toEqual([]);
  });

  test('a file with no FROM is an error, not a pass', () => {
    expect(lint('# just a comment\nRUN make\n')).toEqual(['1 no-stage error']);
  });

  test('lintDockerfiles reads globs and names a glob that matches nothing', () => {
    const found = lintDockerfiles(['openebs-e2e/*.Dockerfile'], { cwd: DIR, platforms: BOTH });
    expect([...new Set(found.map(f => f.file))]).toEqual([
      'openebs-e2e/e2e-agent.Dockerfile',
      'openebs-e2e/e2e-fio.Dockerfile',
      'openebs-e2e/e2e-proxy.Dockerfile'
    ]);
    expect(() => lintDockerfiles(['nothing/*'], { cwd: DIR, platforms: BOTH })).toThrow(
      'Input "dockerfiles" has an invalid value "nothing/*": no file matches it'
    );
  });
});

describe('lint: architecture paths, the forms of the rule', () => {
  const lintText = (text: string) => brief(lintDockerfile(text, 'Dockerfile', { platforms: BOTH }));

  test('an append, an ENV and an install write the path; a copied folder puts its contents, not its name', () => {
    expect(lintText('FROM alpine\nRUN echo /opt/lib >>/etc/ld-musl-x86_64.path')).toEqual([
      '2 hardcoded-arch warning'
    ]);
    expect(lintText('FROM debian\nENV LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu')).toEqual([
      '2 hardcoded-arch warning'
    ]);
    expect(lintText('FROM alpine\nRUN install -D libx.so /usr/lib/x86_64-linux-gnu/libx.so')).toEqual([
      '2 hardcoded-arch warning'
    ]);
    expect(
      lintText('FROM debian AS b\nFROM debian\nCOPY --from=b /usr/lib/x86_64-linux-gnu /usr/lib/')
    ).toEqual([]);
  });

  test('BuildKit expands no variable in COPY --from= or RUN --mount from=: an error, and no stage picked', () => {
    // BuildKit v0.11.6 (the oracle): "failed to parse stage name", and "'from' doesn't support
    // variable expansion"; today's: "variable expansion is not supported for --from".
    const stages =
      'FROM debian AS lib-amd64\nRUN ln -s /lib/x86_64-linux-gnu /opt/lib\n' +
      'FROM debian AS lib-arm64\nRUN ln -s /lib/aarch64-linux-gnu /opt/lib\n';
    const copy = lintText(
      `${stages}FROM debian\nARG TARGETARCH\nCOPY --from=lib-\${TARGETARCH} /opt/lib /opt/lib`
    );
    // Nothing picks lib-amd64 or lib-arm64 then: their paths are every platform's.
    expect(copy).toEqual([
      '2 hardcoded-arch warning',
      '4 hardcoded-arch warning',
      '7 buildkit-refuses error'
    ]);
    const mount = `${stages}FROM debian\nARG TARGETARCH\nRUN --mount=type=bind,from=lib-$TARGETARCH,target=/m cp -r /m /opt`;
    expect(lintText(mount)).toContain('7 buildkit-refuses error');
    // A FROM picks the stage, and BuildKit expands TARGETARCH there: each lib stage serves its architecture.
    expect(
      lintText(`${stages}FROM lib-\${TARGETARCH} AS lib\nFROM debian\nCOPY --from=lib /opt/lib /opt/lib`)
    ).toEqual([]);
    // Named outright as well, lib-amd64 is copied on every platform.
    const both = `${stages}FROM lib-\${TARGETARCH} AS lib\nFROM debian\nCOPY --from=lib /opt/lib /a\nCOPY --from=lib-amd64 /opt/lib /b`;
    expect(lintText(both)).toEqual(['2 hardcoded-arch warning']);
  });
});

describe('lint: what BuildKit refuses is an error, as the scanner refuses it', () => {
  test('COPY --from= with a variable: the error names the FROM line that picks the stage instead', () => {
    const [f] = lintFixture('own/copy-from-variable.Dockerfile');
    expect(brief([f])).toEqual(['6 buildkit-refuses error']);
    expect(f.fix).toBe('FROM lib-${TARGETARCH} AS picked\n# then: COPY --from=picked');
  });

  test('a FROM --platform list fails every build, even in a stage no build reaches: an error, not a notice', () => {
    const [f] = lintFixture('own/platform-list.Dockerfile');
    expect(brief([f])).toEqual(['3 buildkit-refuses error']);
    expect(f.message).toContain('it takes one platform, not a list');
    // The forms BuildKit reads (x86_64, a bare arch, upper case, quotes, a default) are no error.
    expect(lintFixture('own/platform-forms.Dockerfile').filter(x => x.rule === 'buildkit-refuses')).toEqual(
      []
    );
  });
});

describe('lint: a builder that makes every architecture binary itself', () => {
  const FILE = 'own/build-every-arch.Dockerfile';
  const text = fs.readFileSync(path.join(DIR, FILE), 'utf8');
  const lintText = (t: string) => brief(lintDockerfile(t, FILE, { platforms: BOTH }));

  test('a GOARCH for each architecture built, on ${BUILDOS}/${BUILDARCH}: nothing to say', () => {
    expect(lintFixture(FILE)).toEqual([]);
  });

  test('one architecture left out: its GOARCH is every platform binary, and the builder makes no other', () => {
    const armOnly = text.replace(/^RUN .*GOARCH=amd64.*\n/m, '');
    expect(lintText(armOnly)).toEqual(['3 buildplatform-no-target error', '6 hardcoded-arch error']);
    // Built for arm64 alone, the same lines are right.
    const arm = lintDockerfile(armOnly, FILE, { platforms: parsePlatforms(['linux/arm64']) });
    expect(arm).toEqual([]);
  });

  test('${BUILDOS}/${BUILDARCH} is the build platform: no compile under emulation', () => {
    const onTarget = text.replace('--platform=${BUILDOS}/${BUILDARCH} ', '');
    expect(lintText(onTarget)).toEqual(['6 emulated-compile warning']);
  });
});
