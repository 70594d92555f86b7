// Preloaded (NODE_OPTIONS=--require) into a child a test measures: writes its peak resident
// memory (KiB) to ARCH_TEST_MAXRSS_FILE as it exits.
const fs = require('node:fs');
process.on('exit', () => {
  try {
    fs.writeFileSync(process.env.ARCH_TEST_MAXRSS_FILE, String(process.resourceUsage().maxRSS));
  } catch {
    // the test sees no figure and fails on it
  }
});
