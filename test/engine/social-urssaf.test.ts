/**
 * Cross-check of the owner's contributions against URSSAF's own model: modele-social
 * (the publicodes rules of mon-entreprise.urssaf.fr), exactly pinned devDependency,
 * never imported by src/. Every legal form × pay or profit of 0 to 5 000 €/month ×
 * ACRE yes/no, 2026, business created on 1 January 2026: ecomplan agrees within 1 %
 * or 25 €/year, whichever is larger. `SOCIAL_TABLE=file.md` writes the table.
 */
import rules from 'modele-social';
import Engine from 'publicodes';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/model/decimal.js';
import { acrePayFactor, rulesFor } from '../../src/model/rules-fr.js';
import { acreSocialFor, socialRulesFor } from '../../src/model/rules-social.js';
import { employeeOfNet } from '../../src/engine/social/assimile.js';
import { microRates } from '../../src/engine/social/micro.js';
import { tnsFromNet, tnsFromProfit } from '../../src/engine/social/tns.js';

type Form = 'micro' | 'ei_ir' | 'ei_is' | 'eurl' | 'sarl_major' | 'sarl_minor' | 'sasu' | 'sas';
const FORMS: Form[] = ['micro', 'ei_ir', 'ei_is', 'eurl', 'sarl_major', 'sarl_minor', 'sasu', 'sas'];
const LEVELS = [0, 500, 1000, 2000, 3000, 5000];
const q = (s: string) => `'${s}'`;

const engine = new Engine(rules as never, { logger: { log() {}, warn() {}, error() {} } } as never);

function situation(form: Form, monthly: number, acre: boolean): Record<string, string> {
  const s: Record<string, string> = {
    date: '01/01/2026',
    'entreprise . date de création': '01/01/2026',
    'dirigeant . exonérations . ACRE': acre ? 'oui' : 'non',
    'salarié . cotisations . prévoyances . santé . montant': '0 €/mois',
    'entreprise . activité . nature': q('commerciale'),
  };
  const yearly = `${monthly * 12} €/an`;
  switch (form) {
    case 'micro':
      return {
        ...s,
        'entreprise . catégorie juridique': q('EI'),
        'entreprise . catégorie juridique . EI . auto-entrepreneur': 'oui',
        'entreprise . activités . service ou vente': q('vente'),
        "dirigeant . auto-entrepreneur . chiffre d'affaires": yearly,
      };
    case 'ei_ir':
      return {
        ...s,
        'entreprise . catégorie juridique': q('EI'),
        'entreprise . catégorie juridique . EI . auto-entrepreneur': 'non',
        'entreprise . imposition': q('IR'),
        'dirigeant . rémunération . totale': yearly,
      };
    case 'ei_is':
      return {
        ...s,
        'entreprise . catégorie juridique': q('EI'),
        'entreprise . catégorie juridique . EI . auto-entrepreneur': 'non',
        'entreprise . imposition': q('IS'),
        'dirigeant . rémunération . net': yearly,
      };
    case 'eurl':
      return {
        ...s,
        'entreprise . catégorie juridique': q('SARL'),
        'entreprise . associés': q('unique'),
        'entreprise . imposition': q('IS'),
        'dirigeant . rémunération . net': yearly,
      };
    case 'sarl_major':
      return {
        ...s,
        'entreprise . catégorie juridique': q('SARL'),
        'entreprise . associés': q('multiples'),
        'dirigeant . gérant minoritaire': 'non',
        'entreprise . imposition': q('IS'),
        'dirigeant . rémunération . net': yearly,
      };
    case 'sarl_minor':
      return {
        ...s,
        'entreprise . catégorie juridique': q('SARL'),
        'entreprise . associés': q('multiples'),
        'dirigeant . gérant minoritaire': 'oui',
        'salarié . rémunération . net . à payer avant impôt': `${monthly} €/mois`,
      };
    case 'sasu':
      return {
        ...s,
        'entreprise . catégorie juridique': q('SAS'),
        'entreprise . associés': q('unique'),
        'salarié . rémunération . net . à payer avant impôt': `${monthly} €/mois`,
      };
    case 'sas':
      return {
        ...s,
        'entreprise . catégorie juridique': q('SAS'),
        'entreprise . associés': q('multiples'),
        'salarié . rémunération . net . à payer avant impôt': `${monthly} €/mois`,
      };
  }
}

/** URSSAF's yearly contributions, converted from its float to a Decimal (cents). */
function urssaf(form: Form, monthly: number, acre: boolean): Decimal {
  engine.setSituation(situation(form, monthly, acre) as never);
  const e = engine.evaluate({ valeur: 'dirigeant . rémunération . cotisations', unité: '€/an' } as never);
  const v = e.nodeValue;
  if (typeof v !== 'number') return new Decimal(0); // no contribution (0 turnover or pay)
  return new Decimal(v.toFixed(2));
}

const r2026 = socialRulesFor(2026).rules;
const year = { prorata: new Decimal(1), activeMonths: 12 };

function ecomplan(form: Form, monthly: number, acre: boolean): Decimal {
  const m = new Decimal(monthly);
  const tnsAcre = acre ? acreSocialFor('2026-01').tnsRate.value : new Decimal(0);
  switch (form) {
    case 'micro': {
      const r = microRates(1, rulesFor(2026), r2026, {
        activity: 'goods',
        override: undefined,
        acre,
        versementLiberatoire: false,
        start: '2026-01',
      });
      return m.times(12).times(r.social.plus(r.cfp).plus(r.tfc));
    }
    case 'ei_ir':
      return tnsFromProfit(m.times(12), r2026, { ...year, acreRate: tnsAcre }).total;
    case 'ei_is':
    case 'eurl':
    case 'sarl_major':
      return tnsFromNet(m.times(12), r2026, { ...year, acreRate: tnsAcre }).total;
    default:
      return employeeOfNet(m, r2026, acre ? acreSocialFor('2026-01') : null).total.times(12);
  }
}

const points = FORMS.flatMap((form) => LEVELS.flatMap((monthly) => [false, true].map((acre) => ({ form, monthly, acre }))));

describe('owner contributions agree with modele-social (URSSAF) within 1 % or 25 €/year', () => {
  const rows: string[] = [];
  it.each(points)('$form at $monthly €/month, ACRE $acre', ({ form, monthly, acre }) => {
    const theirs = urssaf(form, monthly, acre);
    const ours = ecomplan(form, monthly, acre);
    const diff = ours.minus(theirs);
    const tolerance = Decimal.max(new Decimal(25), theirs.abs().times('0.01'));
    rows.push(`| ${form} | ${monthly} | ${acre ? 'oui' : 'non'} | ${ours.toFixed(2)} | ${theirs.toFixed(2)} | ${diff.toFixed(2).replace(/^-0\.00$/, '0.00')} |`);
    expect(diff.abs().lte(tolerance), `${form} ${monthly} ACRE ${acre}: ecomplan ${ours.toFixed(2)} vs URSSAF ${theirs.toFixed(2)}`).toBe(true);
  });
  it('covers at least 40 points, every legal form', () => {
    expect(points.length).toBeGreaterThanOrEqual(40);
    if (process.env.SOCIAL_TABLE)
      writeFileSync(process.env.SOCIAL_TABLE, `${['| form | €/month | ACRE | ecomplan €/year | URSSAF €/year | difference |', '|---|---|---|---|---|---|', ...rows].join('\n')}\n`);
  });
  it('micro ACRE factor of a 2026-01 creation is 50 %', () => {
    expect(acrePayFactor('2026-01').value.toString()).toBe('0.5');
  });
}, 120_000);
