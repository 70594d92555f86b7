// Runs that never started: the runtimes' and busybox sh's own words (taken from the lab's dockerd 20.10,
// Docker 26 and busybox-static), and the problem each gives.
import { cannotStart, startProblem } from '../../actions/lib/e2e/container/start';

const DOCKER_20_NO_SH =
  'docker: Error response from daemon: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "sh": executable file not found in $PATH: unknown\n\nRun \'docker run --help\' for more information';
const DOCKER_26_NO_SH =
  'docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "sh": executable file not found in $PATH: unknown.';
const NO_ENTRYPOINT =
  'docker: Error response from daemon: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "/nonexistent": stat /nonexistent: no such file or directory: unknown';
const SH_NOT_FOUND = 'sh: nosuchcmd: not found';
const SH_DENIED = 'sh: /etc: Permission denied';

const run = (platform: string, exitCode: number | undefined, output: string) => ({
  platform,
  exitCode,
  output,
  problems: []
});

test.each([
  [127, DOCKER_20_NO_SH, true],
  [127, DOCKER_26_NO_SH, true],
  [127, NO_ENTRYPOINT, true],
  [127, SH_NOT_FOUND, true],
  [126, SH_DENIED, true],
  // The program ran and said so itself: busybox's answer to an unknown applet.
  [127, 'nosuch: applet not found', false],
  [1, "cat: can't open '/missing': No such file or directory", false],
  [0, 'aarch64', false],
  [undefined, '', false]
])('exit %s with %j: cannot start = %s', (code, output, expected) => {
  expect(cannotStart(run('linux/amd64', code, output))).toBe(expected);
});

const image = 'r/app:1';
const both = (output: string, code = 127) => [
  run('linux/amd64', code, output),
  run('linux/arm64', code, output)
];

test.each([DOCKER_20_NO_SH, DOCKER_26_NO_SH])('no sh in the image: named, with args as the way out', out => {
  expect(startProblem(image, both(out), true)).toBe(
    `r/app:1: the image has no shell: sh cannot start on linux/amd64, linux/arm64 (exit 127: ${out.split('\n')[0]}); ` +
      "run the image's own entrypoint with arguments and no shell: set args (one argument per line) instead of command"
  );
});

test('a command sh cannot find: the command cannot start, args named in case there is no shell', () => {
  expect(startProblem(image, both(SH_NOT_FOUND), true)).toBe(
    'r/app:1: the command cannot start on linux/amd64, linux/arm64 (exit 127: sh: nosuchcmd: not found); ' +
      "if the image has no shell, run the image's own entrypoint with arguments and no shell: set args (one argument per line) instead of command"
  );
});

test('with args, an entrypoint that cannot start is named as such', () => {
  expect(startProblem(image, both(NO_ENTRYPOINT), false)).toBe(
    `r/app:1: its entrypoint cannot start on linux/amd64, linux/arm64 (exit 127: ${NO_ENTRYPOINT}); args are passed to the image's own entrypoint as they are`
  );
});

test('runs that started give no problem', () => {
  expect(
    startProblem(image, [run('linux/amd64', 0, 'x86_64'), run('linux/arm64', 1, 'no')], true)
  ).toBeUndefined();
});

test("the build one-liner's inputs are named when it runs the parity check", () => {
  expect(
    startProblem(image, both(DOCKER_26_NO_SH), true, { command: 'e2e-command', args: 'e2e-args' })
  ).toMatch(/set e2e-args \(one argument per line\) instead of e2e-command$/);
});
