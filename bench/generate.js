// The bench's inputs, generated from the bundled examples into a temporary folder:
// projects of N products over 60 months, and a class of example-sized files.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';

/**
 * The Kissa with `count` products (its three products repeated, ids numbered, descriptions
 * dropped) sharing the demand equally, over `months` months.
 */
export function scaledProject(examplePath, count, months) {
  const doc = parseDocument(readFileSync(examplePath, 'utf8'));
  const templates = doc.get('products').toJSON();
  // Shares in steps of 0.0001 % that add up to exactly 100 % (the first ones take the remainder).
  const steps = 1_000_000;
  const each = Math.floor(steps / count);
  const share = (i) => ((each + (i < steps - each * count ? 1 : 0)) / 10_000).toFixed(4).replace(/\.?0+$/, '');
  const products = [];
  for (let i = 0; i < count; i++) {
    const { description: _d, alternatives: _a, ...p } = templates[i % templates.length];
    const round = Math.floor(i / templates.length);
    products.push({ ...p, id: round === 0 ? p.id : `${p.id}-${round}`, name: `${p.name} #${i + 1}`, mix: `${share(i)}%` });
  }
  // No anchors for the objects the products share (personas lists): a plain file, as users write it.
  doc.set('products', doc.createNode(products, { aliasDuplicateObjects: false }));
  doc.setIn(['project', 'horizon_months'], months);
  return doc.toString({ lineWidth: 0 });
}

/** Write the scaled projects; returns { count: path }. */
export function writeScaledProjects(dir, examplePath, counts, months) {
  mkdirSync(dir, { recursive: true });
  const paths = {};
  for (const n of counts) {
    paths[n] = join(dir, `scaled-${n}.ecomplan.yaml`);
    writeFileSync(paths[n], scaledProject(examplePath, n, months));
  }
  return paths;
}

/** `count` example-sized files: the examples in turn, each with its own project name. */
export function writeBatch(dir, examplePaths, count) {
  mkdirSync(dir, { recursive: true });
  const texts = examplePaths.map((p) => readFileSync(p, 'utf8'));
  const files = [];
  for (let i = 0; i < count; i++) {
    const text = texts[i % texts.length].replace(/^(project:\n {2}name: )(.*)$/m, (_, head, name) => `${head}${name} (candidat ${i + 1})`);
    const file = join(dir, `candidat-${String(i + 1).padStart(3, '0')}.ecomplan.yaml`);
    writeFileSync(file, text);
    files.push(file);
  }
  return files;
}
