// Issue 26 acceptance 1: Fluid's charts link `charts/library` to a sibling library chart, as
// their repository commits them. helm follows the link; the scan renders them as helm does,
// every time (a duplicate `library` chart beside the linked one made the result depend on
// which of the two helm loaded last).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { quietRun } from '../../actions/lib/core/exec';
import { collectReferences } from '../../actions/lib/verify/targets';
import { directorySource, MAX_CHART_ENTRY_BYTES } from '../../actions/lib/verify/scan/chart-archive';
import { dependencyProblems } from '../../actions/lib/verify/scan/deps';
import { slowKeyTemplates } from '../../actions/lib/verify/scan/keys';
import { requireLab } from '../lab/lab';
import { collectChart, refs, treeListing } from '../helpers/chart-scan';
import { helmTemplate, kubectlObjects, oracle } from '../helpers/helm-oracle';

jest.setTimeout(300_000);

const FLUID = 'test/fixtures/charts/fluid-symlinked-library';
let tmp: string;

beforeAll(() => {
  requireLab();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'verify-symlinked-'));
  // The same charts with the dependency asking for the library's own version: the link alone is tested.
  fs.cpSync(FLUID, path.join(tmp, 'fluid'), { recursive: true, verbatimSymlinks: true });
  for (const chart of ['alluxio', 'juicefs']) {
    const file = path.join(tmp, 'fluid', chart, 'Chart.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/version: "0\.2\.0"/, 'version: "0.2.1"'));
  }
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

test('the fixture links charts/library to the sibling library chart, as Fluid commits it', () => {
  for (const chart of ['alluxio', 'juicefs'])
    expect(fs.readlinkSync(path.join(FLUID, chart, 'charts/library'))).toBe('../../library');
});

test.each([
  [`${FLUID}/alluxio`, 1],
  [`${FLUID}/juicefs`, 2],
  ['fluid/alluxio', 1],
  ['fluid/juicefs', 2]
])('%s renders and scans 20 times in a row as helm template renders it', async (chart, count) => {
  const dir = chart.startsWith('fluid/') ? path.join(tmp, chart) : chart;
  const before = treeListing(path.dirname(dir));
  const first = await collectChart(dir);
  const expected = oracle(kubectlObjects(helmTemplate(dir, first.chart?.kubeVersion ?? '')));
  expect(expected).toHaveLength(count);
  const seen: string[] = [];
  for (let i = 0; i < 20; i++) {
    const found = i ? await collectChart(dir) : first;
    seen.push(`${found.chart?.rendered} ${refs(found).join(' ')} ${found.chart?.missingDependencies.length}`);
  }
  expect(new Set(seen)).toEqual(new Set([`rendered ${expected.join(' ')} 0`]));
  expect(treeListing(path.dirname(dir))).toEqual(before);
});

const problems = (dir: string) =>
  dependencyProblems(directorySource(dir, dir, 'chart', MAX_CHART_ENTRY_BYTES), dir);

test('the linked library is read as the subchart it is: no dependency is missing', async () => {
  expect(await problems(`${FLUID}/alluxio`)).toEqual([]);
  expect(await slowKeyTemplates(`${FLUID}/alluxio`, 'chart')).toEqual([]);
});

test('a link in charts/ back to a chart above it is not followed (no endless walk)', async () => {
  const dir = path.join(tmp, 'loop');
  fs.cpSync(path.join(FLUID, 'library'), path.join(dir, 'library'), { recursive: true });
  fs.cpSync(path.join(FLUID, 'alluxio'), path.join(dir, 'alluxio'), {
    recursive: true,
    verbatimSymlinks: true
  });
  fs.symlinkSync('..', path.join(dir, 'alluxio/charts/self'));
  fs.mkdirSync(path.join(dir, 'library/charts'));
  fs.symlinkSync('../../alluxio', path.join(dir, 'library/charts/back'));
  expect(await problems(path.join(dir, 'alluxio'))).toEqual([]);
  expect(await slowKeyTemplates(path.join(dir, 'alluxio'), 'chart')).toEqual([]);
  const found = await collectReferences(
    {
      chart: { chart: path.join(dir, 'alluxio'), values: [], set: [], helm: 'none' },
      manifests: [],
      dockerfiles: [],
      buildArgs: {},
      cwd: process.cwd()
    },
    { exec: quietRun }
  );
  expect(refs(found)).toContain('alluxio/alluxio-fuse');
});
