// Runs the given modules (through scripts/run-ts.js) and, when the process ends, prints the npm
// packages they pulled in, one a line after a line "loaded:". Used to check what an action costs
// to start, on its way to failing on a bad input.
import * as path from 'node:path';

process.on('exit', () => {
  const packages = new Set<string>();
  for (const loaded of Object.keys(require.cache)) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(loaded);
    if (m) packages.add(m[1]);
  }
  console.log(['loaded:', ...[...packages].sort()].join('\n'));
});
// eslint-disable-next-line @typescript-eslint/no-require-imports
for (const file of process.argv.slice(2)) require(path.resolve(file));
