// jest's node environment, with what code under test writes to stdout (the toolkit's ::debug::,
// ::group::, ::add-mask:: and info lines, retry lines) kept in memory instead of printed.
// A test reads it with toolkitOutput() (test/helpers/io.ts); a failing test or hook gets it
// printed on stderr under its name, so nothing that explains a failure is lost.
// ARCH_TEST_OUTPUT=1 prints everything as it comes.
// Each test also gets a fresh, empty XDG_CACHE_HOME (the results verify keeps by digest live
// there), so that no test sees what an earlier one, or an earlier run, left in ~/.cache.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { TestEnvironment } = require('jest-environment-node');

// What one test may keep in memory; older output is dropped first (the end explains a failure).
const KEEP = 4 * 1024 * 1024;

class QuietEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.captured = '';
    this.testPath = context.testPath;
  }

  async setup() {
    await super.setup();
    this.cacheRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'arch-test-cache-'));
    this.cacheCount = 0;
    this.savedCache = process.env.XDG_CACHE_HOME;
    this.freshCache();
    const self = this;
    this.global.__archActionsOutput = {
      read: () => self.captured,
      clear: () => void (self.captured = '')
    };
    if (process.env.ARCH_TEST_OUTPUT === '1') return;
    const stream = process.stdout;
    this.ownWrite = Object.prototype.hasOwnProperty.call(stream, 'write') ? stream.write : undefined;
    this.capture = function (chunk, encoding, callback) {
      self.captured += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      if (self.captured.length > KEEP) self.captured = self.captured.slice(-KEEP / 2);
      const done = typeof encoding === 'function' ? encoding : callback;
      if (typeof done === 'function') process.nextTick(done);
      return true;
    };
    stream.write = this.capture;
  }

  /** A new empty XDG_CACHE_HOME, in the test's process.env and in the worker's (children inherit it). */
  freshCache() {
    const dir = path.join(this.cacheRoot, String(++this.cacheCount));
    this.global.process.env.XDG_CACHE_HOME = dir;
    process.env.XDG_CACHE_HOME = dir;
  }

  async teardown() {
    if (this.savedCache === undefined) delete process.env.XDG_CACHE_HOME;
    else process.env.XDG_CACHE_HOME = this.savedCache;
    fs.rmSync(this.cacheRoot, { recursive: true, force: true });
    if (this.capture) {
      // Put back what was there (jest's own reporter may have wrapped write in band).
      if (this.ownWrite) process.stdout.write = this.ownWrite;
      else delete process.stdout.write;
    }
    await super.teardown();
  }

  /** Prints what was kept since the last test ended, for a test or hook that failed. */
  dump(what) {
    if (this.captured)
      process.stderr.write(
        `\n── output of ${what} (${this.testPath}) ──\n${this.captured}${this.captured.endsWith('\n') ? '' : '\n'}── end of output ──\n`
      );
    this.captured = '';
  }

  handleTestEvent(event) {
    if (event.name === 'test_start') this.freshCache();
    if (event.name === 'test_done') {
      if (event.test.errors.length) this.dump(`the failed test "${fullName(event.test)}"`);
      this.captured = '';
    } else if (event.name === 'hook_failure') {
      this.dump(`a failed ${event.hook.type} hook`);
    }
  }
}

function fullName(test) {
  const names = [];
  for (let t = test; t && t.name !== 'ROOT_DESCRIBE_BLOCK'; t = t.parent) names.unshift(t.name);
  return names.join(' › ');
}

module.exports = QuietEnvironment;
