// One platform validator: every action's platform inputs refuse the same values with the same
// message, run as the runner does (INPUT_* env, runAction(run), stdout read for `::error`).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCases } from '../helpers/cases';
import type { CaseResult } from '../helpers/run-cases';
import { parsePlatform, SUPPORTED_PLATFORMS } from '../../actions/lib/oci/platform';
import { qemuName } from '../../actions/lib/setup/qemu';

const REFUSED = ['windows/amd64', 'linux/arm64/v9', 'linux/amd64/v3', 'darwin/arm64', 'linux/arm65'];

/** Each action and input that takes platforms, with what else it needs to reach that input. */
const INPUTS: Array<[string, string, Record<string, string>]> = [
  ['actions/build-multiarch', 'platforms', { mode: 'plan' }],
  ['actions/build-multiarch', 'platform', { mode: 'shard', image: 'localhost:5000/a' }],
  [
    'actions/build-multiarch',
    'required-platforms',
    { mode: 'merge', image: 'localhost:5000/a', digests: 'x' }
  ],
  ['build', 'platforms', { image: 'localhost:5000/a' }],
  ['actions/setup-qemu-buildx', 'platforms', {}],
  ['actions/verify-platforms', 'platforms', { images: 'busybox' }],
  ['actions/run-arm64-e2e', 'platforms', { images: 'busybox' }],
  ['actions/run-arm64-e2e', 'baseline', { images: 'busybox' }]
];

/** The one `::error` line of each case, keyed by "action input value". */
const errors = new Map<string, string[]>();

beforeAll(() => {
  const actions = [...new Set(INPUTS.map(([a]) => a))];
  for (const action of actions) {
    const rows = INPUTS.filter(([a]) => a === action).flatMap(([, input, extra]) =>
      REFUSED.map(value => ({ input, value, inputs: { ...extra, [input]: value } }))
    );
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'platform-inputs-'));
    let results: CaseResult[];
    try {
      results = runCases(
        action,
        rows.map(r => ({ inputs: r.inputs })),
        dir
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    rows.forEach((r, i) =>
      errors.set(
        `${action} ${r.input} ${r.value}`,
        (results[i]?.stdout ?? '').split('\n').filter(l => l.startsWith('::error::'))
      )
    );
  }
});

describe.each(REFUSED)('%s', value => {
  const expected = (input: string) => {
    try {
      parsePlatform(value, input);
    } catch (err) {
      return `::error::${(err as Error).message}`;
    }
    throw new Error(`${value} was accepted`);
  };

  test.each(INPUTS.map(([action, input]) => [action, input]))(
    '%s %s refuses it with the shared message',
    (action, input) => {
      expect(errors.get(`${action} ${input} ${value}`)).toEqual([expected(input)]);
      expect(expected(input)).toContain(`Input "${input}" has an invalid value "${value}"`);
    }
  );
});

test('every supported platform has a QEMU emulator, so setup accepts what plan accepts', () => {
  expect(SUPPORTED_PLATFORMS.map(p => [p, qemuName(p)])).toEqual([
    ['linux/amd64', 'x86_64'],
    ['linux/arm64', 'aarch64'],
    ['linux/arm/v7', 'arm'],
    ['linux/arm/v6', 'arm'],
    ['linux/386', 'i386'],
    ['linux/ppc64le', 'ppc64le'],
    ['linux/s390x', 's390x'],
    ['linux/riscv64', 'riscv64'],
    ['linux/mips64le', 'mips64el'],
    ['linux/loong64', 'loongarch64']
  ]);
});
