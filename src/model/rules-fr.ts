/**
 * French figures the forecast relies on, in ONE dated table (french-rules.md).
 * Each figure carries its source and how sure we are of it; the table is keyed by
 * the calendar year it applies to and the engine picks the row of each forecast
 * month's year. A yearly update is a new row here plus its test.
 *
 * These are defaults to check, not legal advice: `uncertain` figures are
 * approximations or announced values.
 */
import { Decimal } from './decimal.js';
import { LEGAL_RULES_2027 } from './rules-legal.js';
/** The owner's social contributions barème (TNS, assimilé salarié, micro TFC, ACRE) is part of this table. */
export { socialRulesFor } from './rules-social.js';

/** primary = read in a primary text; secondary = several secondary sources agree; uncertain = approximation or announcement. */
export type Certainty = 'primary' | 'secondary' | 'uncertain';

export interface Figure {
  value: Decimal;
  source: string;
  certainty: Certainty;
}

interface ByActivity {
  goods: Figure;
  services: Figure;
}

export interface FrenchRules {
  year: number;
  micro: {
    /** Social contributions, share of turnover. */
    social: ByActivity;
    /** Contribution à la formation professionnelle, share of turnover. */
    cfp: ByActivity;
    /** Optional income tax paid with the contributions, share of turnover. */
    versementLiberatoire: ByActivity;
    /** Turnover ceiling of the micro regime (prorated in the creation year). */
    ceiling: ByActivity;
  };
  /** Franchise en base de TVA (art. 293 B CGI): base and upper thresholds of turnover. */
  vatFranchise: { base: ByActivity; upper: ByActivity };
  /** Standard VAT rate: charged shipping, default rate of costs. */
  vatStandard: Figure;
  corporateTax: { reducedRate: Figure; reducedCeiling: Figure; normalRate: Figure };
  /** Default social rate on owner pay when `company.social_rate` is absent. */
  socialDefault: { nonSalaried: Figure; assimilatedEmployee: Figure };
  /** Ranges outside which a hypothesis deserves a second look (warnings only). */
  sanity: { conversionMin: Figure; conversionMax: Figure; basketMin: Figure; basketMax: Figure };
}

const fig = (value: string, certainty: Certainty, source: string): Figure => ({ value: new Decimal(value), certainty, source });

const URSSAF_MICRO = 'urssaf.fr / service-public.fr — taux de cotisations du micro-entrepreneur';
const VL = 'impots.gouv.fr / service-public.fr — versement libératoire de l’impôt sur le revenu (micro-entrepreneur)';
const CFP = 'urssaf.fr — contribution à la formation professionnelle des micro-entrepreneurs (sources secondaires concordantes)';
const CEILING = 'art. 50-0 et 102 ter CGI — seuils du régime micro';
const FRANCHISE = 'art. 293 B CGI, loi 2025-1044 (abrogation du seuil unique de 25 000 €) — sources secondaires concordantes';
const VAT_RATE = 'art. 278 CGI — taux normal de TVA';
const IS = 'art. 219 CGI — taux réduit PME et taux normal de l’impôt sur les sociétés (conditions PME à vérifier)';
const TNS = 'approximation courante des cotisations d’un dirigeant non salarié (≈ 45 % du revenu net), à vérifier';
const ASSIMILE = 'approximation courante des cotisations d’un président assimilé salarié (≈ 80 % du net, parts patronale et salariale), à vérifier';
const SANITY_CONV = 'ordre de grandeur e-commerce (1 à 3 % des sessions) ; alerte hors 0,2–10 %';
const SANITY_BASKET = 'heuristique ecomplan autour du panier moyen FEVAD ≈ 67 € (S1 2025)';

const common = {
  micro: {
    social: { goods: fig('0.123', 'primary', URSSAF_MICRO), services: fig('0.212', 'primary', URSSAF_MICRO) },
    cfp: { goods: fig('0.001', 'secondary', CFP), services: fig('0.002', 'secondary', CFP) },
    versementLiberatoire: { goods: fig('0.01', 'primary', VL), services: fig('0.017', 'primary', VL) },
  },
  vatFranchise: {
    base: { goods: fig('85000', 'secondary', FRANCHISE), services: fig('37500', 'secondary', FRANCHISE) },
    upper: { goods: fig('93500', 'secondary', FRANCHISE), services: fig('41250', 'secondary', FRANCHISE) },
  },
  vatStandard: fig('0.2', 'primary', VAT_RATE),
  corporateTax: {
    reducedRate: fig('0.15', 'secondary', IS),
    reducedCeiling: fig('42500', 'secondary', IS),
    normalRate: fig('0.25', 'secondary', IS),
  },
  socialDefault: { nonSalaried: fig('0.45', 'uncertain', TNS), assimilatedEmployee: fig('0.80', 'uncertain', ASSIMILE) },
  sanity: {
    conversionMin: fig('0.002', 'uncertain', SANITY_CONV),
    conversionMax: fig('0.10', 'uncertain', SANITY_CONV),
    basketMin: fig('10', 'uncertain', SANITY_BASKET),
    basketMax: fig('500', 'uncertain', SANITY_BASKET),
  },
};

/** The dated table. Years after the last row use the last row; years before the first use the first. */
export const RULES_FR: Readonly<Record<number, FrenchRules>> = {
  2025: {
    year: 2025,
    ...common,
    micro: {
      ...common.micro,
      ceiling: { goods: fig('188700', 'primary', `${CEILING} (2023–2025)`), services: fig('77700', 'primary', `${CEILING} (2023–2025)`) },
    },
  },
  2026: {
    year: 2026,
    ...common,
    micro: {
      ...common.micro,
      ceiling: {
        goods: fig('203100', 'uncertain', `${CEILING} (annoncés pour 2026–2028)`),
        services: fig('83600', 'uncertain', `${CEILING} (annoncés pour 2026–2028)`),
      },
    },
  },
};

const YEARS = Object.keys(RULES_FR)
  .map(Number)
  .sort((a, b) => a - b);

/** The rules of calendar year `year` (clamped to the table). */
export function rulesFor(year: number): FrenchRules {
  const first = YEARS[0]!;
  const last = YEARS[YEARS.length - 1]!;
  const y = year < first ? first : Math.min(year, last);
  const found = RULES_FR[y] ?? RULES_FR[YEARS.filter((k) => k <= y).pop() ?? first];
  return found!;
}

/** The rules of the calendar year of a `YYYY-MM` month. */
export function rulesForMonth(ym: string): FrenchRules {
  return rulesFor(Number(ym.slice(0, 4)));
}

/**
 * ACRE (aide à la création ou reprise d'entreprise) for a micro-entrepreneur:
 * the share of the social contributions still paid during the first 12 months,
 * chosen by the creation month. Dated like the table above.
 */
const ACRE_FR: ReadonlyArray<{ from: string; payFactor: Figure }> = [
  {
    from: '2019-01',
    payFactor: fig('0.5', 'secondary', 'urssaf.fr / service-public.fr — ACRE du micro-entrepreneur : cotisations réduites de 50 % pendant 12 mois (créations avant le 2026-07-01)'),
  },
  {
    from: '2026-07',
    payFactor: fig('0.75', 'secondary', 'sources secondaires concordantes — ACRE ramenée à −25 % (75 % payés) pour les créations à partir du 2026-07-01, éligibilité restreinte'),
  },
];

/** What a micro-entrepreneur pays, as a share of the full rate, in the first 12 months with ACRE, by creation month. */
export function acrePayFactor(creationMonth: string): Figure {
  let current = ACRE_FR[0]!.payFactor;
  for (const period of ACRE_FR) if (creationMonth >= period.from) current = period.payFactor;
  return current;
}

/** A dated rule of law the legal drafts follow: what it requires, its source, and the day it applies from. */
export interface LegalRule {
  id: string;
  inForceFrom: string;
  source: string;
  certainty: Certainty;
  /** What was, and was not, confirmed against the official text. */
  checked?: string;
}

/**
 * The rules of law the drafts, `check` and the forecast rely on: the consumer-law rules of
 * issue 12 (items 11–12) and those of a shop launching in 2027 (issue 20, `rules-legal.ts`).
 * A draft uses a rule only from its date.
 */
export const LEGAL_RULES_FR: readonly LegalRule[] = [
  {
    id: 'withdrawal_function',
    inForceFrom: '2026-06-19',
    source: 'C. consom. L221-21 (ord. 2026-2) and D221-5 (décret 2026-3 du 5 janvier 2026): « renoncer au contrat ici », « confirmer la rétractation », acknowledgement with content, date and time',
    certainty: 'primary',
  },
  {
    id: 'phone_canvassing_consent',
    inForceFrom: '2026-08-11',
    source:
      'C. consom. L223-1 et suivants as amended by loi n° 2025-594 du 30 juin 2025, art. 13 (III: in force 11 August 2026): no telephone canvassing without prior, free, specific, informed, unambiguous and revocable consent',
    certainty: 'secondary',
  },
  {
    id: 'late_delivery_refund',
    inForceFrom: '2016-07-01',
    source: 'C. consom. L216-2, L216-3 (refund within 14 days of the termination), L241-4 (increase of 10/20/50 %)',
    certainty: 'primary',
  },
  ...LEGAL_RULES_2027,
];

/**
 * The date of the rules as a whole, printed by the legal drafts and the dossier and written in
 * docs/legal.md: the latest date of the table above (today the issuance of electronic invoices by
 * small businesses, 2027-09-01), so that the drafts follow every rule of the table.
 */
export const RULES_DATE: string = LEGAL_RULES_FR.map((r) => r.inForceFrom)
  .sort()
  .at(-1) as string;

/** The legal rule `id`, or throws: a draft must not cite a rule the table lacks. */
export function legalRule(id: string): LegalRule {
  const rule = LEGAL_RULES_FR.find((r) => r.id === id);
  if (!rule) throw new Error(`unknown legal rule ${id}`);
  return rule;
}

/**
 * Legal durations and thresholds of consumer law and accounting that the checks,
 * the forecast and the legal drafts apply, with their source. They do not move
 * with the calendar year (a change is an edit here and its test).
 */
export const LEGAL_FR = {
  /** Minimum withdrawal period of a distance sale, in days (art. L221-18 C. conso.). */
  withdrawalMinDays: 14,
  /** Maximum time to refund after a withdrawal, in days (art. L221-24 C. conso.). */
  refundMaxDays: 14,
  /** Order amount (TTC) from which the contract is archived and given access to, in euros (art. L213-1 and D213-1 C. conso.). */
  archivingThreshold: 120,
  /** Delivery deadline when none is stated, in days (art. L216-1 C. conso.). */
  deliveryDefaultDays: 30,
} as const;

/** Convention of the forecast: a month counts 30 days (cover and safety days, payment terms, reorder points, break-even days). */
export const DAYS_PER_MONTH = 30;

/**
 * Legal forms by group: individual (no separate legal person), companies (a legal person with a
 * share capital), those subject to corporate tax in the forecast, and those whose president is
 * assimilated to an employee.
 */
export const LEGAL_FORM_GROUPS = {
  individual: ['micro_entreprise', 'ei'],
  company: ['eurl', 'sarl', 'sasu', 'sas'],
  corporateTax: ['eurl', 'sarl', 'sasu', 'sas'],
  assimilatedEmployee: ['sasu', 'sas'],
} as const satisfies Record<string, ReadonlyArray<'micro_entreprise' | 'ei' | 'eurl' | 'sasu' | 'sarl' | 'sas'>>;

/** Whether `form` belongs to legal-form `group`. */
export function inLegalGroup(form: string | null | undefined, group: keyof typeof LEGAL_FORM_GROUPS): boolean {
  return form !== null && form !== undefined && (LEGAL_FORM_GROUPS[group] as readonly string[]).includes(form);
}
