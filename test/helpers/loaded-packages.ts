// Prints, one a line, the npm packages that loading the given modules pulls in (run through
// scripts/run-ts.js). Used to check what an action costs to start.
import * as path from 'node:path';

for (const file of process.argv.slice(2)) require(path.resolve(file));
const packages = new Set<string>();
for (const loaded of Object.keys(require.cache)) {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(loaded);
  if (m) packages.add(m[1]);
}
console.log([...packages].sort().join('\n'));
