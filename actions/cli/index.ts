#!/usr/bin/env node
import { main } from './main';
import { escapeCommands } from '../lib/core/untrusted';

main(process.argv.slice(2)).then(
  code => {
    process.exitCode = code;
  },
  err => {
    process.stderr.write(escapeCommands(`arch-actions: ${(err as Error).stack ?? String(err)}\n`));
    process.exitCode = 1;
  }
);
