#!/usr/bin/env node
// Thin launcher: the one place that sets the exit code.
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
