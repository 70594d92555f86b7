// Slow keys (genPrivateKey "rsa"/"dsa") found at any depth, in folders and packed subcharts,
// and rewritten only in what is rendered: the user's chart is never touched.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { treeListing } from '../helpers/chart-scan';
import { fastKeyOverlay, slowKeyTemplates, useFastKeys } from '../../actions/lib/verify/scan/keys';

const MAYASTOR = 'test/fixtures/charts/mayastor-2.7.1';
const ETCD_HELPERS = 'charts/etcd/templates/_helpers.tpl';
let tmp: string;
beforeEach(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'scan-keys-'))));
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** The Mayastor chart with its etcd subchart packed (`tar` lays it out as `helm package` does). */
function packedMayastor(): string {
  const dir = path.join(tmp, 'mayastor');
  fs.cpSync(MAYASTOR, dir, { recursive: true });
  execFileSync('tar', [
    '-czf',
    path.join(dir, 'charts/etcd-8.6.0.tgz'),
    '-C',
    path.join(dir, 'charts'),
    'etcd'
  ]);
  fs.rmSync(path.join(dir, 'charts/etcd'), { recursive: true });
  return dir;
}

const text = (file: string) => fs.readFileSync(file, 'utf8');

test('found in a folder subchart, and a packed subchart is named for its templates', async () => {
  expect(await slowKeyTemplates(MAYASTOR, 'chart')).toEqual([ETCD_HELPERS]);
  expect(await slowKeyTemplates(packedMayastor(), 'chart')).toEqual(['charts/etcd-8.6.0.tgz']);
  expect(await slowKeyTemplates('test/fixtures/charts/zfs-localpv-2.6.2', 'chart')).toEqual([]);
});

test('only the keys that take a prime search: rsa and dsa, in either quoting; ecdsa and ed25519 are left', async () => {
  const dir = path.join(tmp, 'c');
  fs.mkdirSync(path.join(dir, 'templates/sub'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: c\nversion: 1.0.0\n');
  fs.writeFileSync(path.join(dir, 'templates/a.yaml'), 'a: {{ genPrivateKey "rsa" | b64enc }}\n');
  fs.writeFileSync(path.join(dir, 'templates/sub/b.tpl'), '{{ genPrivateKey  `dsa` }}');
  fs.writeFileSync(
    path.join(dir, 'templates/c.yaml'),
    'c: {{ genPrivateKey "ecdsa" }} {{ genPrivateKey "ed25519" }}\n'
  );
  fs.writeFileSync(path.join(dir, 'templates/NOTES.txt'), '{{ genPrivateKey "rsa" }}');
  expect((await slowKeyTemplates(dir, 'chart')).sort()).toEqual(['templates/a.yaml', 'templates/sub/b.tpl']);
  const keys = await useFastKeys(dir, 'chart');
  expect(keys.changed).toBe(2);
  expect(text(path.join(dir, 'templates/a.yaml'))).toBe('a: {{ genPrivateKey "ecdsa" | b64enc }}\n');
  expect(text(path.join(dir, 'templates/sub/b.tpl'))).toBe('{{ genPrivateKey  "ecdsa" }}');
  keys.restore();
  expect(text(path.join(dir, 'templates/sub/b.tpl'))).toBe('{{ genPrivateKey  `dsa` }}');
});

test('the overlay links to the chart, rewrites a copy of the one template, and leaves the chart as it was', async () => {
  const chart = path.join(tmp, 'mayastor');
  fs.cpSync(MAYASTOR, chart, { recursive: true });
  const before = treeListing(chart);
  const dst = path.join(tmp, 'overlay');
  const keys = await fastKeyOverlay(chart, dst, [ETCD_HELPERS], 'chart');
  expect(keys.changed).toBe(1);
  expect(text(path.join(dst, ETCD_HELPERS))).toContain('{{ genPrivateKey "ecdsa" }}');
  expect(text(path.join(dst, ETCD_HELPERS))).not.toContain('genPrivateKey "rsa"');
  // Links everywhere else: the siblings on the path down, and the rest of the chart.
  expect(fs.readlinkSync(path.join(dst, 'values.yaml'))).toBe(path.join(chart, 'values.yaml'));
  expect(fs.readlinkSync(path.join(dst, 'charts/nats'))).toBe(path.join(chart, 'charts/nats'));
  expect(fs.lstatSync(path.join(dst, 'charts/etcd/templates/statefulset.yaml')).isSymbolicLink()).toBe(true);
  // Every file of the chart is seen through the overlay, with its own text but for the one.
  const seen = treeListing(dst).filter(l => !l.includes('->'));
  expect(seen.filter(l => !l.endsWith('dir'))).toEqual([
    expect.stringMatching(/^charts\/etcd\/templates\/_helpers\.tpl /)
  ]);
  keys.restore();
  expect(text(path.join(dst, ETCD_HELPERS))).toBe(text(path.join(chart, ETCD_HELPERS)));
  expect(treeListing(chart)).toEqual(before);
});

test('a packed subchart with a slow key is unpacked in the overlay; the user’s archive stays', async () => {
  const chart = packedMayastor();
  const before = treeListing(chart);
  const dst = path.join(tmp, 'overlay');
  const keys = await fastKeyOverlay(chart, dst, await slowKeyTemplates(chart, 'chart'), 'chart');
  expect(keys.changed).toBe(1);
  expect(fs.existsSync(path.join(dst, 'charts/etcd-8.6.0.tgz'))).toBe(false);
  const helpers = path.join(dst, 'charts/etcd-8.6.0.unpacked/templates/_helpers.tpl');
  expect(text(helpers)).toBe(
    text(path.join(MAYASTOR, ETCD_HELPERS)).replace('genPrivateKey "rsa"', 'genPrivateKey "ecdsa"')
  );
  // The whole subchart is there, its own subchart (common) and the files helm reads included.
  const unpacked = treeListing(path.join(dst, 'charts/etcd-8.6.0.unpacked')).map(l => l.split(' ')[0]);
  const original = treeListing(path.join(MAYASTOR, 'charts/etcd')).map(l => l.split(' ')[0]);
  expect(unpacked).toEqual(original);
  expect(treeListing(chart)).toEqual(before);
});

test('a template that is a symbolic link in a whole copy is not written through', async () => {
  const outside = path.join(tmp, 'outside.tpl');
  fs.writeFileSync(outside, '{{ genPrivateKey "rsa" }}');
  const copy = path.join(tmp, 'copy');
  fs.mkdirSync(path.join(copy, 'templates'), { recursive: true });
  fs.writeFileSync(path.join(copy, 'Chart.yaml'), 'apiVersion: v2\nname: c\nversion: 1.0.0\n');
  fs.symlinkSync(outside, path.join(copy, 'templates/key.tpl'));
  expect((await useFastKeys(copy, 'chart')).changed).toBe(0);
  expect(text(outside)).toBe('{{ genPrivateKey "rsa" }}');
});

test('a packed subchart with a file too big to read is still searched: only its chart files are read', async () => {
  const chart = packedMayastor();
  const dir = path.join(tmp, 'big/etcd');
  fs.mkdirSync(path.join(dir, 'files'), { recursive: true });
  fs.cpSync(path.join(MAYASTOR, 'charts/etcd'), dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'files/dashboard.json'), Buffer.alloc(5 * 1024 * 1024 + 1, 32));
  execFileSync('tar', ['-czf', path.join(chart, 'charts/etcd-8.6.0.tgz'), '-C', path.dirname(dir), 'etcd']);
  expect(await slowKeyTemplates(chart, 'chart')).toEqual(['charts/etcd-8.6.0.tgz']);
  // Unpacking reads every file: that one is refused, so the overlay is not made (the chart renders as it is).
  await expect(
    fastKeyOverlay(chart, path.join(tmp, 'overlay'), ['charts/etcd-8.6.0.tgz'], 'chart')
  ).rejects.toThrow(/dashboard\.json.*over 5242880 bytes/);
});
