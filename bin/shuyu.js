#!/usr/bin/env node
// The executable: run the CLI and turn its result into the exit status.
// process.exitCode, not process.exit(), so output still being piped is not cut off.
import { systemIo } from '../dist/io.js';
import { main } from '../dist/shuyu.js';

// A reader that stops early (shuyu lookup … | head) closes the pipe: that is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2), systemIo());
