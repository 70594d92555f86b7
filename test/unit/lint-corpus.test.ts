// Issue 26 acceptance 3 and 4: the lint on a wider corpus of public Dockerfiles (storage and
// CSI projects first), none of them in the earlier fixtures. Each expected finding was written
// from reading the file (SOURCES beside each); `context/` holds the files a build runs or copies.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigurationError } from '../../actions/lib/core/errors';
import { parsePlatforms } from '../../actions/lib/oci/platform';
import { Finding, lintDockerfile } from '../../actions/lib/verify/lint';

const DIR = path.join(__dirname, '..', 'fixtures', 'dockerfiles');
const BOTH = parsePlatforms(['linux/amd64', 'linux/arm64']);

/** The stage a file's own build targets (its Makefile's --target), where it is not the last one. */
const TARGETS: Record<string, string> = { 'azure-container-networking/cni.Dockerfile': 'linux' };

function lint(file: string, withContext = true, text?: string, target = TARGETS[file]): Finding[] {
  const context = path.join(DIR, path.dirname(file), 'context');
  const contexts = withContext && fs.existsSync(context) ? [context] : [];
  return lintDockerfile(text ?? fs.readFileSync(path.join(DIR, file), 'utf8'), file, {
    platforms: BOTH,
    contexts,
    target
  });
}
const brief = (fs: Finding[]) => fs.map(f => `${f.line} ${f.rule} ${f.severity}`);

/** What a reader finds in each file, built for linux/amd64 and linux/arm64. */
const EXPECTED: Array<[string, string[]]> = [
  // Fluid: golang builders with no --platform run make (go build) under QEMU; nfs builds fuse-nfs
  // with ./configure and make, dynamic-mount libfuse with meson and ninja. COPY bin /opt/3fs/bin and
  // (topolvm e2e) COPY tmpbin/* bring programs built outside: notices.
  ['fluid/addons-3fs-docker.Dockerfile', ['3 prebuilt-binary notice']],
  ['fluid/addons-cephfs-docker.Dockerfile', []],
  ['fluid/addons-cubefs-v3.2-docker.Dockerfile', []],
  ['fluid/addons-dynamic-mount-base.Dockerfile', ['15 emulated-compile warning']],
  ['fluid/addons-glusterfs-docker.Dockerfile', []],
  ['fluid/addons-nfs-docker.Dockerfile', ['11 emulated-compile warning']],
  ['fluid/charts-alluxio-docker-init-users.Dockerfile', []],
  ['fluid/alluxioruntime.Dockerfile', ['14 emulated-compile warning']],
  ['fluid/csi.Dockerfile', ['11 emulated-compile warning']],
  ['fluid/dataset.Dockerfile', ['14 emulated-compile warning']],
  ['fluid/fileprefetch.Dockerfile', []],
  ['fluid/juicefsruntime.Dockerfile', ['14 emulated-compile warning']],
  ['fluid/webhook.Dockerfile', ['8 emulated-compile warning']],
  ['fluid/crds.Dockerfile', []],
  // $BUILDPLATFORM builders that pass GOARCH=${TARGETARCH} to make or go build: nothing to say.
  ['topolvm/main.Dockerfile', []],
  ['topolvm/test-e2e.Dockerfile', ['12 prebuilt-binary notice']],
  ['piraeus-operator/main.Dockerfile', []],
  // Binaries built outside the Dockerfile (make, per architecture): notices.
  ['csi-driver-nfs/main.Dockerfile', ['19 prebuilt-binary notice']],
  ['minio-operator/main.Dockerfile', ['25 prebuilt-binary notice']],
  ['minio-operator/sidecar.Dockerfile', ['25 prebuilt-binary notice']],
  ['rook/tests-scripts-pythonwebserver.Dockerfile', []],
  ['cert-manager/hack-containers-Containerfile.acmesolver.Dockerfile', ['21 prebuilt-binary notice']],
  ['cert-manager/hack-containers-Containerfile.cainjector.Dockerfile', ['21 prebuilt-binary notice']],
  ['cert-manager/hack-containers-Containerfile.controller.Dockerfile', ['21 prebuilt-binary notice']],
  ['cert-manager/hack-containers-Containerfile.startupapicheck.Dockerfile', ['21 prebuilt-binary notice']],
  ['cert-manager/hack-containers-Containerfile.webhook.Dockerfile', ['21 prebuilt-binary notice']],
  // Builders with no --platform: go mod download and go build, make with cgo, go install (npm
  // install of commitlint is pure JS, so go install is named first).
  ['ceph-csi-operator/main.Dockerfile', ['14 emulated-compile warning']],
  ['ceph-csi/deploy-cephcsi-image.Dockerfile', ['68 emulated-compile warning']],
  ['ceph-csi/scripts-devel.Dockerfile', []],
  ['ceph-csi/scripts-test.Dockerfile', ['63 emulated-compile warning']],
  ['aws-ebs-csi-driver/main.Dockerfile', []],
  // Longhorn: build-libqcow.sh, build-liblonghorn.sh and build-tgt.sh (cloned, not in the context)
  // in stages that install gcc; ./scripts/build and /app/scripts/build (in the context) run go build;
  // ARG ARCH=amd64 reaches the grpc_health_probe and tini downloads; package/launch-* are scripts.
  ['longhorn-engine/main.Dockerfile', ['71 emulated-compile warning', '111 emulated-compile warning']],
  [
    'longhorn-engine/package.Dockerfile',
    [
      '29 emulated-compile warning',
      '37 hardcoded-arch warning',
      '68 prebuilt-binary notice',
      '69 prebuilt-binary notice',
      '75 hardcoded-arch warning'
    ]
  ],
  ['longhorn-manager/main.Dockerfile', ['29 emulated-compile warning']],
  // longhorn-instance-manager, the same shape: go install and build scripts that compile (SPDK, tgt) in
  // stages of the target platform; ARG ARCH=amd64 reaches grpc_health_probe and tini; package/* are scripts.
  [
    'longhorn-instance-manager/package.Dockerfile',
    [
      '15 emulated-compile warning',
      '31 hardcoded-arch warning',
      '64 emulated-compile warning',
      '147 prebuilt-binary notice',
      '158 hardcoded-arch warning'
    ]
  ],
  ['longhorn-manager/package.Dockerfile', ['16 emulated-compile warning']],
  // pico: a $BUILDPLATFORM stage adds both foreign architectures for the cross toolchains and
  // downloads modules; the stages built from it cross-compile (GOOS/GOARCH from TARGETOS/TARGETARCH).
  ['pico/cross-cgo-2023.Dockerfile', []],
  ['pico/main.Dockerfile', []],
  // OpenResty: alpine, jammy and noble compile OpenSSL, PCRE2 and OpenResty in the image; the fat
  // images build only LuaRocks (Lua, no compiler); bookworm and fedora install the package of
  // RESTY_APT_ARCH=amd64 and RESTY_RPM_ARCH=x86_64 unless a --build-arg sets them.
  ['openresty/alpine.Dockerfile', ['163 emulated-compile warning']],
  ['openresty/alpine-fat.Dockerfile', []],
  ['openresty/bookworm.Dockerfile', ['41 hardcoded-arch warning']],
  ['openresty/bookworm-fat.Dockerfile', []],
  ['openresty/jammy.Dockerfile', ['159 emulated-compile warning']],
  ['openresty/noble.Dockerfile', ['159 emulated-compile warning']],
  ['openresty/fedora.Dockerfile', ['41 hardcoded-arch warning']],
  ['openresty/alpine-apk.Dockerfile', []],
  // One architecture's system paths in a stage of every platform: ingress-nginx (amd64, arm, arm64) writes
  // the musl loader path of x86_64 only; chainsmith (amd64, arm64) links the x86_64 glibc loader name to
  // musl; Azure's ipv6-hp-bpf (first version) reads x86_64 headers and copies x86_64 libraries and loader.
  // Its golang builders and chainsmith's compile under emulation.
  ['ingress-nginx/rootfs.Dockerfile', ['68 hardcoded-arch warning']],
  ['chainsmith/main.Dockerfile', ['10 emulated-compile warning', '15 hardcoded-arch warning']],
  [
    'azure-container-networking/ipv6-hp-bpf-2024-05.Dockerfile',
    [
      '10 hardcoded-arch warning',
      '14 emulated-compile warning',
      ...[20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31].map(n => `${n} hardcoded-arch warning`)
    ]
  ],
  // Today's ipv6-hp-bpf (FROM --platform=linux/${ARCH}, one platform a build) and cni: go build in
  // stages of the target platform; cni's dropgz stage is built by its real build, --target linux.
  ['azure-container-networking/ipv6-hp-bpf-2026.Dockerfile', ['42 emulated-compile warning']],
  [
    'azure-container-networking/cni.Dockerfile',
    ['25 emulated-compile warning', '53 emulated-compile warning']
  ],
  // ingress-nginx's chroot image writes the same x86_64 musl path into /chroot, for amd64, arm and arm64.
  ['ingress-nginx/rootfs-chroot.Dockerfile', ['86 hardcoded-arch warning']],
  // Kubewarden: build-amd64 and build-arm64 on $BUILDPLATFORM cross-compile with cargo --target for
  // their own architecture; copy-${TARGETARCH} picks them, through copy-amd64 and copy-arm64.
  ['kubewarden-policy-server/main.Dockerfile', []],
  // The same paths chosen per architecture: by ARCH (ipv6-hp-bpf a month later), by stages the file picks
  // with TARGETARCH (enclaver's build-amd64/build-arm64, the GCE PD CSI driver's distroless-amd64/arm64).
  ['azure-container-networking/ipv6-hp-bpf-2024-06.Dockerfile', ['38 emulated-compile warning']],
  ['enclaver/runtimebase.Dockerfile', []],
  ['gcp-compute-persistent-disk-csi-driver/main.Dockerfile', []],
  // Komga (amd64, arm/v7, arm64): build-amd64, build-arm64 and build-arm download kepubify and set
  // LD_LIBRARY_PATH for their own architecture; FROM build-${TARGETARCH} picks one.
  ['komga/docker.Dockerfile', []]
];

test('the corpus: 57 files of 22 repositories (19 projects)', () => {
  expect(EXPECTED).toHaveLength(57);
  expect(new Set(EXPECTED.map(([f]) => f.split('/')[0])).size).toBe(22);
});

test.each(EXPECTED)('%s', (file, expected) => {
  expect(brief(lint(file))).toEqual(expected);
});

test('no error, every finding a warning or a true notice: the table of the note', () => {
  const found = EXPECTED.flatMap(([file]) => lint(file));
  const severities = found.reduce<Record<string, number>>(
    (n, f) => ({ ...n, [f.severity]: (n[f.severity] ?? 0) + 1 }),
    {}
  );
  expect(severities).toEqual({ warning: 48, notice: 13 });
});

describe('the classes of false alarms and misses, each on a real file or a reduction', () => {
  test("a Lua rock's ./configure and make build compile nothing; OpenResty's own make does", () => {
    expect(lint('openresty/alpine-fat.Dockerfile')).toEqual([]);
    expect(lint('openresty/jammy.Dockerfile')[0].message).not.toMatch(/line 18[89]|line 19[34]/);
  });

  test('pico: its $BUILDPLATFORM stage with both dpkg architectures feeds stages that cross-compile', () => {
    expect(lint('pico/cross-cgo-2023.Dockerfile')).toEqual([]);
    const text = fs.readFileSync(path.join(DIR, 'pico/cross-cgo-2023.Dockerfile'), 'utf8');
    // The same stage alone (no stage built from it reads TARGETARCH) makes build-machine binaries.
    const alone = text.split('\nFROM builder-deps as builder')[0];
    expect(brief(lint('pico/cross-cgo-2023.Dockerfile', true, alone))).toEqual([
      '1 buildplatform-no-target error'
    ]);
  });

  test('a $BUILDPLATFORM stage that makes tools for the stages that cross-compile is fine, dpkg architectures too', () => {
    const file = 'own/buildplatform-tools.Dockerfile';
    expect(lint(file)).toEqual([]);
    // Without the stage that cross-compiles, the tools stage is all there is: it makes build-machine binaries.
    const alone = fs.readFileSync(path.join(DIR, file), 'utf8').split('\nFROM tools AS build')[0];
    expect(brief(lint(file, true, alone))).toEqual(['4 buildplatform-no-target error']);
    // On a stage of the target platform, the same dpkg line adds one foreign architecture to each build.
    expect(brief(lint(file, true, alone.replace('--platform=$BUILDPLATFORM ', '')))).toContain(
      '5 hardcoded-arch error'
    );
  });

  test('a build script copied from the context and run in an emulated stage is looked into', () => {
    const [f] = lint('longhorn-manager/package.Dockerfile');
    expect(f.message).toMatch(/^go build in \/app\/scripts\/build \(its line \d+\) runs under emulation/);
    expect(lint('longhorn-manager/package.Dockerfile', false)).toEqual([]);
  });

  test('notices name binaries, not the scripts beside them', () => {
    const notices = (ctx: boolean) =>
      lint('longhorn-engine/package.Dockerfile', ctx)
        .filter(f => f.severity === 'notice')
        .map(f => f.line);
    expect(notices(true)).toEqual([68, 69]);
    // Without the context the lint cannot tell: package/launch-simple-longhorn is named too.
    expect(notices(false)).toEqual([68, 69, 71]);
  });

  test('a download in a stage the file picks by TARGETARCH names the architecture of that stage (Komga)', () => {
    const file = 'komga/docker.Dockerfile';
    const text = fs.readFileSync(path.join(DIR, file), 'utf8');
    expect(lint(file)).toEqual([]);
    // Named outright, build-arm64 is the base of every platform: amd64 gets arm64's kepubify.
    const outright = text.replace('FROM build-${TARGETARCH} AS runner', 'FROM build-arm64 AS runner');
    expect(brief(lint(file, true, outright))).toEqual(['30 hardcoded-arch error']);
    // arm64's kepubify in the amd64 stage is the wrong one for the platform that stage is built for.
    const swapped = text.replace('kepubify-linux-64bit', 'kepubify-linux-arm64');
    const [f] = lint(file, true, swapped);
    expect(brief([f])).toEqual(['16 hardcoded-arch error']);
    expect(f.message).toContain(
      'names arm64 in a stage built for linux/amd64: linux/amd64 would get arm64 files'
    );
  });

  test('an ARG default naming one architecture that reaches a download is a warning', () => {
    const found = lint('longhorn-engine/package.Dockerfile').filter(f => f.rule === 'hardcoded-arch');
    expect(found.map(f => `${f.line} ${f.severity}`)).toEqual(['37 warning', '75 warning']);
    expect(found[1].message).toContain('through ARCH=amd64, line 43');
    expect(found[1].message).toContain('unless every build sets ARCH with --build-arg');
    expect(lint('openresty/bookworm.Dockerfile')[0].message).toContain(
      'RESTY_APT_ARCH, whose default is amd64'
    );
  });
});

describe('a path of one architecture written in a stage of every platform is a warning', () => {
  const read = (file: string) => fs.readFileSync(path.join(DIR, file), 'utf8');
  const paths = (found: Finding[]) => found.filter(f => f.rule === 'hardcoded-arch');
  const INGRESS = 'ingress-nginx/rootfs.Dockerfile';
  const LINE_68 = '> /etc/ld-musl-x86_64.path';

  test('ingress-nginx writes the musl loader path of x86_64 alone, in an image built for amd64, arm and arm64', () => {
    const [f] = lint(INGRESS);
    expect(f.message).toMatch(
      /^echo writes \/etc\/ld-musl-x86_64\.path, a path of amd64 systems only, in a stage built for every platform: on linux\/arm64 nothing reads it/
    );
    expect(f.fix).toBe('RUN echo "/usr/local/lib" > "/etc/ld-musl-$(apk --print-arch).path"');
    // Built for amd64 alone, the same line is right.
    const amd64 = lintDockerfile(read(INGRESS), INGRESS, { platforms: parsePlatforms(['linux/amd64']) });
    expect(amd64).toEqual([]);
  });

  test('ingress-nginx line 68 written for each architecture, or in a branch on the platform, is right', () => {
    const both = read(INGRESS).replace(
      LINE_68,
      `${LINE_68} \\\n  && echo "/lib" >> /etc/ld-musl-aarch64.path`
    );
    expect(lint(INGRESS, true, both)).toEqual([]);
    // Built for arm too (as ingress-nginx is), arm's file (ld-musl-armhf.path) is still missing.
    const three = parsePlatforms(['linux/amd64', 'linux/arm64', 'linux/arm/v7']);
    const found = lintDockerfile(both, INGRESS, { platforms: three });
    expect(brief(found)).toEqual(['68 hardcoded-arch warning', '69 hardcoded-arch warning']);
    expect(found[1].message).toContain('/etc/ld-musl-aarch64.path, a path of arm64 systems only');
    expect(found[1].message).toContain('on linux/arm/v7 nothing reads it');
    const branch = read(INGRESS).replace(
      `&& echo "/lib:/usr/lib:/usr/local/lib:/modules_mount/etc/nginx/modules/otel" ${LINE_68}`,
      `&& if [ "$(uname -m)" = x86_64 ]; then echo /lib ${LINE_68}; fi`
    );
    expect(branch).not.toEqual(read(INGRESS));
    expect(lint(INGRESS, true, branch)).toEqual([]);
  });

  test('chainsmith links the glibc loader name of x86_64 to musl, for amd64 and arm64', () => {
    const [f] = paths(lint('chainsmith/main.Dockerfile'));
    expect(f.message).toMatch(/^ln writes \/lib64\/ld-linux-x86-64\.so\.2, a path of amd64 systems only/);
    expect(f.fix).toContain('apk add --no-cache gcompat');
  });

  test('Azure ipv6-hp-bpf: x86_64 headers, libraries and loader for every platform, then by ARCH', () => {
    const found = paths(lint('azure-container-networking/ipv6-hp-bpf-2024-05.Dockerfile'));
    const at = (line: number) => found.find(f => f.line === line)?.message;
    // A COPY into a folder writes the source's name there: /lib64/ + ld-linux-x86-64.so.2.
    expect(at(30)).toMatch(/^COPY writes \/lib64\/ld-linux-x86-64\.so\.2, a path of amd64 systems only/);
    expect(at(22)).toMatch(/^COPY writes \/lib\/x86_64-linux-gnu\/libc\.so\.6,/);
    // The loop links x86_64 headers into /usr/include: on arm64 the folder is not there.
    expect(at(10)).toMatch(
      /^for reads \/usr\/include\/x86_64-linux-gnu\/\*, .* on linux\/arm64 it is not there/
    );
    // The next commit picks the folder by ARCH ("/lib/$ARCH/ld-linux-aarch64.so.1" in an if on it).
    expect(paths(lint('azure-container-networking/ipv6-hp-bpf-2024-06.Dockerfile'))).toEqual([]);
  });

  test('a stage the file picks by TARGETARCH is built for its architecture alone (enclaver, GCE PD)', () => {
    const file = 'enclaver/runtimebase.Dockerfile';
    expect(lint(file)).toEqual([]);
    expect(lint('gcp-compute-persistent-disk-csi-driver/main.Dockerfile')).toEqual([]);
    // The x86_64 loader in the arm64 stage is a path of the wrong architecture.
    const swapped = read(file).replace(
      '/lib/ld-linux-aarch64.so.1 /lib/',
      '/lib64/ld-linux-x86-64.so.2 /lib64/'
    );
    const [f] = lint(file, true, swapped);
    expect(brief([f])).toEqual(['12 hardcoded-arch warning']);
    expect(f.message).toContain('in a stage built for linux/arm64: on linux/arm64 nothing reads it');
    // Named outright, build-amd64 is the base of every platform: its x86_64 loader reaches arm64.
    const outright = read(file).replace('FROM build-${TARGETARCH} AS build', 'FROM build-amd64 AS build');
    expect(brief(lint(file, true, outright))).toContain('7 hardcoded-arch warning');
  });
});

describe('a stage the file picks for one architecture may name that architecture', () => {
  const read = (file: string) => fs.readFileSync(path.join(DIR, file), 'utf8');
  const PER_ARCH = 'own/per-arch-stages.Dockerfile';

  test('FROM --platform, GOARCH, dpkg and apt-get of its own architecture, in build-amd64 and build-arm64, are right', () => {
    // Only the stage no build reaches is named, and as a notice.
    expect(brief(lint(PER_ARCH))).toEqual(['18 hardcoded-arch notice', '19 hardcoded-arch notice']);
  });

  test('the same lines in a stage every platform builds stay errors', () => {
    const outright = read(PER_ARCH).replace('FROM build-${TARGETARCH} AS build', 'FROM build-arm64 AS build');
    const found = lint(PER_ARCH, true, outright);
    expect(brief(found.filter(f => f.severity !== 'notice'))).toEqual([
      '9 hardcoded-arch error',
      '10 hardcoded-arch error',
      '11 hardcoded-arch error',
      '13 hardcoded-arch error'
    ]);
    // build-amd64 is built by no build now: its lines are notices.
    expect(found.filter(f => f.line < 8).map(f => f.severity)).toEqual([
      'notice',
      'notice',
      'notice',
      'notice'
    ]);
  });

  test('the wrong architecture in a picked stage is named with the platform it is built for', () => {
    const wrong = read(PER_ARCH).replace('RUN GOARCH=amd64 go build', 'RUN GOARCH=arm64 go build');
    const [f] = lint(PER_ARCH, true, wrong).filter(x => x.severity === 'error');
    expect(brief([f])).toEqual(['7 hardcoded-arch error']);
    expect(f.message).toBe(
      'GOARCH=arm64 builds arm64 binaries in a stage built for linux/amd64. Set it from TARGETARCH.'
    );
    const pinned = read(PER_ARCH).replace(
      'FROM --platform=linux/amd64 docker',
      'FROM --platform=linux/arm64 docker'
    );
    const [p] = lint(PER_ARCH, true, pinned).filter(x => x.severity === 'error');
    expect(p.message).toMatch(
      /^FROM --platform=linux\/arm64 pins this stage, which the file picks for linux\/amd64/
    );
  });

  test('Kubewarden: cargo --target of the stage its own copy-${TARGETARCH} picks is a cross-compile', () => {
    const file = 'kubewarden-policy-server/main.Dockerfile';
    expect(lint(file)).toEqual([]);
    // build-arm64 is reached through copy-arm64 alone: picked for arm64, not for every platform.
    const text = read(file);
    const at = text.indexOf('FROM --platform=${BUILDPLATFORM} ghcr.io/cross-rs/x86_64');
    // With the x86_64 target in build-arm64, arm64 would get build-machine (x86_64) binaries.
    const swapped = text.slice(0, at).replace(/aarch64/g, 'x86_64') + text.slice(at);
    expect(brief(lint(file, true, swapped))).toEqual(['1 buildplatform-no-target error']);
    // Named outright, copy-arm64 is every platform's base, and build-amd64 is built by no build.
    const outright = lint(file, true, text.replace('FROM copy-${TARGETARCH}', 'FROM copy-arm64'));
    expect(brief(outright)).toEqual(['1 buildplatform-no-target error', '19 buildplatform-no-target notice']);
  });
});

describe('a stage no build of the target reaches is linted as not built', () => {
  const CNI = 'azure-container-networking/cni.Dockerfile';

  test('Azure cni: its build is --target linux; from the last stage (windows) dropgz is not built', () => {
    expect(brief(lint(CNI, true, undefined, 'linux'))).toEqual([
      '25 emulated-compile warning',
      '53 emulated-compile warning'
    ]);
    const windows = lint(CNI, true, undefined, '');
    expect(brief(windows)).toEqual(['25 emulated-compile warning', '53 emulated-compile notice']);
    expect(windows[1].message).toMatch(
      /^Not built: a build of the last stage \("windows"\) never reaches stage "dropgz"\. go mod download runs under emulation/
    );
    expect(lint(CNI, true, undefined, 'windows')[1].message).toMatch(
      /^Not built: a build with --target windows never reaches stage "dropgz"/
    );
  });

  test('a target that names no stage is refused, as BuildKit refuses it', () => {
    expect(() => lint(CNI, true, undefined, 'linux-arm')).toThrow(ConfigurationError);
    expect(() => lint(CNI, true, undefined, 'linux-arm')).toThrow(
      'Input "target" has an invalid value "linux-arm": azure-container-networking/cni.Dockerfile has no stage of that name'
    );
  });
});

test('an ARG default that fixes FROM --platform is a warning (Azure ipv6-hp-bpf, 2026, with ARCH=amd64 as its default)', () => {
  const file = 'azure-container-networking/ipv6-hp-bpf-2026.Dockerfile';
  const text = fs.readFileSync(path.join(DIR, file), 'utf8');
  expect(text.startsWith('ARG ARCH\n')).toBe(true);
  const found = lint(file, true, text.replace('ARG ARCH\n', 'ARG ARCH=amd64\n')).filter(
    f => f.rule === 'hardcoded-arch'
  );
  // Line 15 branches on the same $ARCH: with its default, every build takes the amd64 branch.
  expect(brief(found)).toEqual(['4 hardcoded-arch warning', '15 hardcoded-arch warning']);
  expect(found[0].message).toMatch(
    /^FROM --platform=linux\/\$\{ARCH\} is linux\/amd64 through ARCH=amd64 \(line 1\) in every build that does not set ARCH with --build-arg: linux\/arm64 would get amd64 files/
  );
  // Without a default, each build passes ARCH (its Makefile does): nothing to say.
  expect(lint(file).filter(f => f.rule === 'hardcoded-arch')).toEqual([]);
});
