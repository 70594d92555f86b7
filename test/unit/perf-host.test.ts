// The runner facts of a perf record: the CPU model from /proc/cpuinfo, which names x86 models
// but gives arm64 cores only as implementer and part numbers.
import { cpuModel } from '../../actions/lib/e2e/perf/host';

test('an x86 cpuinfo names its model', () => {
  const text = 'processor\t: 0\nvendor_id\t: AuthenticAMD\nmodel name\t: AMD EPYC 7763 64-Core Processor\n';
  expect(cpuModel(text)).toBe('AMD EPYC 7763 64-Core Processor');
});

test.each([
  ['0xd49', 'Neoverse-N2'],
  ['0xd0c', 'Neoverse-N1'],
  ['0xd4f', 'Neoverse-V2'],
  ['0xfff', 'Arm part 0xfff']
])('an arm64 cpuinfo (implementer 0x41, part %s) names %s', (part, name) => {
  // The arm64 kernel's cpuinfo fields (arch/arm64/kernel/cpuinfo.c).
  const text = `processor\t: 0\nBogoMIPS\t: 2000.00\nFeatures\t: fp asimd\nCPU implementer\t: 0x41\nCPU architecture: 8\nCPU variant\t: 0x0\nCPU part\t: ${part}\nCPU revision\t: 0\n`;
  expect(cpuModel(text)).toBe(name);
});
