#!/usr/bin/env node
// Thin launcher: the one place that sets the exit code.
import { main } from '../dist/bundle/main.js';

// A reader that closes early (`ecomplan forecast x.yaml | head`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

process.exitCode = await main(process.argv.slice(2));
