/**
 * The filler / placeholder / copy-paste detector (src/criteria/filler.ts) on small
 * fixtures: each reason, the prose it must leave alone (the examples' real texts), and
 * inputs of 5 MB shaped to defeat a backtracking pattern (the results, not the time:
 * speed is the benchmark's business; a quadratic detector would not finish here).
 */
import { readFileSync } from 'node:fs';
import { parseDocument, visit } from 'yaml';
import { describe, expect, it } from 'vitest';
import { copiesOf, excerpt, fillerOf, hasFigure, isFiller, normalised, wordCount } from '../../src/criteria/filler.js';
import { exampleFiles } from '../helpers/projects.js';

describe('fillerOf', () => {
  it.each([
    ['x x x', 'repeated'],
    ['X X X X', 'repeated'],
    ['xxxx', 'placeholder'],
    ['XXX', 'placeholder'],
    ['aaaa', 'repeated'],
    ['bla bla bla', 'repeated'],
    ['test test', 'placeholder'],
    ['a', 'placeholder'],
    ['zz', 'repeated'],
    ['Lorem ipsum dolor sit amet, consectetur adipiscing elit.', 'lorem'],
    ['Sed ut perspiciatis unde omnis iste natus error sit voluptatem accusantium doloremque laudantium', 'lorem'],
    ['consectetur adipiscing elit sed do eiusmod tempor', 'lorem'],
    ['TODO', 'placeholder'],
    ['TODO : écrire la mission de la marque', 'placeholder'],
    ['fixme', 'placeholder'],
    ['TBD', 'placeholder'],
    ['à compléter', 'placeholder'],
    ['A COMPLETER', 'placeholder'],
    ['[à compléter]', 'placeholder'],
    ['TVA intracommunautaire : à compléter', 'placeholder'],
    ['Visiteurs attendus (à détailler par source)', 'placeholder'],
    ['Fournisseur à choisir', 'placeholder'],
    ['À compléter : ce que la marque apporte à ses clients', 'placeholder'],
    ['To complete: what the brand brings to its customers', 'placeholder'],
    ['to be defined', 'placeholder'],
    ['Supplier to be chosen', 'placeholder'],
    ['test', 'placeholder'],
    ['Test 2', 'placeholder'],
    ['n/a', 'placeholder'],
    ['Mon projet', 'placeholder'],
    ['Produit 1', 'placeholder'],
    ['Adresse : …', 'placeholder'],
  ] as const)('« %s » is %s', (text, reason) => {
    expect(fillerOf(text, 'statement')).toBe(reason);
    expect(isFiller(text)).toBe(true);
  });

  it('prose needs letters; an item or a field needs a letter or a digit', () => {
    expect(fillerOf('…', 'description')).toBe('no_letters');
    expect(fillerOf('---', 'item')).toBe('no_letters');
    expect(fillerOf('2 000', 'statement')).toBe('no_letters');
    expect(fillerOf('5-15 €', 'item')).toBeNull();
    expect(fillerOf('06 12 34 56 78', 'field')).toBeNull();
    expect(fillerOf('5.5%', 'field')).toBeNull();
    expect(fillerOf('00 00 00 00 00', 'field')).toBe('repeated');
    expect(fillerOf('FR 12 345678901', 'field')).toBeNull();
  });

  it('a blank text is not filler (it is missing: the criteria say « Ajoutez »)', () => {
    expect(fillerOf('', 'statement')).toBeNull();
    expect(fillerOf('   ', 'item')).toBeNull();
  });

  it.each([
    'Formulaire à compléter en ligne pour chaque retour',
    'Questionnaire de satisfaction à compléter',
    'Six parfums permanents (figue, bois de cèdre, fleur d’oranger…).',
    'Kit de test de la qualité de l’eau',
    'Tests de combustion sur 24 bougies avant chaque nouveau parfum',
    'Taille XXL disponible',
    'aucun',
    'naturel',
    'Ateliers de dégustation à venir au printemps, 3 salons de thé',
    'Curriculum vitae et lettre de motivation',
    'Non, non et non : pas de paraffine',
  ])('leaves prose alone: « %s »', (text) => {
    expect(fillerOf(text, 'statement')).toBeNull();
  });

  it('no text of the three examples is filler', () => {
    const flagged: string[] = [];
    for (const f of exampleFiles()) {
      visit(parseDocument(readFileSync(f, 'utf8')), {
        Scalar(key, node) {
          if (key !== 'key' && typeof node.value === 'string' && node.value.trim() !== '' && isFiller(node.value)) flagged.push(node.value);
        },
      });
    }
    expect(flagged).toEqual([]);
  });
});

describe('counts, figures, comparison', () => {
  it('counts words as a jury does', () => {
    expect(wordCount('NPS par e-mail à J+10')).toBe(6);
    expect(wordCount('2 000 visiteurs')).toBe(3);
    expect(wordCount("fleur d'oranger")).toBe(2);
    expect(wordCount(' — ')).toBe(0);
  });

  it('finds a figure', () => {
    expect(hasFigure('−8 % sur la cire')).toBe(true);
    expect(hasFigure('doubler les ventes')).toBe(false);
  });

  it('compares texts without case, accents, spaces or punctuation', () => {
    expect(normalised('  Écoute,  CLIENT !')).toBe(normalised('ecoute client'));
    expect(normalised('Écoute client')).not.toBe(normalised('Écoute clients'));
  });

  it('names the first of each copy', () => {
    expect([...copiesOf(['a b', 'c', 'a b', '', '', 'c', 'a b'])]).toEqual([
      [2, 0],
      [5, 1],
      [6, 0],
    ]);
  });

  it('quotes the start of a text on one line', () => {
    expect(excerpt('à\ncompléter')).toBe('à compléter');
    expect(excerpt('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
    expect(excerpt('😀'.repeat(50), 5)).toBe('😀😀😀😀…');
  });
});

describe('5 MB inputs', () => {
  const MB5 = 5 * 1024 * 1024;
  const fill = (unit: string) => unit.repeat(Math.ceil(MB5 / unit.length)).slice(0, MB5);

  it.each([
    ['one word repeated', fill('x '), 'repeated'],
    ['one long word of letters, hyphens and apostrophes', fill("a-b'"), null],
    ['« à » without its verb', fill('à '), 'placeholder'],
    ['lorem ipsum', fill('lorem ipsum dolor sit amet '), 'lorem'],
  ] as const)('%s', (_name, text, reason) => {
    expect(text.length).toBeGreaterThanOrEqual(MB5);
    expect(fillerOf(text, 'description')).toBe(reason);
  });

  it('the comparison key and the word count of 5 MB of prose', () => {
    const text = fill('Bougie en cire de soja, pot réutilisable. ');
    // 124 830 whole sentences of 7 words, then « Bougie en cire de so ».
    expect(wordCount(text)).toBe(Math.floor(MB5 / 42) * 7 + 5);
    expect(normalised(text).startsWith('bougie en cire de soja pot reutilisable bougie')).toBe(true);
  });

  it('a word of 20 MB (four times the limit of a file) is one word: the tokeniser keeps no stack per joined part', () => {
    // The former single regex threw « Maximum call stack size exceeded » here every time (at 5 MB, now and then).
    const text = "a-b'".repeat(5 * 1024 * 1024);
    expect(wordCount(text)).toBe(1);
    expect(fillerOf(text, 'description')).toBe(null);
    expect(wordCount("l'eau--de vie d’été -x- 2-3 e-mail")).toBe(7);
  });

  it('a separator run', () => {
    const text = fill(' :');
    expect(fillerOf(text, 'description')).toBe('no_letters');
    expect(wordCount(text)).toBe(0);
  });

  it('copy-paste over many texts', () => {
    const keys = Array.from({ length: 50_000 }, (_, i) => normalised(`texte numéro ${i % 1000}`));
    expect(copiesOf(keys).size).toBe(49_000);
  });
});
