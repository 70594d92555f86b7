// Entry point: node scripts/run-ts.js test/lab/demo/index.ts [flags] (scripts/demo.sh runs it).
import { labEnv } from '../lab';
import { demo, processIo } from './main';

demo(process.argv.slice(2), processIo(), labEnv()).then(
  code => {
    process.exitCode = code;
  },
  err => {
    process.stderr.write(`demo: ${(err as Error).stack ?? String(err)}\n`);
    process.exitCode = 1;
  }
);
