import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  chooseKubeVersion,
  helmTemplateArgs,
  scanRendered,
  sourceOf
} from '../../actions/lib/verify/scan/render';
import { accepts } from '../../actions/lib/verify/scan/deps';
import { parseRange } from '../../actions/lib/verify/scan/semver';
import { containerImages, looksLikeImage } from '../../actions/lib/verify/scan/workload';
import { indentQuotedContinuations, parseYamlText } from '../../actions/lib/verify/scan/yaml';

describe('semver ranges as helm reads kubeVersion', () => {
  test.each([
    ['>=1.34.0-0', '1.34.0', true],
    ['>=1.34.0-0', '1.33.1', false],
    ['>= 1.20.0-0 < 1.30.0', '1.29.9', true],
    ['>= 1.20.0-0 < 1.30.0', '1.30.0', false],
    ['~1.28', '1.28.7', true],
    ['~1.28', '1.29.0', false],
    ['^1.25.0', '1.40.0', true],
    ['1.25 - 1.27', '1.27.9', true],
    ['1.25 - 1.27', '1.28.0', false],
    ['<1.20 || >=1.30', '1.31.0', true],
    ['1.2.x', '1.2.9', true],
    ['!=1.30.0', '1.30.0', false]
  ])('%s accepts %s: %s', (range, version, ok) => {
    expect(parseRange(range)?.(version)).toBe(ok);
  });

  test('the kube version: the baseline when it fits, else the nearest release that does', () => {
    expect(chooseKubeVersion(undefined, '1.33.1')).toBe('1.33.1');
    expect(chooseKubeVersion('>=1.25.0-0', '1.33.1')).toBe('1.33.1');
    expect(chooseKubeVersion('>=1.34.0-0', '1.33.1')).toBe('1.34.0');
    expect(chooseKubeVersion('<1.30.0', '1.33.1')).toBe('1.29.0');
  });
});

describe('a dependency range takes a vendored version as helm does', () => {
  test.each([
    ['0.19.14', '0.19.14', true],
    ['0.19.14', '0.19.13', false],
    ['^2.15.2', '2.16.0', true],
    ['^2.15.2', '2.14.0', false],
    ['~6.43.0', '6.43.9', true],
    ['2.8.0', '2.8.0-develop', false],
    ['>=2.8.0-0', '2.8.0-develop', true],
    ['', '1.0.0', false]
  ])('%s takes %s: %s', (range, version, ok) => expect(accepts(range, version)).toBe(ok));
});

describe('helm template output', () => {
  test('argv: CRDs, kube version, values then set in order', () => {
    const o = {
      dir: '/c',
      display: 'c',
      helm: 'helm',
      values: ['/a.yaml', '/b.yaml'],
      set: ['x=1'],
      kubeVersion: '1.34.0'
    };
    expect(helmTemplateArgs(o)).toEqual([
      'template',
      'arch-actions-verify',
      '/c',
      '--include-crds',
      '--kube-version',
      '1.34.0',
      '--values',
      '/a.yaml',
      '--values',
      '/b.yaml',
      '--set',
      'x=1'
    ]);
  });

  test('a # Source path names the subchart and the file', () => {
    expect(sourceOf('mayastor/charts/etcd/templates/sts.yaml')).toEqual({
      chart: 'mayastor/etcd',
      file: 'charts/etcd/templates/sts.yaml'
    });
    expect(sourceOf('top/templates/charts/x.yaml')).toEqual({
      chart: 'top',
      file: 'templates/charts/x.yaml'
    });
  });

  test('images point at their template line; CRD schemas are not read', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'render-'));
    fs.mkdirSync(path.join(tmp, 'templates'));
    fs.writeFileSync(
      path.join(tmp, 'templates/dep.yaml'),
      'kind: Deployment\nspec:\n  x: 1\n  containers:\n    - image: {{ .Values.image }}\n'
    );
    const text = [
      '---',
      '# Source: app/crds/crd.yaml',
      'kind: CustomResourceDefinition',
      'spec:\n  containers:\n    - image: not/an:image',
      '---',
      '# Source: app/templates/dep.yaml',
      'kind: Deployment',
      'spec:\n  containers:\n    - image: x/y:1\n      args: ["--helper-image=h/h:2"]'
    ].join('\n');
    const r = scanRendered(text, { dir: tmp, display: 'chart' });
    expect(r.images.map(i => `${i.reference} ${i.how} ${i.chart} ${i.source.file}:${i.source.line}`)).toEqual(
      ['x/y:1 rendered app chart/templates/dep.yaml:5', 'h/h:2 indirect app chart/templates/dep.yaml:1']
    );
    fs.rmSync(tmp, { recursive: true, force: true });
  });
});

describe('images of pod specs and the ones handed to containers', () => {
  test('containers, init and ephemeral containers, a CronJob, env and args in every form', () => {
    const doc = `kind: CronJob
spec:
  jobTemplate:
    spec:
      template:
        spec:
          initContainers: [{ image: "i/i:1" }]
          ephemeralContainers: [{ image: "e/e:1" }]
          containers:
            - image: c/c:1
              env:
                - { name: CSI_ATTACHER_IMAGE, value: "a/a:1" }
                - { name: IMAGE_PULL_POLICY, value: IfNotPresent }
                - { name: HELPER_IMAGE, value: "latest" }
              command: ["manager", "--engine-image", "g/g:1", "--share-manager-image=s/s:1"]
              args: ["sh -c 'run --instance-manager-image m/m:1'", "--image-pull-policy=Always"]
`;
    const images = containerImages(parseYamlText(doc, 'f'));
    expect(images.map(i => `${i.reference} ${i.how}`)).toEqual([
      'i/i:1 direct',
      'e/e:1 direct',
      'c/c:1 direct',
      'a/a:1 indirect',
      'g/g:1 indirect',
      's/s:1 indirect',
      'm/m:1 indirect'
    ]);
  });

  test.each([
    ['docker.io/a/b:1', true],
    ['a/b', true],
    ['IfNotPresent', false],
    ['http://x/y:1', false],
    ['/usr/bin/x', false],
    ['{{ .Values.x }}', false]
  ])('%s looks like an image: %s', (s, ok) => expect(looksLikeImage(s)).toBe(ok));
});

describe('YAML as kubectl reads it', () => {
  test('a quoted scalar continued at its key’s indentation is read, lines kept', () => {
    const text = "a:\n  description: 'one\n  two'\n  type: string\n";
    expect(indentQuotedContinuations(text)).toBe("a:\n  description: 'one\n   two'\n  type: string\n");
    const parsed = parseYamlText(text, 'crd.yaml');
    expect(parsed.warnings).toEqual([]);
    expect(parsed.docs[0].toJS()).toEqual({ a: { description: 'one two', type: 'string' } });
  });

  test('a broken document is skipped with a warning; the others are read', () => {
    const parsed = parseYamlText('a: 1\n---\nb: [1,\n---\nc: 3\n', 'm.yaml');
    expect(parsed.docs.map(d => d.toJS())).toEqual([{ a: 1 }, { c: 3 }]);
    expect(parsed.warnings).toHaveLength(1);
    expect(parsed.warnings[0]).toMatchObject({
      file: 'm.yaml',
      message: expect.stringMatching(/^broken YAML/)
    });
  });
});
