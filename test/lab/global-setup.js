// jest globalSetup for the integration project: bring the local lab up.
// ARCH_LAB_SKIP_UP=1 skips it. A failure is fatal in CI (CI=true); elsewhere the
// tests themselves fail through requireLab().
const { spawnSync } = require('node:child_process');
const path = require('node:path');

module.exports = async function globalSetup() {
  if (process.env.ARCH_LAB_SKIP_UP === '1') return;
  const script = path.join(__dirname, 'lab.sh');
  // Its log (packages, downloads) is printed only when it fails: a passing run prints little.
  const r = spawnSync('bash', [script, 'up'], { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) {
    process.stderr.write(`${r.stdout ?? ''}${r.stderr ?? ''}`);
    const msg = `lab: "bash ${script} up" failed (exit ${r.status ?? r.signal})`;
    if (process.env.CI === 'true') throw new Error(msg);
    console.warn(msg);
  }
};
