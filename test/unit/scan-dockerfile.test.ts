import * as fs from 'node:fs';
import * as path from 'node:path';
import { CheckError } from '../../actions/lib/core/errors';
import { formatReference, parseReference } from '../../actions/lib/oci/reference';
import { dockerfileImages, scanDockerfiles } from '../../actions/lib/verify/scan/dockerfile';
import { expandWord } from '../../actions/lib/verify/scan/shell-word';
import { collectReferences } from '../../actions/lib/verify/targets';

const DIR = path.join(__dirname, '..', 'fixtures', 'dockerfiles');

// Written by scripts/buildkit-oracle (BuildKit's own Dockerfile frontend) over every fixture.
interface Oracle {
  buildArgs: Record<string, string>;
  files: Record<string, { images: Array<[string, string]>; error?: string }>;
}
const readOracle = (name: string) => JSON.parse(fs.readFileSync(path.join(DIR, name), 'utf8')) as Oracle;
const ORACLE = readOracle('buildkit-oracle.json');
// The same oracle over the files it refuses above, given the build arguments their builds pass.
const ORACLE_ARGS = readOracle('buildkit-oracle-build-args.json');

/** Our images as the oracle prints them: normalised reference, fixed platform or "". */
function ours(file: string, platforms = ['linux/s390x'], buildArgs = ORACLE.buildArgs, target?: string) {
  const text = fs.readFileSync(path.join(DIR, file), 'utf8');
  const r = dockerfileImages(text, file, buildArgs, platforms, undefined, target);
  const images = r.images.map(i => [
    formatReference(parseReference(i.reference)),
    i.source.platforms?.join(',') ?? ''
  ]);
  return { images: [...new Set(images.map(i => JSON.stringify(i)))].sort(), warnings: r.warnings };
}

describe('Dockerfile scanner agrees with BuildKit on real Dockerfiles', () => {
  test('the oracle covers every fixture Dockerfile', () => {
    const fixtures = fs
      .readdirSync(DIR, { recursive: true, encoding: 'utf8' })
      .filter(f => f.endsWith('.Dockerfile'))
      .sort();
    expect(Object.keys(ORACLE.files).sort()).toEqual(fixtures);
    expect(Object.keys(readOracle('buildkit-oracle-reachable.json').files).sort()).toEqual(fixtures);
  });

  test.each(Object.keys(ORACLE.files))('%s: the images BuildKit pulls, no more', file => {
    const want = ORACLE.files[file];
    const got = ours(file);
    // Where BuildKit fails the build, it pulls nothing and we say why at the line; elsewhere we are silent.
    const refused = oracleRefuses(file);
    expect(got.images).toEqual(refused ? [] : want.images.map(i => JSON.stringify(i)).sort());
    expect(got.warnings).toHaveLength(refused ? 1 : 0);
  });

  test.each(Object.keys(ORACLE_ARGS.files))('%s, with the build arguments its build passes', file => {
    expect(ORACLE.files[file].error).toBeDefined();
    const want = ORACLE_ARGS.files[file];
    const got = ours(file, undefined, ORACLE_ARGS.buildArgs);
    expect(got.images).toEqual(want.error ? [] : want.images.map(i => JSON.stringify(i)).sort());
    expect(got.warnings).toHaveLength(want.error ? 1 : 0);
  });

  // The same oracle recording the images BuildKit loads: those of the stages the target reaches.
  const REACHABLE = readOracle('buildkit-oracle-reachable.json');
  test.each(Object.keys(REACHABLE.files))(
    '%s: built for its last stage, the images that build loads',
    file => {
      const want = REACHABLE.files[file];
      const got = ours(file, undefined, REACHABLE.buildArgs, '');
      const refused = oracleRefuses(file);
      expect(got.images).toEqual(refused ? [] : want.images.map(i => JSON.stringify(i)).sort());
      expect(got.warnings).toHaveLength(refused ? 1 : 0);
    }
  );

  test('Azure cni built with --target linux loads its Linux images, not the Windows base', () => {
    const oracle = readOracle('buildkit-oracle-target-linux.json');
    const file = 'azure-container-networking/cni.Dockerfile';
    const got = ours(file, undefined, oracle.buildArgs, 'linux');
    expect(got.images).toEqual(oracle.files[file].images.map(i => JSON.stringify(i)).sort());
    expect(got.images.join()).not.toContain('windows');
    // Every stage's images, as before, when no target is given.
    expect(ours(file, undefined, oracle.buildArgs).images.join()).toContain('windows');
    // A target that names no stage: BuildKit refuses the build.
    expect(ours(file, undefined, oracle.buildArgs, 'linux-arm').warnings[0].message).toBe(
      'target stage linux-arm could not be found: BuildKit refuses the build, so no image of this file is checked'
    );
  });

  test('ingress-nginx chroot: with BASE_IMAGE unset the build fails at its FROM, naming the argument', () => {
    expect(ours('ingress-nginx/rootfs-chroot.Dockerfile').warnings).toEqual([
      {
        file: 'ingress-nginx/rootfs-chroot.Dockerfile',
        line: 17,
        message:
          'FROM ${BASE_IMAGE} is empty (build argument BASE_IMAGE not set): BuildKit refuses the build, so no image of this file is checked'
      }
    ]);
  });

  test('Azure ipv6-hp-bpf: FROM --platform=linux/${ARCH} with ARCH unset is "linux/", which BuildKit refuses', () => {
    const file = 'azure-container-networking/ipv6-hp-bpf-2026.Dockerfile';
    const [w] = ours(file, ['linux/amd64', 'linux/arm64']).warnings;
    expect(w.line).toBe(4);
    expect(w.message).toMatch(
      /^FROM --platform=linux\/\$\{ARCH\} gives "linux\/" \(build argument ARCH not set\), not a platform: "" is not a platform part/
    );
    // Given ARCH, the Go image is pulled for that platform alone, whatever the target.
    const amd64 = ours(file, ['linux/amd64', 'linux/arm64'], { ARCH: 'amd64' });
    expect(amd64.images.filter(i => i.includes('golang'))[0]).toContain('"linux/amd64"');
  });

  test('a word form newer than the oracle is no error where the file asks for a newer frontend', () => {
    // longhorn-manager asks for dockerfile 1.26 and writes ${TARGETPLATFORM#linux/}, which the
    // oracle's frontend (dockerfile 1.5, BuildKit v0.11.6) refuses and dockerfile 1.7+ expands.
    const file = 'longhorn-manager/package.Dockerfile';
    expect(ORACLE.files[file].error).toMatch(/missing ':' in substitution/);
    expect(oracleRefuses(file)).toBe(false);
    expect(ours(file).warnings).toEqual([]);
  });
});

// The oracle's frontend is dockerfile 1.5: a word form that came with 1.7 (${VAR#x}, ${VAR%x},
// ${VAR/x/y}) is refused by it but not by the newer frontend a file's syntax line asks for.
const SUBSTITUTION_ERROR = /missing ':' in substitution/;
function oracleRefuses(file: string): boolean {
  const error = ORACLE.files[file].error;
  if (error === undefined) return false;
  if (!SUBSTITUTION_ERROR.test(error)) return true;
  const text = fs.readFileSync(path.join(DIR, file), 'utf8');
  const m = /^#\s*syntax\s*=\s*docker\/dockerfile:(\d+)\.(\d+)/m.exec(text);
  return !m || Number(m[1]) * 1000 + Number(m[2]) < 1007;
}

describe('Dockerfile scanner on what the old one missed', () => {
  test('COPY --from=<image> takes the CSI sidecars a driver image copies its binaries from', () => {
    const r = ours('dynatrace-operator/operator.Dockerfile');
    expect(r.images.filter(i => i.includes('sig-storage'))).toHaveLength(2);
  });

  test('RUN --mount=from=<image> is a pulled image too', () => {
    expect(ours('buildkit/vendor.Dockerfile').images).toContain(
      JSON.stringify(['docker.io/crazymax/gomod-updates:latest', ''])
    );
  });

  test('a quoted ARG default loses its quotes, and a platform-chosen stage is no image', () => {
    const r = ours('buildkit/archutil.Dockerfile', ['linux/amd64', 'linux/arm64']);
    expect(r.warnings).toEqual([]);
    expect(r.images.some(i => i.includes('exit-loong64'))).toBe(false);
  });

  test('a FROM that is no image reference is a warning at its line, and an input with no image fails', async () => {
    const r = scanDockerfiles(['rook/ceph.Dockerfile'], { cwd: DIR });
    expect(r.images).toEqual([]);
    expect(r.warnings).toEqual([
      {
        file: 'rook/ceph.Dockerfile',
        line: 16,
        message: expect.stringMatching(
          /^FROM BASEIMAGE gives "BASEIMAGE", not an image reference: .*lowercase/
        )
      }
    ]);
    const collect = collectReferences(
      { manifests: [], dockerfiles: ['rook/ceph.Dockerfile'], buildArgs: {}, cwd: DIR },
      { exec: () => Promise.reject(new Error('no tool runs for a Dockerfile')) }
    );
    await expect(collect).rejects.toThrow(CheckError);
    await expect(collect).rejects.toThrow(
      /no container image found in dockerfiles rook\/ceph.Dockerfile .*:16: FROM BASEIMAGE/
    );
  });
});

describe('BuildKit word expansion', () => {
  // BuildKit's own test table: `platform | word | expansion or "error"` with these variables.
  const vars = new Map([
    ['PWD', '/home'],
    ['SHELL', 'bash'],
    ['KOREAN', '한국어'],
    ['NULL', '']
  ]);
  const rows = fs
    .readFileSync(path.join(DIR, 'buildkit', 'envVarTest'), 'utf8')
    .split('\n')
    .filter(l => l.trim() && !l.startsWith('#'))
    .map(l => l.split('|').map(s => s.trim()))
    .filter(([platform]) => platform !== 'W');

  test('the table is there', () => expect(rows.length).toBeGreaterThan(200));

  test.each(rows)('%s %s → %s', (_platform, word, want) => {
    const run = () => expandWord(word, vars).value;
    if (want === 'error') expect(run).toThrow();
    else expect(run()).toBe(want);
  });

  test('an unset variable expands to nothing and is named', () => {
    expect(expandWord('${R}alpine:${T:-3}$U', new Map())).toEqual({ value: 'alpine:3', unset: ['R', 'U'] });
  });
});

describe('Dockerfile scanner: build arguments and target platforms', () => {
  test('an ARG with no default is empty until a build argument gives it; BuildKit refuses the build till then', () => {
    const text = 'ARG BASE_IMAGE\nARG TAG=1\nFROM $BASE_IMAGE\nFROM x:${TAG-2}\n';
    // The FROM of line 4 is fine, but BuildKit reads every FROM first: the build fails at line 3.
    expect(dockerfileImages(text, 'D').images).toEqual([]);
    expect(dockerfileImages(text, 'D').warnings).toEqual([
      {
        file: 'D',
        line: 3,
        message:
          'FROM $BASE_IMAGE is empty (build argument BASE_IMAGE not set): BuildKit refuses the build, so no image of this file is checked'
      }
    ]);
    const given = dockerfileImages(text, 'D', { BASE_IMAGE: 'quay.io/ceph/ceph:v19', TAG: '3' });
    expect(given.images.map(i => i.reference)).toEqual(['quay.io/ceph/ceph:v19', 'x:3']);
    expect(given.warnings).toEqual([]);
  });

  test('TARGETARCH picks an image per platform, each needed on its own platform only', () => {
    const text =
      'ARG TARGETARCH\nFROM example.com/base-${TARGETARCH}:1\nFROM --platform=$BUILDPLATFORM golang:1.22\n';
    const r = dockerfileImages(text, 'D', {}, ['linux/amd64', 'linux/arm64']);
    expect(r.images.map(i => [i.reference, i.source.platforms])).toEqual([
      ['example.com/base-amd64:1', ['linux/amd64']],
      ['example.com/base-arm64:1', ['linux/arm64']],
      ['golang:1.22', undefined]
    ]);
  });

  test('COPY --from with a variable is refused by BuildKit: a warning, and no image of the file', () => {
    const r = dockerfileImages('ARG X=busybox\nFROM alpine\nCOPY --from=$X / /\n', 'D');
    expect(r.images).toEqual([]);
    expect(r.warnings).toEqual([
      { file: 'D', line: 3, message: expect.stringContaining('BuildKit expands no variable there') }
    ]);
  });
});
