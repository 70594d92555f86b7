// One platform validator: every action's platform inputs refuse the same values with the same
// message, run as the runner does (INPUT_* env, runAction(run), stdout read for `::error`).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Case, CaseResult } from '../helpers/run-cases';
import { parsePlatform, SUPPORTED_PLATFORMS } from '../../actions/lib/oci/platform';
import { qemuName } from '../../actions/lib/setup/qemu';

const root = path.join(__dirname, '..', '..');
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

function runCases(action: string, cases: Case[]): CaseResult[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'platform-inputs-'));
  try {
    const casesFile = path.join(dir, 'cases.json');
    const resultsFile = path.join(dir, 'results.json');
    fs.writeFileSync(casesFile, JSON.stringify(cases));
    for (const f of ['output', 'summary', 'results.json']) fs.writeFileSync(path.join(dir, f), '');
    spawnSync(
      process.execPath,
      [
        path.join(root, 'scripts', 'run-ts.js'),
        path.join(root, 'test', 'helpers', 'run-cases.ts'),
        action,
        casesFile,
        resultsFile
      ],
      {
        cwd: root,
        timeout: 120000,
        env: {
          PATH: process.env.PATH ?? '',
          RUNNER_TEMP: dir,
          GITHUB_OUTPUT: path.join(dir, 'output'),
          GITHUB_STEP_SUMMARY: path.join(dir, 'summary')
        }
      }
    );
    return JSON.parse(fs.readFileSync(resultsFile, 'utf8') || '[]') as CaseResult[];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The one `::error` line of each case, keyed by "action input value". */
const errors = new Map<string, string[]>();

beforeAll(() => {
  const actions = [...new Set(INPUTS.map(([a]) => a))];
  for (const action of actions) {
    const rows = INPUTS.filter(([a]) => a === action).flatMap(([, input, extra]) =>
      REFUSED.map(value => ({ input, value, inputs: { ...extra, [input]: value } }))
    );
    const results = runCases(
      action,
      rows.map(r => ({ inputs: r.inputs }))
    );
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
  for (const p of SUPPORTED_PLATFORMS) expect(qemuName(p)).toBeTruthy();
});
