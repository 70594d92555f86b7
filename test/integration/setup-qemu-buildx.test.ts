import * as fs from 'fs';
import * as path from 'path';
import { requireLab } from '../lab/lab';
import { runActionProcess } from '../helpers/action';
import {
  addFixBinaryFlag,
  hostDeps,
  readBinfmtEntry,
  runProbe,
  setupQemu
} from '../../actions/lib/setup/qemu';
import { parsePlatforms } from '../../actions/lib/oci/platform';
import { probePlatforms } from '../../actions/lib/setup/probes';

const root = path.join(__dirname, '..', '..');
const bundle = path.join(root, 'dist', 'setup-qemu-buildx', 'index.js');

beforeAll(() => {
  requireLab();
});

describe('setup-qemu-buildx as the runner runs it (x86-64 host)', () => {
  test('amd64 is native, arm64 is emulated, and the arm64 probe ran', () => {
    const res = runActionProcess(bundle, { platforms: 'linux/amd64,linux/arm64', buildx: 'false' });
    expect(res.stdout).not.toContain('::error');
    expect(res.status).toBe(0);
    expect(res.outputs['native-platforms']).toBe('linux/amd64');
    expect(res.outputs['emulated-platforms']).toBe('linux/arm64');
    expect(res.outputs.platforms).toBe('linux/amd64,linux/arm64');
    expect(res.stdout).toMatch(/linux\/arm64: emulated \(qemu [0-9.]+\), probe passed/);
    expect(res.summary).toContain('<code>linux/arm64</code></td><td>emulated</td>');
    expect(res.summary).toMatch(
      /linux\/arm64<\/code><\/td><td>emulated<\/td><td>qemu [0-9.]+<\/td><td>✅ passed/
    );
  });

  test('a bad platform is a named error without a stack trace', () => {
    const res = runActionProcess(bundle, { platforms: 'linux/arm65' });
    expect(res.status).toBe(1);
    expect(res.stdout).toContain('::error::Input "platforms" has an invalid value "linux/arm65"');
    expect(res.stdout).not.toMatch(/^\s+at /m);
  });

  test('qemu=false names the platform it cannot vouch for', () => {
    const res = runActionProcess(bundle, {
      platforms: 'linux/amd64,linux/mips64le',
      qemu: 'false',
      buildx: 'false'
    });
    expect(res.status).toBe(1);
    expect(res.stdout).toMatch(
      /::error::Input "qemu" is "false", but this linux\/amd64 runner cannot run linux\/mips64le/
    );
  });
});

describe('probes under the real binfmt_misc', () => {
  // Debian registers no qemu-i386 on x86-64 hosts, and this kernel has no IA-32 support.
  test.each(probePlatforms().filter(p => p !== 'linux/386'))('%s probe executes', async platform => {
    const outcome = await runProbe(platform);
    expect(outcome.detail).toBe('probe ran');
    expect(outcome.ok).toBe(true);
  });

  test('setupQemu reports per-platform probe results with the emulator version', async () => {
    const result = await setupQemu({
      platforms: parsePlatforms(['linux/amd64', 'linux/arm64', 'linux/riscv64']),
      qemu: 'auto',
      binfmtSource: 'host',
      binfmtImage: 'unused',
      verify: true
    });
    expect(result.native).toEqual(['linux/amd64']);
    expect(result.emulated).toEqual(['linux/arm64', 'linux/riscv64']);
    for (const row of result.rows) expect(row.probe).toBe('passed');
    expect(result.rows.find(r => r.platform === 'linux/riscv64')!.emulator).toMatch(/^qemu \d/);
  });
});

describe('the host fallback writes binfmt_misc through tee', () => {
  // A throwaway entry for an ELF machine nothing uses (0xfefe), so no real emulator is touched.
  const name = `archtest${process.pid}`;
  const entry = `/proc/sys/fs/binfmt_misc/qemu-${name}`;
  const magic =
    '\\x7f\\x45\\x4c\\x46\\x02\\x01\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x02\\x00\\xfe\\xfe';
  const mask =
    '\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\x00\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xfe\\xff\\xff\\xff';

  afterEach(() => {
    if (fs.existsSync(entry)) fs.writeFileSync(entry, '-1');
  });

  test('an entry without the F flag is registered again with it, as the kernel reads it', async () => {
    fs.writeFileSync('/proc/sys/fs/binfmt_misc/register', `:qemu-${name}:M:0:${magic}:${mask}:/bin/false:P`);
    expect(readBinfmtEntry(name)).toMatchObject({ enabled: true, flags: 'P' });
    const before = fs.readFileSync(entry, 'utf8');
    await addFixBinaryFlag(hostDeps(), name);
    expect(readBinfmtEntry(name)).toEqual({ enabled: true, interpreter: '/bin/false', flags: 'PF' });
    expect(fs.readFileSync(entry, 'utf8')).toBe(before.replace('flags: P\n', 'flags: PF\n'));
  });
});
