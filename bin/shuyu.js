#!/usr/bin/env node
// The executable: run the CLI and turn its result into the exit status.
// process.exitCode, not process.exit(), so output still being piped is not cut off.
import { systemIo } from '../dist/io.js';
import { main } from '../dist/shuyu.js';

process.exitCode = await main(process.argv.slice(2), systemIo());
