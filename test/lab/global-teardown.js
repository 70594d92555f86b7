// jest globalTeardown for the integration project. The lab stays up between
// runs for speed; ARCH_LAB_DOWN=1 tears it down (.ci/run does it at the end).
const { spawnSync } = require('node:child_process');
const path = require('node:path');

module.exports = async function globalTeardown() {
  if (process.env.ARCH_LAB_DOWN !== '1') return;
  spawnSync('bash', [path.join(__dirname, 'lab.sh'), 'down'], { stdio: 'inherit' });
};
