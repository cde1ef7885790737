/**
 * The owner's social contributions barème, dated and sourced (issue 9), part of the
 * rules table of rules-fr.ts. Keyed by the calendar year it applies to; a year
 * not in the table uses the last known year (the forecast says so in a warning).
 *
 * Every figure was checked against the published barème and against `modele-social`
 * 11.1.0 (the publicodes rules of mon-entreprise.urssaf.fr), which a test evaluates
 * at 40+ points (test/engine/social-urssaf.test.ts).
 */
import { Decimal } from './decimal.js';
import type { Certainty, Figure } from './rules-fr.js';

const fig = (value: string, certainty: Certainty, source: string): Figure => ({ value: new Decimal(value), certainty, source });

export interface SocialRules {
  year: number;
  /** Plafond annuel de la sécurité sociale. */
  pass: Figure;
  /** SMIC horaire on 1 January (minimum pension base = 450 h × SMIC). */
  smicHourly: Figure;
  /** Travailleur non salarié (EI, EURL, gérant majoritaire de SARL), art. L613-1 s. CSS. */
  tns: {
    /** Maladie-maternité: rate interpolated between the points (share of PASS → rate), 6.5 % above 5 PASS. */
    healthPoints: ReadonlyArray<{ at: Decimal; rate: Decimal }>;
    healthAbove5: Figure;
    healthMinBase: Figure; // × PASS (prorated)
    dailyAllowance: Figure; // indemnités journalières, rate
    dailyAllowanceMinBase: Figure; // × PASS (prorated)
    pensionBase: Figure; // ≤ PASS
    pensionBaseAbove: Figure; // above PASS
    pensionMinHours: Figure; // × SMIC horaire
    complementary1: Figure; // up to the RCI ceiling
    complementary2: Figure; // up to 4 PASS
    complementaryCeiling: Figure; // € / year
    disability: Figure; // invalidité-décès, base between 11.5 % and 100 % PASS
    disabilityMinBase: Figure;
    /** Allocations familiales: 0 up to 110 % PASS, 3.1 % from 140 % PASS, linear between. */
    familyFrom: Figure;
    familyTo: Figure;
    familyRate: Figure;
    csgDeductible: Figure;
    csgNonDeductible: Figure; // CSG non déductible + CRDS
    cfp: Figure; // × PASS, commerçant
    /** Provisional base of the first two years: share of PASS (prorated). */
    provisionalBase: Figure;
    /** Provisional health base: share of PASS. */
    provisionalHealthBase: Figure;
    /** Calendar month of year N+1 in which year N is regularised (cash plan). */
    regularisationMonth: Figure;
  };
  /** Assimilé salarié (président de SAS/SASU, gérant minoritaire ou égalitaire de SARL): no unemployment insurance. */
  employee: {
    employer: {
      capped: Figure;
      uncapped: Figure;
      complementary1: Figure;
      complementary2: Figure;
      ceg1: Figure;
      ceg2: Figure;
      cet: Figure;
      executiveInsurance: Figure;
      fnal: Figure;
    };
    employeeShare: {
      capped: Figure;
      uncapped: Figure;
      complementary1: Figure;
      complementary2: Figure;
      ceg1: Figure;
      ceg2: Figure;
      cet: Figure;
    };
    csgDeductible: Figure;
    csgNonDeductible: Figure;
    crds: Figure;
    csgBaseShare: Figure; // 98.25 % of gross up to 4 PASS
    /** Employer contributions on the whole gross: maladie, vieillesse déplafonnée, AF, AT/MP, CSA, formation, apprentissage. */
    health: Figure;
    family: Figure;
    accident: Figure;
    autonomy: Figure;
    training: Figure;
    apprenticeship: Figure;
  };
  micro: {
    /** Taxe pour frais de chambre (commerçant), share of turnover. */
    tfc: { goods: Figure; services: Figure };
    /** Reduced micro rates under ACRE are rounded to this step (décret 2026-69). */
    acreRounding: Figure;
  };
}

const PASS_2026 = 'arrêté du 22 décembre 2025 portant fixation du plafond de la sécurité sociale pour 2026 (4 005 €/mois, 48 060 €/an)';
const SMIC_2026 = 'décret 2025-1228 du 17 décembre 2025 — SMIC horaire brut 12,02 € au 1er janvier 2026';
const TNS = 'art. L621-1 à L621-3, D621-1 s. CSS ; urssaf.fr « Taux de cotisations des artisans et commerçants » 2026 ; modele-social 11.1.0';
const TNS_MIN = 'art. D613-1 s. CSS — assiettes minimales (40 % PASS maladie-IJ, 11,5 % PASS invalidité-décès, 450 × SMIC retraite de base)';
const RCI = 'règlement du régime complémentaire des indépendants (CPSTI) — plafond 43 891 € (valeur 2025 reconduite dans modele-social 11.1.0 pour 2026)';
const CSG = 'art. L136-3 et L136-8 CSS, ord. 96-50 (CRDS) — 9,2 % + 0,5 %, dont 6,8 % déductible';
const CFP = 'art. L6331-48 code du travail — 0,25 % du PASS (commerçant)';
const PROVISIONAL = 'art. L613-8 et R613-1 CSS — cotisations provisionnelles de début d’activité sur 19 % du PASS (40 % pour la maladie)';
const REGUL = 'urssaf.fr — régularisation après la déclaration de revenus (mai-juin N+1) ; ecomplan la porte au plan de trésorerie en novembre N+1 (simplification)';
const SAL = 'urssaf.fr « Taux de cotisations secteur privé » au 1er janvier 2026 ; AGIRC-ARRCO 2026 ; modele-social 11.1.0 (mandataire assimilé salarié, sans assurance chômage, cadre)';
const TFC = 'art. 1600 CGI — taxe pour frais de chambre de commerce des micro-entrepreneurs (0,015 % ventes, 0,044 % services)';
const ACRE_ROUND = 'décret 2026-69 — taux réduits ACRE des micro-entrepreneurs arrondis au dixième de point';

const p = (v: string) => new Decimal(v);

export const SOCIAL_FR: Readonly<Record<number, SocialRules>> = {
  2026: {
    year: 2026,
    pass: fig('48060', 'primary', PASS_2026),
    smicHourly: fig('12.02', 'primary', SMIC_2026),
    tns: {
      healthPoints: [
        { at: p('0.4'), rate: p('0') },
        { at: p('0.6'), rate: p('0.04') },
        { at: p('1.1'), rate: p('0.067') },
        { at: p('5'), rate: p('0.067') },
      ],
      healthAbove5: fig('0.065', 'primary', TNS),
      healthMinBase: fig('0.4', 'primary', TNS_MIN),
      dailyAllowance: fig('0.005', 'primary', TNS),
      dailyAllowanceMinBase: fig('0.4', 'primary', TNS_MIN),
      pensionBase: fig('0.1775', 'primary', TNS),
      pensionBaseAbove: fig('0.006', 'primary', TNS),
      pensionMinHours: fig('450', 'primary', TNS_MIN),
      complementary1: fig('0.07', 'primary', RCI),
      complementary2: fig('0.08', 'primary', RCI),
      complementaryCeiling: fig('43891', 'secondary', RCI),
      disability: fig('0.013', 'primary', TNS),
      disabilityMinBase: fig('0.115', 'primary', TNS_MIN),
      familyFrom: fig('1.1', 'primary', TNS),
      familyTo: fig('1.4', 'primary', TNS),
      familyRate: fig('0.031', 'primary', TNS),
      csgDeductible: fig('0.068', 'primary', CSG),
      csgNonDeductible: fig('0.029', 'primary', CSG),
      cfp: fig('0.0025', 'primary', CFP),
      provisionalBase: fig('0.19', 'primary', PROVISIONAL),
      provisionalHealthBase: fig('0.4', 'primary', PROVISIONAL),
      regularisationMonth: fig('11', 'uncertain', REGUL),
    },
    employee: {
      employer: {
        capped: fig('0.0855', 'primary', SAL),
        uncapped: fig('0.0211', 'primary', SAL),
        complementary1: fig('0.0472', 'primary', SAL),
        complementary2: fig('0.1295', 'primary', SAL),
        ceg1: fig('0.0129', 'primary', SAL),
        ceg2: fig('0.0162', 'primary', SAL),
        cet: fig('0.0021', 'primary', SAL),
        executiveInsurance: fig('0.015', 'primary', `${SAL} — prévoyance cadre (ANI 17/11/2017)`),
        fnal: fig('0.001', 'primary', SAL),
      },
      employeeShare: {
        capped: fig('0.069', 'primary', SAL),
        uncapped: fig('0.004', 'primary', SAL),
        complementary1: fig('0.0315', 'primary', SAL),
        complementary2: fig('0.0864', 'primary', SAL),
        ceg1: fig('0.0086', 'primary', SAL),
        ceg2: fig('0.0108', 'primary', SAL),
        cet: fig('0.0014', 'primary', SAL),
      },
      csgDeductible: fig('0.068', 'primary', CSG),
      csgNonDeductible: fig('0.024', 'primary', CSG),
      crds: fig('0.005', 'primary', CSG),
      csgBaseShare: fig('0.9825', 'primary', 'art. L136-1-2 CSS — abattement de 1,75 % jusqu’à 4 PASS'),
      health: fig('0.13', 'primary', SAL),
      family: fig('0.0525', 'primary', SAL),
      accident: fig('0.0208', 'secondary', `${SAL} — taux AT/MP moyen retenu par modele-social`),
      autonomy: fig('0.003', 'primary', SAL),
      training: fig('0.0055', 'primary', SAL),
      apprenticeship: fig('0.0068', 'primary', SAL),
    },
    micro: {
      tfc: { goods: fig('0.00015', 'primary', TFC), services: fig('0.00044', 'primary', TFC) },
      acreRounding: fig('0.001', 'primary', ACRE_ROUND),
    },
  },
};

const YEARS = Object.keys(SOCIAL_FR)
  .map(Number)
  .sort((a, b) => a - b);

/** The barème of `year`; `known` is false when the year is not in the table (the last known year is used). */
export function socialRulesFor(year: number): { rules: SocialRules; known: boolean } {
  const last = YEARS[YEARS.length - 1]!;
  const found = SOCIAL_FR[year];
  if (found) return { rules: found, known: true };
  const earlier = YEARS.filter((y) => y <= year).pop();
  return { rules: SOCIAL_FR[earlier ?? YEARS[0]!] ?? SOCIAL_FR[last]!, known: false };
}

/** The last year of the barème. */
export const SOCIAL_LAST_YEAR = YEARS[YEARS.length - 1]!;

/**
 * ACRE outside the micro regime, by creation month: the share of the exempted
 * contributions actually exempted below 75 % of PASS, and how the exemption fades
 * out to 0 at 100 % of PASS (art. L131-6-4 and D131-6-1 s. CSS, LFSS 2026).
 */
export interface AcreSocial {
  from: string;
  /** TNS: exemption rate of maladie, IJ, invalidité-décès, retraite de base and AF below 75 % PASS. */
  tnsRate: Figure;
  /** Assimilé salarié: share of the employer contributions exempted below 75 % PASS (employee share: all). */
  employerShare: Figure;
  /** Divisor of the fading coefficient (PASS − base) / (divisor × PASS) between 75 % and 100 % PASS. */
  fadeDivisor: Figure;
}

const ACRE_2026 = 'LFSS 2026, décret 2026-69 — ACRE réduite à 25 % d’exonération pour les créations à partir du 1er janvier 2026 (modele-social 11.1.0)';
const ACRE_OLD = 'art. D131-6-1 s. CSS — exonération totale sous 75 % du PASS, dégressive jusqu’à 100 % (créations avant 2026)';

export const ACRE_SOCIAL: ReadonlyArray<AcreSocial> = [
  {
    from: '2019-01',
    tnsRate: fig('1', 'secondary', ACRE_OLD),
    employerShare: fig('1', 'secondary', ACRE_OLD),
    fadeDivisor: fig('0.25', 'secondary', ACRE_OLD),
  },
  {
    from: '2026-01',
    tnsRate: fig('0.25', 'secondary', ACRE_2026),
    employerShare: fig('0.25', 'secondary', ACRE_2026),
    fadeDivisor: fig('1', 'secondary', ACRE_2026),
  },
];

/** The ACRE rules of a creation month `YYYY-MM`. */
export function acreSocialFor(creationMonth: string): AcreSocial {
  let current = ACRE_SOCIAL[0]!;
  for (const period of ACRE_SOCIAL) if (creationMonth >= period.from) current = period;
  return current;
}
