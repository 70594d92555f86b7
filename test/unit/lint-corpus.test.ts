// Issue 26 acceptance 3 and 4: the lint on a wider corpus of public Dockerfiles (storage and
// CSI projects first), none of them in the earlier fixtures. Each expected finding was written
// from reading the file (SOURCES beside each); `context/` holds the files a build runs or copies.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parsePlatforms } from '../../actions/lib/oci/platform';
import { Finding, lintDockerfile } from '../../actions/lib/verify/lint';

const DIR = path.join(__dirname, '..', 'fixtures', 'dockerfiles');
const BOTH = parsePlatforms(['linux/amd64', 'linux/arm64']);

function lint(file: string, withContext = true, text?: string): Finding[] {
  const context = path.join(DIR, path.dirname(file), 'context');
  const contexts = withContext && fs.existsSync(context) ? [context] : [];
  return lintDockerfile(text ?? fs.readFileSync(path.join(DIR, file), 'utf8'), file, {
    platforms: BOTH,
    contexts
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
  ['openresty/alpine-apk.Dockerfile', []]
];

test('the corpus: 45 files of 14 repositories (12 projects)', () => {
  expect(EXPECTED).toHaveLength(45);
  expect(new Set(EXPECTED.map(([f]) => f.split('/')[0])).size).toBe(14);
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
  expect(severities).toEqual({ warning: 22, notice: 12 });
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

  test('an ARG default naming one architecture that reaches a download is a warning', () => {
    const found = lint('longhorn-engine/package.Dockerfile').filter(f => f.rule === 'hardcoded-arch');
    expect(found.map(f => `${f.line} ${f.severity}`)).toEqual(['37 warning', '75 warning']);
    expect(found[1].message).toContain('through ARCH=amd64, line 43');
    expect(found[1].message).toContain('unless every build sets ARCH with --build-arg');
    expect(lint('openresty/bookworm.Dockerfile')[0].message).toContain(
      'RESTY_APT_ARCH, whose default is amd64'
    );
  });

  test('a path of one architecture written in a stage of every platform is a warning', () => {
    const found = lint('own/musl-path.Dockerfile');
    expect(brief(found)).toEqual(['9 hardcoded-arch warning', '12 hardcoded-arch warning']);
    expect(found[0].message).toContain('/etc/ld-musl-x86_64.path');
    expect(found[0].fix).toBe('RUN echo "/usr/local/lib" > "/etc/ld-musl-$(apk --print-arch).path"');
    expect(found[1].message).toContain('/usr/lib/x86_64-linux-gnu');
    expect(
      lintDockerfile(fs.readFileSync(path.join(DIR, 'own/musl-path.Dockerfile'), 'utf8'), 'x', {
        platforms: parsePlatforms(['linux/amd64'])
      })
    ).toEqual([]);
  });
});
