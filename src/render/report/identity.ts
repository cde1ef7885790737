/**
 * Small display rules of the dossier a reader trips on (issue 12, item 4): SIREN and
 * SIRET grouped as INSEE prints them, signed differences with a true minus.
 */
import type { Decimal } from '../../model/decimal.js';

const NNBSP = '\u202F';

/** `927415836` → « 927 415 836 »; anything else (a typo) as written. */
export function formatSiren(s: string): string {
  const d = s.replace(/\s/g, '');
  return /^\d{9}$/.test(d) ? `${d.slice(0, 3)}${NNBSP}${d.slice(3, 6)}${NNBSP}${d.slice(6)}` : s;
}

/** `92741583600018` → « 927 415 836 00018 » (the SIREN, then the establishment number). */
export function formatSiret(s: string): string {
  const d = s.replace(/\s/g, '');
  return /^\d{14}$/.test(d) ? `${formatSiren(d.slice(0, 9))}${NNBSP}${d.slice(9)}` : s;
}

/** A difference as a reader expects it: « +414 € », « −644 € » (U+2212), « 0 € ». */
export function signed(formatted: string, value: Decimal): string {
  if (value.gt(0)) return `+${formatted}`;
  return formatted.replace(/^-/, '\u2212');
}
