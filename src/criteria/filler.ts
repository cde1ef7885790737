/**
 * What a jury reads in a text: the one detector of filler, placeholders and
 * copy-paste (issue 25), used by the criteria (evidence.ts), the dossier and the
 * legal drafts, so that all three agree on what is content.
 *
 * Pure and linear in the size of the text: one tokenising pass (a regex whose
 * repetitions cannot overlap), then loops over the tokens with set and map
 * look-ups; no backtracking pattern ever runs over user text.
 */

/** Why a text is not content. */
export type FillerReason = 'placeholder' | 'lorem' | 'repeated' | 'no_letters';

/**
 * How much a text must say (evidence-table.ts): a description or a statement is
 * prose (it needs letters, and words), an item is one entry of a list or a short
 * label, a field is an identity value printed by the legal drafts (an address, a
 * phone number, a VAT number: only placeholders are refused there).
 */
export type TextKind = 'description' | 'statement' | 'item' | 'field';

interface Token {
  /** Lower case, without accents. */
  word: string;
  /** Index of the token's first character in the text. */
  at: number;
  /** Index just after its last character. */
  end: number;
}

/** A word: letters and digits, with inner apostrophes or hyphens (« d'oranger », « e-mail »). */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const LETTER = /\p{L}/u;
const ALNUM = /[\p{L}\p{N}]/u;
const DIGIT = /\p{Nd}/u;
const MARKS = /\p{M}/gu;

function fold(s: string): string {
  return s.normalize('NFD').replace(MARKS, '').toLowerCase();
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) out.push({ word: fold(m[0]), at: m.index, end: m.index + m[0].length });
  return out;
}

/** Words of a text, as a jury counts them (« 2 000 » is two, « e-mail » one). */
export function wordCount(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n++;
  return n;
}

/** A figure: at least one digit (« 2 000 visiteurs », « −8 % »). */
export function hasFigure(text: string): boolean {
  return DIGIT.test(text);
}

/** Markers of unfinished text wherever they stand (whole words). */
const STRONG = new Set(['todo', 'fixme', 'tbd', 'tbc', 'xxx', 'lorem', 'ipsum', 'lipsum', 'blabla', 'blablabla', 'asdf', 'qsdf', 'azerty', 'qwerty']);

/**
 * Phrases of a placeholder (« à compléter », « to be defined »): a placeholder when the
 * text is only that, when a separator precedes them (« TVA : à compléter »,
 * « Visiteurs (à détailler) »), or when they end a text of one content word
 * (« Fournisseur à choisir »). « Formulaire à compléter en ligne » stays prose.
 */
const WEAK: readonly string[][] = [
  ...['completer', 'remplir', 'definir', 'preciser', 'choisir', 'detailler', 'rediger', 'determiner', 'trouver', 'voir', 'venir'].map((w) => ['a', w]),
  ...['completed', 'defined', 'confirmed', 'chosen', 'determined', 'written', 'done'].map((w) => ['to', 'be', w]),
  ['to', 'complete'],
  ['to', 'fill'],
  ['non', 'renseigne'],
  ['not', 'available'],
];

/** A whole text that is only one of these words (and figures) is a placeholder: « test », « Test 2 », « n/a ». */
const ALONE = new Set(['test', 'tests', 'essai', 'exemple', 'example', 'sample', 'dummy', 'foo', 'na', 'n', 'a', 'nc', 'nd', 'tba']);

const STOP = new Set(['le', 'la', 'les', 'l', 'de', 'du', 'des', 'd', 'un', 'une', 'the', 'a', 'an', 'of', 'et', 'and']);
const SEPARATORS = new Set([':', '(', '[', '-', '–', '—', ',', '/', '=', '>']);

/**
 * The vocabulary of « lorem ipsum » (Cicero's De finibus and its usual generators),
 * without the words French or English also use (et, in, non, est, qui, ad…).
 */
const LATIN = new Set(
  (
    'lorem ipsum dolor amet consectetur consectetuer adipiscing adipisci elit eiusmod tempor incididunt labore dolore aliqua veniam nostrud ' +
    'exercitation ullamco laboris nisi aliquip commodo consequat duis aute irure reprehenderit voluptate velit cillum fugiat nulla pariatur ' +
    'excepteur sint occaecat cupidatat proident sunt culpa officia deserunt mollit laborum neque porro quisquam quia dolorem numquam eius ' +
    'modi tempora incidunt magnam aliquam quaerat voluptatem accusantium doloremque laudantium totam aperiam eaque ipsa quae illo inventore ' +
    'veritatis quasi architecto beatae vitae dicta explicabo ipsam voluptas aspernatur odit fugit consequuntur magni dolores eos ratione ' +
    'sequi nesciunt illum facilis mauris vestibulum nunc pellentesque vivamus phasellus maecenas aenean curabitur donec fusce praesent ' +
    'nullam integer suspendisse morbi etiam quisque cras proin sapien lectus tellus turpis augue felis lacus justo risus metus purus orci ' +
    'libero ligula tortor massa erat nibh urna arcu odio diam eget sed ut enim quis aliquet sagittis viverra vulputate ultrices ultricies ' +
    'tincidunt scelerisque porttitor sodales rutrum faucibus egestas lacinia pharetra dignissim condimentum convallis fermentum imperdiet ' +
    'interdum malesuada mattis molestie ornare placerat posuere pretium pulvinar semper suscipit tristique varius volutpat luctus hendrerit'
  ).split(' '),
);

/** The character before `at`, spaces skipped ('' at the start). */
function charBefore(text: string, at: number): string {
  let i = at - 1;
  while (i >= 0 && /\s/.test(text[i] as string)) i--;
  return i >= 0 ? (text[i] as string) : '';
}

function phraseAt(toks: readonly Token[], i: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (toks[i + k]?.word !== phrase[k]) return false;
  return true;
}

function contentWords(toks: readonly Token[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (!STOP.has((toks[i] as Token).word) && !DIGIT.test((toks[i] as Token).word)) n++;
  return n;
}

/** A placeholder phrase (WEAK) used as a placeholder, not inside prose. */
function weakPlaceholder(text: string, toks: readonly Token[]): boolean {
  for (let i = 0; i < toks.length; i++) {
    if ((toks[i] as Token).word !== 'a' && (toks[i] as Token).word !== 'to' && (toks[i] as Token).word !== 'non' && (toks[i] as Token).word !== 'not') continue;
    for (const phrase of WEAK) {
      if (!phraseAt(toks, i, phrase)) continue;
      const end = i + phrase.length;
      if (i === 0 && end === toks.length) return true;
      if (SEPARATORS.has(charBefore(text, (toks[i] as Token).at))) return true;
      if (end === toks.length && contentWords(toks, 0, i) <= 1) return true;
      // « À compléter : ce que la marque apporte à ses clients » (init's commented examples).
      const after = (toks[end - 1] as Token).end;
      if (i === 0 && /^\s*:/.test(text.slice(after, after + 8))) return true;
    }
  }
  return false;
}

/** Only one word repeated (« x x x », « bla bla »), or one character repeated (« xxxx », « a »). */
function repeated(toks: readonly Token[]): boolean {
  const first = (toks[0] as Token).word;
  if (toks.length > 1) return toks.every((t) => t.word === first);
  return LETTER.test(first) && [...first].every((c) => c === first[0]);
}

function lorem(toks: readonly Token[]): boolean {
  let latin = 0;
  for (const t of toks) if (LATIN.has(t.word)) latin++;
  return latin >= 3 && latin * 2 >= toks.length;
}

/** Names `ecomplan init` proposes until the user gives theirs (« Mon projet », « Produit 1 »). */
const GENERIC = new Set(['projet', 'project', 'produit', 'product', 'fournisseur', 'supplier', 'matiere', 'material', 'article', 'item', 'nom', 'name', 'societe', 'company', 'entreprise', 'concurrent', 'competitor']);
const POSSESSIVE = new Set(['mon', 'ma', 'mes', 'notre', 'votre', 'my', 'our', 'your']);

/** A whole text of placeholder words and figures: « test », « Test 2 », « n/a », « Produit 1 », « Mon projet ». */
function alonePlaceholder(toks: readonly Token[]): boolean {
  if (toks.every((t) => ALONE.has(t.word) || DIGIT.test(t.word)) && toks.some((t) => ALONE.has(t.word))) return true;
  const generic = toks.filter((t) => GENERIC.has(t.word)).length;
  return generic > 0 && toks.length <= 3 && toks.every((t) => GENERIC.has(t.word) || POSSESSIVE.has(t.word) || DIGIT.test(t.word) || t.word.length === 1);
}

/**
 * Why `text` is not content, or null when it is. Prose (description, statement) needs
 * letters; an item or a field needs a letter or a digit (« 5-15 € », a phone number).
 */
export function fillerOf(text: string, kind: TextKind = 'item'): FillerReason | null {
  const prose = kind === 'description' || kind === 'statement';
  if (!(prose ? LETTER : ALNUM).test(text)) return text.trim() === '' ? null : 'no_letters';
  const toks = tokens(text);
  if (toks.length === 0) return 'no_letters';
  if (toks.some((t) => STRONG.has(t.word) || /^x{3,}$/.test(t.word))) return toks.some((t) => t.word === 'lorem' || t.word === 'ipsum') ? 'lorem' : 'placeholder';
  if (weakPlaceholder(text, toks) || alonePlaceholder(toks)) return 'placeholder';
  if (repeated(toks)) return 'repeated';
  if (lorem(toks)) return 'lorem';
  // « Adresse : … » — a label and an ellipsis.
  if (/(?:…|\.\.\.)\s*$/.test(text.slice(-8)) && contentWords(toks, 0, toks.length) <= 1) return 'placeholder';
  return null;
}

/** Whether a value printed by a document is filler (a placeholder, lorem ipsum, « x x x »…). */
export function isFiller(text: string, kind: TextKind = 'field'): boolean {
  return fillerOf(text, kind) !== null;
}

/** The text as compared for copy-paste: its words, in lower case, without accents or punctuation. */
export function normalised(text: string): string {
  return tokens(text)
    .map((t) => t.word)
    .join(' ');
}

/** The first characters of a text, on one line, for a message (never the whole of a long text). */
export function excerpt(text: string, max = 40): string {
  const head = [...text.slice(0, max * 4).replace(/\s+/g, ' ').trim()];
  return head.length > max ? `${head.slice(0, max - 1).join('')}…` : head.join('');
}

/**
 * Copy-paste among texts given in reading order: for each text whose normalised
 * words equal an earlier one's, the index of that first one (Map look-ups: linear).
 * `key` texts that compare as empty are skipped.
 */
export function copiesOf(keys: readonly string[]): Map<number, number> {
  const first = new Map<string, number>();
  const out = new Map<number, number>();
  keys.forEach((k, i) => {
    if (k === '') return;
    const seen = first.get(k);
    if (seen === undefined) first.set(k, i);
    else out.set(i, seen);
  });
  return out;
}
