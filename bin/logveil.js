#!/usr/bin/env node
// Runs the compiled CLI; `npm ci` builds dist/ through the prepare script.
import { main } from '../dist/src/program/main.js';
import { brokenPipe } from '../dist/src/command-line/io.js';

process.stdout.on('error', (error) => {
  // `logveil scrub big.log | head` closes the pipe early: that is not a failure (but `scan` that found
  // something before the pipe closed still exits 1).
  if (error.code === 'EPIPE') process.exit(brokenPipe.exitCode);
  // Anything else (a full disk, a closed descriptor) is one line and EX_IOERR, not a stack trace.
  process.stderr.write(`logveil: cannot write the output (${/^E[A-Z]+$/.test(error.code ?? '') ? error.code : 'error'})\n`);
  process.exit(74);
});

const code = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
process.exitCode = code;
