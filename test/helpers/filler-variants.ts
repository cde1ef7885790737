/**
 * The filler variants of a project file, as a trainer built them for issue 25: every
 * piece of prose (a string value of at least three words of two letters or more —
 * not ids, months, e-mails, URLs or figures) replaced by « x x x », by lorem ipsum,
 * or by one real sentence pasted everywhere. Comments and every other value stay.
 */
import { isScalar, parseDocument, visit, type Scalar } from 'yaml';

export type FillerVariant = 'xxx' | 'lorem' | 'pasted';

export const FILLER_TEXT: Record<FillerVariant, string> = {
  xxx: 'x x x',
  lorem: 'Lorem ipsum dolor sit amet, consectetur adipiscing elit.',
  pasted: 'Nous proposons des produits de qualité, pensés avec soin pour des clients exigeants.',
};

/** Prose: three words or more (separated by spaces) of at least two letters each. */
export function isProse(s: string): boolean {
  return s.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length >= 3;
}

/** The key path of a visited node (`visit`'s ancestors → keys and indices). */
function pathOf(ancestors: readonly unknown[], node: unknown): Array<string | number> {
  const path: Array<string | number> = [];
  const chain = [...ancestors, node];
  for (let i = 0; i < chain.length - 1; i++) {
    const parent = chain[i] as { items?: unknown[]; key?: unknown; value?: unknown };
    const child = chain[i + 1];
    if (parent && typeof parent === 'object' && 'key' in parent && 'value' in parent) {
      if (parent.value === child && isScalar(parent.key)) path.push(String((parent.key as Scalar).value));
    } else if (parent?.items && Array.isArray(parent.items)) {
      const k = parent.items.indexOf(child);
      if (k >= 0 && !(child && typeof child === 'object' && 'key' in (child as object))) path.push(k);
    }
  }
  return path;
}

/**
 * `text` with the prose values of the paths `only` accepts (all by default) replaced by
 * `replacement`; the key paths replaced, in file order.
 */
export function replaceProse(text: string, replacement: string, only: (path: Array<string | number>) => boolean = () => true): { text: string; paths: Array<Array<string | number>> } {
  const doc = parseDocument(text);
  const paths: Array<Array<string | number>> = [];
  // A name also used as a key (a supplier criterion scored in `scores`) is a reference, not prose.
  const keys = new Set<string>();
  visit(doc, {
    Pair(_k, pair) {
      if (isScalar(pair.key)) keys.add(String(pair.key.value));
    },
  });
  visit(doc, {
    Scalar(key, node, ancestors) {
      if (key === 'key' || typeof node.value !== 'string' || !isProse(node.value) || keys.has(node.value)) return;
      const path = pathOf(ancestors, node);
      if (!only(path)) return;
      node.value = replacement;
      node.type = 'QUOTE_DOUBLE';
      paths.push(path);
    },
  });
  return { text: doc.toString({ lineWidth: 0 }), paths };
}

/** The variant of a project file: every prose value replaced by this kind of filler. */
export function fillerVariant(text: string, variant: FillerVariant): { text: string; paths: Array<Array<string | number>> } {
  return replaceProse(text, FILLER_TEXT[variant]);
}
