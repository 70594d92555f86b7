import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { scanManifests } from '../../actions/lib/verify/scan/manifest';
import { dockerfileImages, expandArgs } from '../../actions/lib/verify/scan/dockerfile';
import { expandGlob, globToRegExp } from '../../actions/lib/core/glob';

const MULTI = `apiVersion: apps/v1
kind: Deployment
spec:
  template:
    spec:
      initContainers:
        - name: init
          image: busybox:1.36
      containers:
        - name: app
          image: "ghcr.io/org/app:v1"
      nodeSelector:
        kubernetes.io/arch: amd64
---
apiVersion: batch/v1
kind: CronJob
spec:
  jobTemplate:
    spec:
      template:
        spec:
          containers:
            - image: registry.k8s.io/pause:3.9
          ephemeralContainers:
            - image: nicolaka/netshoot:v0.11
          affinity:
            nodeAffinity:
              requiredDuringSchedulingIgnoredDuringExecution:
                nodeSelectorTerms:
                  - matchExpressions:
                      - key: kubernetes.io/arch
                        operator: NotIn
                        values: [arm64]
---
kind: Pod
spec:
  containers:
    - image: busybox:1.36
  labels:
    kubernetes.io/arch: amd64
`;

describe('manifest scanner', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'scan-manifest-'));
    fs.mkdirSync(path.join(tmp, 'deploy/sub'), { recursive: true });
    fs.writeFileSync(path.join(tmp, 'deploy/sub/all.yaml'), MULTI);
    fs.writeFileSync(path.join(tmp, 'deploy/notes.txt'), 'image: not-yaml:1\n');
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test('containers, initContainers and ephemeralContainers in every document, with lines and pins', () => {
    const r = scanManifests(['deploy/**/*.yaml'], { cwd: tmp });
    expect(r.images.map(i => `${i.reference} ${i.source.file}:${i.source.line}`)).toEqual([
      'busybox:1.36 deploy/sub/all.yaml:8',
      'ghcr.io/org/app:v1 deploy/sub/all.yaml:11',
      'registry.k8s.io/pause:3.9 deploy/sub/all.yaml:23',
      'nicolaka/netshoot:v0.11 deploy/sub/all.yaml:25',
      'busybox:1.36 deploy/sub/all.yaml:38'
    ]);
    expect(r.pins.map(p => `${p.line} ${p.kind} ${p.values}`)).toEqual([
      '13 nodeSelector amd64',
      '31 NotIn arm64'
    ]);
  });

  test('a glob matching nothing is a named error; a broken document is a warning at file:line', () => {
    expect(() => scanManifests(['k8s/*.yaml'], { cwd: tmp })).toThrow(
      /Input "manifests" has an invalid value "k8s\/\*.yaml": no file matches it/
    );
    fs.writeFileSync(
      path.join(tmp, 'deploy/bad.yaml'),
      'kind: Pod\nspec:\n  containers:\n    - image: a:1\n---\na: [1,\n'
    );
    const r = scanManifests(['deploy/bad.yaml'], { cwd: tmp });
    expect(r.images.map(i => i.reference)).toEqual(['a:1']);
    expect(r.warnings).toEqual([
      { file: 'deploy/bad.yaml', line: 7, message: expect.stringMatching(/^broken YAML, document skipped: /) }
    ]);
  });

  test('an alias to the map that holds it is read without looping (kubectl refuses the file)', () => {
    fs.writeFileSync(
      path.join(tmp, 'deploy/cycle.yaml'),
      'kind: Pod\nspec: &s\n  containers:\n  - image: a:1\n  self: *s\n---\nx: &m\n  <<: *m\n  containers: [{image: b:2}]\n'
    );
    const r = scanManifests(['deploy/cycle.yaml'], { cwd: tmp });
    expect(r.images.map(i => `${i.reference} ${i.source.line}`)).toEqual(['a:1 4', 'b:2 9']);
  });
});

describe('Dockerfile scanner', () => {
  test('ARG defaults resolve, stage aliases and scratch are skipped, fixed --platform narrows', () => {
    const text = [
      'ARG GO=1.22',
      'ARG BASE=alpine:${ALPINE_VERSION:-3.19}',
      '# a comment',
      'FROM --platform=$BUILDPLATFORM golang:${GO} AS build',
      'RUN make \\',
      '  all',
      'FROM build AS test',
      'FROM --platform=linux/amd64 tonistiigi/xx:1.4 AS xx',
      'FROM scratch',
      'FROM ${BASE}',
      'FROM base AS base',
      ''
    ].join('\n');
    const r = dockerfileImages(text, 'Dockerfile');
    expect(r.images).toEqual([
      { reference: 'golang:1.22', source: { file: 'Dockerfile', line: 4 }, how: 'dockerfile' },
      {
        reference: 'tonistiigi/xx:1.4',
        source: { file: 'Dockerfile', line: 8, platforms: ['linux/amd64'] },
        how: 'dockerfile'
      },
      { reference: 'alpine:3.19', source: { file: 'Dockerfile', line: 10 }, how: 'dockerfile' },
      { reference: 'base', source: { file: 'Dockerfile', line: 11 }, how: 'dockerfile' }
    ]);
    expect(r.warnings).toEqual([]);
    // One FROM that expands to nothing, and BuildKit builds none of it.
    const unknown = dockerfileImages(`${text}FROM $UNKNOWN\n`, 'Dockerfile');
    expect(unknown.images).toEqual([]);
    expect(unknown.warnings).toEqual([
      {
        file: 'Dockerfile',
        line: 12,
        message:
          'FROM $UNKNOWN is empty (build argument UNKNOWN not set): BuildKit refuses the build, so no image of this file is checked'
      }
    ]);
  });

  test('build args override defaults', () => {
    expect(dockerfileImages('ARG V=1\nFROM x:$V\n', 'D', { V: '2' }).images[0].reference).toBe('x:2');
    expect(expandArgs('${A:+yes}${B:-no}', new Map([['A', '1']]))).toBe('yesno');
  });
});

describe('glob', () => {
  test.each([
    ['**/*.yaml', 'a/b/c.yaml', true],
    ['**/*.yaml', 'c.yaml', true],
    ['*.yaml', 'a/c.yaml', false],
    ['a/?.yml', 'a/b.yml', true],
    ['a/[bc].yml', 'a/d.yml', false],
    ['deploy/**', 'deploy/x/y', true]
  ])('%s vs %s', (pattern, file, expected) => {
    expect(globToRegExp(pattern).test(file)).toBe(expected);
  });

  test('expands, negates and sorts', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'glob-'));
    try {
      for (const f of ['a/x.yaml', 'a/b/y.yaml', 'a/node_modules/z.yaml', 'a/b/skip.yaml', 'Dockerfile']) {
        fs.mkdirSync(path.dirname(path.join(tmp, f)), { recursive: true });
        fs.writeFileSync(path.join(tmp, f), '');
      }
      expect(expandGlob(['a/**/*.yaml', '!a/b/skip.yaml', 'Dockerfile', 'missing'], tmp)).toEqual([
        'Dockerfile',
        'a/b/y.yaml',
        'a/x.yaml'
      ]);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
