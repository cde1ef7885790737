#!/usr/bin/env node
// The parse floor: read each file and parse it with yaml.parseDocument, with the options and
// line counting ecomplan's reader uses (src/io/yaml.ts) — what any located validation must pay.
// Usage: node bench/floor.js <file...>
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';

let nodes = 0;
for (const file of process.argv.slice(2)) {
  const doc = parseDocument(readFileSync(file, 'utf8'), {
    lineCounter: new LineCounter(),
    uniqueKeys: false,
    prettyErrors: false,
    strict: true,
    keepSourceTokens: false,
    stringKeys: false,
  });
  if (doc.contents) nodes++;
}
if (nodes !== process.argv.length - 2) process.exitCode = 1;
