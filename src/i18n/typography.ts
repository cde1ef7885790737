/** French typography for catalogs written with plain spaces (no dependency: the `--help` path loads it). */
import type { Catalog } from './index.js';

/** French typography: no-break space inside « » and before : % €, narrow no-break space before ; ! ?. */
export function frenchTypography(s: string): string {
  return s
    .replace(/« /g, '«\u00A0')
    .replace(/ »/g, '\u00A0»')
    .replace(/ ([:%€])/g, '\u00A0$1')
    .replace(/ ([;!?])/g, '\u202F$1');
}

/** A catalog whose French strings, written with plain spaces, get French typography. */
export function typeset<C extends Catalog>(entries: C): { readonly [K in keyof C]: { readonly fr: string; readonly en: string } } {
  return Object.fromEntries(Object.entries(entries).map(([id, m]) => [id, { fr: frenchTypography(m.fr), en: m.en }])) as {
    readonly [K in keyof C]: { readonly fr: string; readonly en: string };
  };
}
