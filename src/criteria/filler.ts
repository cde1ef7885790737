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

/**
 * A word: letters and digits, with inner apostrophes or hyphens (« d'oranger », « e-mail »): runs of
 * letters and digits, joined when one apostrophe or hyphen stands between two of them. Not one regex
 * `[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*`: over a 5 MB word (« a-b'a-b'… ») its repeated group
 * filled the regex engine's backtracking stack (« Maximum call stack size exceeded », now and then).
 */
const RUN = /[\p{L}\p{N}]+/gu;
const JOINERS = new Set(["'", '’', '-']);

/** Each word of `text` and where it starts, in one pass. */
function* wordsOf(text: string): Generator<[string, number]> {
  let start = -1;
  let end = -1;
  for (const m of text.matchAll(RUN)) {
    const at = m.index;
    if (start >= 0 && at === end + 1 && JOINERS.has(text[end] as string)) {
      end = at + m[0].length;
      continue;
    }
    if (start >= 0) yield [text.slice(start, end), start];
    start = at;
    end = at + m[0].length;
  }
  if (start >= 0) yield [text.slice(start, end), start];
}
const LETTER = /\p{L}/u;
const ALNUM = /[\p{L}\p{N}]/u;
const DIGIT = /\p{Nd}/u;
const NON_ASCII = /[^\u0000-\u007f]/;
const MARKS = /\p{M}/gu;
const X_RUN = /^x{3,}$/;

/** Folded words already seen (texts repeat their words); bounded, emptied when full. */
const FOLDED = new Map<string, string>();
const FOLDED_MAX = 20_000;

/** Lower case, without accents (only a word with a non-ASCII letter is decomposed). */
function fold(raw: string): string {
  const known = FOLDED.get(raw);
  if (known !== undefined) return known;
  const lower = raw.toLowerCase();
  const w = NON_ASCII.test(lower) ? lower.normalize('NFD').replace(MARKS, '') : lower;
  if (raw.length <= 32) {
    if (FOLDED.size >= FOLDED_MAX) FOLDED.clear();
    FOLDED.set(raw, w);
  }
  return w;
}

/** Words of a text, as a jury counts them (« 2 000 » is two, « e-mail » one). */
export function wordCount(text: string): number {
  let n = 0;
  for (const _ of wordsOf(text)) n++;
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
 * « Visiteurs (à détailler) »), when a colon follows them at the start (« À compléter :
 * ce que… »), or when they end a text of one content word (« Fournisseur à choisir »).
 * « Formulaire à compléter en ligne » stays prose.
 */
const WEAK: readonly string[][] = [
  ...['completer', 'remplir', 'definir', 'preciser', 'choisir', 'detailler', 'rediger', 'determiner', 'trouver', 'voir', 'venir'].map((w) => ['a', w]),
  ...['completed', 'defined', 'confirmed', 'chosen', 'determined', 'written', 'done'].map((w) => ['to', 'be', w]),
  ['to', 'complete'],
  ['to', 'fill'],
  ['non', 'renseigne'],
  ['not', 'available'],
];
/** The phrases by their last word, so that each word is looked up once. */
const WEAK_BY_LAST = new Map<string, string[][]>();
for (const phrase of WEAK) {
  const last = phrase[phrase.length - 1] as string;
  WEAK_BY_LAST.set(last, [...(WEAK_BY_LAST.get(last) ?? []), phrase]);
}

/** A whole text that is only one of these words (and figures) is a placeholder: « test », « Test 2 », « n/a ». */
const ALONE = new Set(['test', 'tests', 'essai', 'exemple', 'example', 'sample', 'dummy', 'foo', 'na', 'n', 'a', 'nc', 'nd', 'tba']);

/** Names `ecomplan init` proposes until the user gives theirs (« Mon projet », « Produit 1 »): at most three words. */
const GENERIC = new Set([
  'projet',
  'project',
  'produit',
  'product',
  'fournisseur',
  'supplier',
  'matiere',
  'material',
  'article',
  'item',
  'nom',
  'name',
  'societe',
  'company',
  'entreprise',
  'concurrent',
  'competitor',
]);
const POSSESSIVE = new Set(['mon', 'ma', 'mes', 'notre', 'votre', 'my', 'our', 'your']);

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
    'interdum malesuada mattis molestie ornare placerat posuere pretium pulvinar semper suscipit tristique varius volutpat luctus hendrerit ' +
    'perspiciatis unde omnis iste natus'
  ).split(' '),
);

/** The character before `at`, spaces skipped ('' at the start). */
function charBefore(text: string, at: number): string {
  let i = at - 1;
  while (i >= 0 && /\s/.test(text[i] as string)) i--;
  return i >= 0 ? (text[i] as string) : '';
}

interface Tok {
  word: string;
  index: number;
  at: number;
  end: number;
  /** Content words (not « de », « la », figures) before this one. */
  contentBefore: number;
}

/**
 * One pass over the words of a text, keeping counts and flags (never the list of words,
 * unless the comparison key is asked for): the cost is linear whatever the text.
 */
class Scan {
  count = 0;
  letters = false;
  first = '';
  allSame = true;
  strong = false;
  loremWord = false;
  latin = 0;
  aloneAll = true;
  aloneAny = false;
  genericAll = true;
  genericAny = false;
  content = 0;
  weak = false;
  private lastPhrase: { start: Tok; end: number } | null = null;
  private prev: Tok[] = [];
  readonly words: string[] | null;

  constructor(
    private readonly text: string,
    withWords: boolean,
  ) {
    this.words = withWords ? [] : null;
  }

  add(raw: string, at: number): void {
    const word = fold(raw);
    const tok: Tok = { word, index: this.count, at, end: at + raw.length, contentBefore: this.content };
    this.words?.push(word);
    if (this.count === 0) this.first = word;
    else if (word !== this.first) this.allSame = false;
    const digit = DIGIT.test(word);
    if (LETTER.test(word)) this.letters = true;
    if (STRONG.has(word) || X_RUN.test(word)) this.strong = true;
    if (word === 'lorem' || word === 'ipsum') this.loremWord = true;
    if (LATIN.has(word)) this.latin++;
    if (ALONE.has(word)) this.aloneAny = true;
    else if (!digit) this.aloneAll = false;
    if (GENERIC.has(word)) this.genericAny = true;
    else if (!POSSESSIVE.has(word) && !digit && word.length > 1) this.genericAll = false;
    this.phrases(tok);
    if (!STOP.has(word) && !digit) this.content++;
    this.prev.push(tok);
    if (this.prev.length > 2) this.prev.shift();
    this.count++;
  }

  /** A placeholder phrase ending at `tok`, and whether it is used as a placeholder. */
  private phrases(tok: Tok): void {
    for (const phrase of WEAK_BY_LAST.get(tok.word) ?? []) {
      const before = this.prev.slice(this.prev.length - (phrase.length - 1));
      if (before.length !== phrase.length - 1 || before.some((t, k) => t.word !== phrase[k])) continue;
      const start = before[0] as Tok;
      if (SEPARATORS.has(charBefore(this.text, start.at))) this.weak = true;
      if (start.index === 0 && /^\s*:/.test(this.text.slice(tok.end, tok.end + 8))) this.weak = true;
      this.lastPhrase = { start, end: tok.index };
    }
  }

  /** The phrase ends the text: the whole text, or one content word and the phrase (« Fournisseur à choisir »). */
  weakAtEnd(): boolean {
    const p = this.lastPhrase;
    return p !== null && p.end === this.count - 1 && (p.start.index === 0 || p.start.contentBefore <= 1);
  }
}

function reasonOf(text: string, s: Scan): FillerReason | null {
  if (s.count === 0) return 'no_letters';
  if (s.strong) return s.loremWord ? 'lorem' : 'placeholder';
  if (s.weak || s.weakAtEnd() || (s.aloneAll && s.aloneAny) || (s.genericAny && s.genericAll && s.count <= 3)) return 'placeholder';
  if (s.count > 1 && s.allSame && (s.letters || s.count >= 3)) return 'repeated';
  if (s.count === 1 && LETTER.test(s.first) && [...s.first].every((c) => c === s.first[0])) return 'repeated';
  if (s.latin >= 3 && s.latin * 2 >= s.count) return 'lorem';
  // « Adresse : … » — a label and an ellipsis.
  if (/(?:…|\.\.\.)\s*$/.test(text.slice(-8)) && s.content <= 1) return 'placeholder';
  return null;
}

/** What a text is to a jury: filler or not, its words, and (when asked) its comparison key. */
export interface TextReading {
  filler: FillerReason | null;
  words: number;
  /** The text as compared for copy-paste: its words, lower case, without accents or punctuation ('' unless asked). */
  key: string;
}

/**
 * Read a text once. Prose (description, statement) needs letters; an item or a field
 * needs a letter or a digit (« 5-15 € », a phone number).
 */
export function readText(text: string, kind: TextKind = 'item', withKey = false): TextReading {
  const prose = kind === 'description' || kind === 'statement';
  const scan = new Scan(text, withKey);
  for (const [word, at] of wordsOf(text)) scan.add(word, at);
  const key = scan.words?.join(' ') ?? '';
  if (!(prose ? LETTER : ALNUM).test(text)) return { filler: text.trim() === '' ? null : 'no_letters', words: scan.count, key };
  return { filler: reasonOf(text, scan), words: scan.count, key };
}

/** Why `text` is not content, or null when it is. */
export function fillerOf(text: string, kind: TextKind = 'item'): FillerReason | null {
  return readText(text, kind).filler;
}

/** Whether a value printed by a document is filler (a placeholder, lorem ipsum, « x x x »…). */
export function isFiller(text: string, kind: TextKind = 'field'): boolean {
  return fillerOf(text, kind) !== null;
}

/** The text as compared for copy-paste: its words, in lower case, without accents or punctuation. */
export function normalised(text: string): string {
  return readText(text, 'item', true).key;
}

/** The first characters of a text, on one line, for a message (never the whole of a long text). */
export function excerpt(text: string, max = 40): string {
  const head = [
    ...text
      .slice(0, max * 4)
      .replace(/\s+/g, ' ')
      .trim(),
  ];
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
