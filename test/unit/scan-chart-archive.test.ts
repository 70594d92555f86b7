import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { tarOf } from '../helpers/archives';
import { scanChart } from '../../actions/lib/verify/scan/chart';
import { ConfigurationError } from '../../actions/lib/core/errors';

const LOCALPV = 'test/fixtures/charts/localpv-provisioner-4.0.0';

type Entries = Array<[string, Buffer | string]>;

/** Every file below `dir`, named `<prefix>/<relative path>` as `helm package` lays them out. */
function filesOf(dir: string, prefix: string): Entries {
  const out: Entries = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const abs = path.join(d, e.name);
      if (e.isDirectory()) walk(abs);
      else out.push([`${prefix}/${path.relative(dir, abs).split(path.sep).join('/')}`, fs.readFileSync(abs)]);
    }
  };
  walk(dir);
  return out;
}

/** A gzipped tar of `entries`, laid out as helm's packer would. */
const tgz = (entries: Entries) => tarOf(entries, true);

/** 1-based line of the first line of `file` (inside the fixture) that contains `text`. */
function lineIn(file: string, text: string): number {
  const i = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .findIndex(l => l.includes(text));
  if (i < 0) throw new Error(`${text} not in ${file}`);
  return i + 1;
}

describe('packed subcharts and umbrella overrides', () => {
  let tmp: string;
  beforeEach(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'scan-chart-tgz-'))));
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  const write = (rel: string, body: string | Buffer) => {
    fs.mkdirSync(path.dirname(path.join(tmp, rel)), { recursive: true });
    fs.writeFileSync(path.join(tmp, rel), body);
  };
  const umbrella = (values = 'rbac: {}\n', deps = '') => {
    write('Chart.yaml', `apiVersion: v2\nname: umbrella\nversion: 1.0.0\nappVersion: 9.9.9\n${deps}`);
    write('values.yaml', values);
  };
  const show = (r: Awaited<ReturnType<typeof scanChart>>) =>
    r.images.map(i => `${i.reference} ${i.source.file}:${i.source.line}`);

  const helperLine = lineIn(`${LOCALPV}/values.yaml`, 'helperPod:') + 1;
  const localpvLine = lineIn(`${LOCALPV}/values.yaml`, 'localpv:') + 3;

  test('a packed localpv-provisioner is read like an unpacked one, with archive:file:line sources', async () => {
    umbrella();
    write('charts/localpv-provisioner-4.0.0.tgz', await tgz(filesOf(LOCALPV, 'localpv-provisioner')));
    const packed = await scanChart(tmp, { cwd: tmp });

    const at = 'charts/localpv-provisioner-4.0.0.tgz:localpv-provisioner/values.yaml';
    expect(show(packed)).toEqual([
      `openebs/provisioner-localpv:4.0.0 ${at}:${localpvLine}`,
      `openebs/linux-utils:4.0.0 ${at}:${helperLine}`
    ]);
    // Same images and lines as the fixture scanned as a directory.
    const unpacked = await scanChart(LOCALPV);
    expect(packed.images.map(i => [i.reference, i.source.line])).toEqual(
      unpacked.images.map(i => [i.reference, i.source.line])
    );
    expect(packed.notes).toEqual([]);
  });

  test('annotation, images.txt, template images and pins come out of the archive; other files are not read', async () => {
    umbrella();
    const big = Buffer.alloc(6 * 1024 * 1024, 0x41);
    write(
      'charts/sub-1.2.3.tgz',
      await tgz([
        [
          'sub/Chart.yaml',
          'apiVersion: v2\nname: sub\nversion: 1.2.3\nannotations:\n  helm.sh/images: |\n    - name: a\n      image: quay.io/a/b:1\n'
        ],
        ['sub/images.txt', '# list\nnats:2.9.17-alpine\n'],
        [
          'sub/templates/ds.yaml',
          'spec:\n  nodeSelector:\n    kubernetes.io/arch: amd64\n  containers:\n    - image: busybox:1.36\n'
        ],
        ['sub/templates/_h.tpl', '{{- define "x" -}}\nimage: "{{ .Values.x }}"\n{{- end }}\n'],
        // Large files the scan never needs are drained, not held nor refused.
        ['sub/files/blob.bin', big],
        ['sub/README.md', big]
      ])
    );
    const r = await scanChart(tmp, { cwd: tmp });
    expect(show(r)).toEqual([
      'quay.io/a/b:1 charts/sub-1.2.3.tgz:sub/Chart.yaml:7',
      'nats:2.9.17-alpine charts/sub-1.2.3.tgz:sub/images.txt:2',
      'busybox:1.36 charts/sub-1.2.3.tgz:sub/templates/ds.yaml:5'
    ]);
    expect(r.pins.map(p => `${p.file}:${p.line} ${p.values}`)).toEqual([
      'charts/sub-1.2.3.tgz:sub/templates/ds.yaml:3 amd64'
    ]);
  });

  test('a packed subchart inside a packed subchart (and an unpacked one inside) is read recursively', async () => {
    umbrella();
    const inner = await tgz(filesOf(LOCALPV, 'localpv-provisioner'));
    write(
      'charts/mid-2.0.0.tgz',
      await tgz([
        ['mid/Chart.yaml', 'apiVersion: v2\nname: mid\nversion: 2.0.0\n'],
        ['mid/values.yaml', 'image:\n  repository: org/mid\n  tag: "2"\n'],
        ['mid/charts/localpv-provisioner-4.0.0.tgz', inner],
        ['mid/charts/plain/Chart.yaml', 'apiVersion: v2\nname: plain\nversion: 1.0.0\n'],
        ['mid/charts/plain/values.yaml', 'x:\n  image: plain/img:3\n']
      ])
    );
    const r = await scanChart(tmp, { cwd: tmp });
    const deep =
      'charts/mid-2.0.0.tgz:mid/charts/localpv-provisioner-4.0.0.tgz:localpv-provisioner/values.yaml';
    expect(show(r)).toEqual([
      'org/mid:2 charts/mid-2.0.0.tgz:mid/values.yaml:1',
      `openebs/provisioner-localpv:4.0.0 ${deep}:${localpvLine}`,
      `openebs/linux-utils:4.0.0 ${deep}:${helperLine}`,
      'plain/img:3 charts/mid-2.0.0.tgz:mid/charts/plain/values.yaml:2'
    ]);
  });

  test('an entry the scan needs that exceeds the cap is a named error', async () => {
    umbrella();
    write(
      'charts/fat-1.0.0.tgz',
      await tgz([
        ['fat/Chart.yaml', 'apiVersion: v2\nname: fat\nversion: 1.0.0\n'],
        ['fat/values.yaml', `a: ${'x'.repeat(2048)}\n`]
      ])
    );
    const err = await scanChart(tmp, { cwd: tmp, maxArchiveEntry: 1024 }).catch((e: Error) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as Error).message).toBe(
      'Input "chart" has an invalid value "charts/fat-1.0.0.tgz:fat/values.yaml": the entry is 2052 bytes; chart archive entries over 1024 bytes are not read'
    );
    // Under the default cap (4 MiB) the same archive is fine.
    expect((await scanChart(tmp, { cwd: tmp })).images.map(i => i.reference)).toEqual([]);
  });

  test.each([
    ['not gzip at all', Buffer.from('this is not a chart\n')],
    ['an empty file', Buffer.alloc(0)],
    ['a truncated archive', 'truncate']
  ])('a corrupt .tgz (%s) is a named error without a stack', async (_name, body) => {
    umbrella();
    const bytes =
      body === 'truncate'
        ? (await tgz(filesOf(LOCALPV, 'localpv-provisioner'))).subarray(0, 200)
        : (body as Buffer);
    write('charts/broken-1.0.0.tgz', bytes);
    const err = await scanChart(tmp, { cwd: tmp }).catch((e: Error) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as Error).message).toMatch(
      /^Input "chart" has an invalid value "charts\/broken-1.0.0.tgz": not a readable chart archive \(.+\)$/
    );
  });

  test('an archive with no Chart.yaml is a named error', async () => {
    umbrella();
    write('charts/odd-1.0.0.tgz', await tgz([['odd/values.yaml', 'a: 1\n']]));
    await expect(scanChart(tmp, { cwd: tmp })).rejects.toThrow(
      'Input "chart" has an invalid value "charts/odd-1.0.0.tgz": the chart archive has no Chart.yaml'
    );
  });

  test("umbrella values under the subchart's name override its image block; both places are kept", async () => {
    umbrella(
      [
        'localpv-provisioner:',
        '  helperPod:',
        '    image:',
        '      registry: mirror.example/',
        '      tag: 4.0.1',
        '  localpv:',
        '    image: other/provisioner:7',
        ''
      ].join('\n')
    );
    write('charts/localpv-provisioner-4.0.0.tgz', await tgz(filesOf(LOCALPV, 'localpv-provisioner')));
    const r = await scanChart(tmp, { cwd: tmp });
    const at = 'charts/localpv-provisioner-4.0.0.tgz:localpv-provisioner/values.yaml';
    expect(r.images).toEqual([
      {
        reference: 'other/provisioner:7',
        source: { file: at, line: localpvLine },
        written: 'openebs/provisioner-localpv:4.0.0',
        overrides: [{ file: 'values.yaml', line: 7 }],
        how: 'values',
        chart: 'umbrella/localpv-provisioner'
      },
      {
        reference: 'mirror.example/openebs/linux-utils:4.0.1',
        source: { file: at, line: helperLine },
        written: 'openebs/linux-utils:4.0.0',
        overrides: [
          { file: 'values.yaml', line: 4 },
          { file: 'values.yaml', line: 5 }
        ],
        how: 'values',
        chart: 'umbrella/localpv-provisioner'
      }
    ]);
  });

  test('an alias names the values key; the outermost parent wins; null unsets', async () => {
    umbrella(
      ['lp:', '  helperPod:', '    image:', '      tag: null', ''].join('\n'),
      'dependencies:\n  - name: localpv-provisioner\n    alias: lp\n    version: 4.0.0\n'
    );
    write('charts/localpv-provisioner/Chart.yaml', fs.readFileSync(`${LOCALPV}/Chart.yaml`));
    write('charts/localpv-provisioner/values.yaml', fs.readFileSync(`${LOCALPV}/values.yaml`));
    const r = await scanChart(tmp, { cwd: tmp });
    const helper = r.images.find(i => i.source.line === helperLine);
    // With its tag unset, the template's default applies: the subchart's appVersion.
    expect(helper?.reference).toBe('openebs/linux-utils:4.0.0');
    expect(helper?.overrides).toEqual([{ file: 'values.yaml', line: 4 }]);

    // Two levels: the mid-level chart's override of its subchart is beaten by the umbrella's.
    write(
      'charts/localpv-provisioner/values.yaml',
      fs.readFileSync(`${LOCALPV}/values.yaml`, 'utf8') +
        'sub:\n  image:\n    repository: s/s\n    tag: "1"\n'
    );
    write(
      'charts/localpv-provisioner/Chart.yaml',
      fs.readFileSync(`${LOCALPV}/Chart.yaml`, 'utf8') + 'dependencies:\n  - name: sub\n'
    );
    write('charts/localpv-provisioner/charts/sub/Chart.yaml', 'apiVersion: v2\nname: sub\nversion: 1.0.0\n');
    write('charts/localpv-provisioner/charts/sub/values.yaml', 'image:\n  repository: s/s\n  tag: "0"\n');
    write('values.yaml', 'lp:\n  sub:\n    image:\n      tag: "2"\n');
    const nested = await scanChart(tmp, { cwd: tmp });
    const sub = nested.images.find(
      i => i.source.file === 'charts/localpv-provisioner/charts/sub/values.yaml'
    );
    expect(sub).toEqual({
      reference: 's/s:2',
      source: { file: 'charts/localpv-provisioner/charts/sub/values.yaml', line: 1 },
      written: 's/s:0',
      overrides: [{ file: 'values.yaml', line: 4 }],
      how: 'values',
      chart: 'umbrella/localpv-provisioner/sub'
    });
    // The override blocks are applied to the subcharts, not reported again from the parents.
    expect(nested.images.map(i => i.reference)).toEqual([
      'openebs/provisioner-localpv:4.0.0',
      'openebs/linux-utils:4.0.0',
      's/s:2'
    ]);
  });

  test('global.imageRegistry fills a block with no registry, only in charts whose templates read it', async () => {
    umbrella('global:\n  imageRegistry: mirror.example\n');
    write('charts/reads/Chart.yaml', 'apiVersion: v2\nname: reads\nversion: 1.0.0\n');
    write(
      'charts/reads/values.yaml',
      'a:\n  image:\n    registry: ""\n    repository: org/a\n    tag: "1"\nb:\n  image:\n    registry: quay.io\n    repository: org/b\n    tag: "1"\n'
    );
    write(
      'charts/reads/templates/d.yaml',
      'image: "{{ .Values.a.image.registry | default .Values.global.imageRegistry }}/{{ .Values.a.image.repository }}"\n'
    );
    write('charts/ignores/Chart.yaml', 'apiVersion: v2\nname: ignores\nversion: 1.0.0\n');
    write('charts/ignores/values.yaml', 'image:\n  repository: org/c\n  tag: "1"\n');
    const r = await scanChart(tmp, { cwd: tmp });
    expect(r.images.map(i => [i.reference, i.written, i.overrides])).toEqual([
      ['org/c:1', undefined, undefined],
      ['mirror.example/org/a:1', 'org/a:1', [{ file: 'values.yaml', line: 2 }]],
      ['quay.io/org/b:1', undefined, undefined]
    ]);
  });
});
