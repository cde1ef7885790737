#!/usr/bin/env node
// Size limits (issue 10): no file under src/ over MAX_FILE lines, no function over MAX_FUNCTION lines.
// Prints every offender (file, name, line count) and exits 1 when any limit is exceeded.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const MAX_FILE = 400;
const MAX_FUNCTION = 100;
const root = process.argv[2] ?? 'src';

function listTs(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listTs(path));
    else if (entry.name.endsWith('.ts')) out.push(path);
  }
  return out.sort();
}

function functionName(node) {
  if (node.name) return node.name.getText();
  const parent = node.parent;
  if (parent && (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent))) {
    return parent.name.getText();
  }
  return '<anonymous>';
}

function isFunctionLike(node) {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isConstructorDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node) ||
    ts.isArrowFunction(node) ||
    ts.isFunctionExpression(node)
  );
}

const files = [];
const functions = [];
for (const file of listTs(root)) {
  const text = readFileSync(file, 'utf8');
  const name = relative(process.cwd(), file);
  const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  if (lines > MAX_FILE) files.push({ name, lines });
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const visit = (node) => {
    if (isFunctionLike(node) && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const count = end - start + 1;
      if (count > MAX_FUNCTION) functions.push({ name: functionName(node), file: `${name}:${start + 1}`, lines: count });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

for (const f of files) console.log(`file     ${f.lines} lines  ${f.name} (limit ${MAX_FILE})`);
for (const f of functions) console.log(`function ${f.lines} lines  ${f.name}  ${f.file} (limit ${MAX_FUNCTION})`);
if (files.length + functions.length > 0) {
  console.log(`${files.length} file(s) over ${MAX_FILE} lines, ${functions.length} function(s) over ${MAX_FUNCTION} lines`);
  process.exit(1);
}
console.log(`sizes ok: no file over ${MAX_FILE} lines, no function over ${MAX_FUNCTION} lines`);
