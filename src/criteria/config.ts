/**
 * The check configuration: default thresholds (referential.md) and the zod schema of
 * `.ecomplanrc.yaml` (knip's idea: a zod-validated config whose issues become located
 * messages). Reading the file and searching for it is the command's business.
 */
import { LEGAL_FR } from '../model/rules-fr.js';
import * as z from 'zod';
import { problem, type Problem } from '../diagnostics/problem.js';
import type { SourceMap } from '../io/yaml.js';
import { Decimal } from '../model/decimal.js';
import { int, list, rate } from '../model/fields.js';
import { closest } from '../model/suggest.js';
import { issuesToProblems } from '../model/zod-issues.js';
import type { CheckConfig, Thresholds } from './types.js';
import { EVIDENCE_TEXTS } from './evidence-table.js';
import type { TextKind } from './filler.js';

/** The criteria whose evidence includes texts of this kind (« C1.1, C2.7, C3.1 »). */
function readersOf(kind: TextKind): string {
  return Object.entries(EVIDENCE_TEXTS)
    .filter(([, specs]) => specs.some((s) => s.kind === kind))
    .map(([id]) => id)
    .join(', ');
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  objectiveTolerance: new Decimal('0.2'),
  markupTarget: new Decimal('0.3'),
  funnelTolerance: new Decimal('0.1'),
  maxDeliveryDays: LEGAL_FR.deliveryDefaultDays,
  minHorizonMonths: 12,
  minSuppliersCompared: 2,
  minCompetitors: 2,
  minOrderSteps: 3,
  minFunnelStages: 3,
  minFeedbackChannels: 2,
  minWordsDescription: 8,
  minWordsStatement: 5,
  minWordsItem: 1,
};

export const DEFAULT_CONFIG: CheckConfig = { thresholds: DEFAULT_THRESHOLDS, ignore: [] };

export const CONFIG_FILE_NAME = '.ecomplanrc.yaml';

/** Config keys (snake_case, as in the project file) and the threshold each sets. */
export const THRESHOLD_KEYS = {
  objective_tolerance: 'objectiveTolerance',
  markup_target: 'markupTarget',
  funnel_tolerance: 'funnelTolerance',
  max_delivery_days: 'maxDeliveryDays',
  min_horizon_months: 'minHorizonMonths',
  min_suppliers_compared: 'minSuppliersCompared',
  min_competitors: 'minCompetitors',
  min_order_steps: 'minOrderSteps',
  min_funnel_stages: 'minFunnelStages',
  min_feedback_channels: 'minFeedbackChannels',
  min_words_description: 'minWordsDescription',
  min_words_statement: 'minWordsStatement',
  min_words_item: 'minWordsItem',
} as const satisfies Record<string, keyof Thresholds>;

/** What each threshold means (the tables of README.md, docs/check.md and docs/en/check.md are generated from this). */
export const THRESHOLD_DOCS: Record<keyof typeof THRESHOLD_KEYS, { criterion: string; fr: string; en: string }> = {
  objective_tolerance: {
    criterion: 'C1.4',
    fr: 'CA HT prévisionnel (année 1, dernière année complète) à ± cette part de l’objectif',
    en: 'forecast revenue (year 1, last full year) within ± this share of the objective',
  },
  markup_target: { criterion: 'C2.3', fr: 'taux de marque minimal de chaque produit sur son canal principal', en: 'minimum taux de marque of every product on its main channel' },
  funnel_tolerance: {
    criterion: 'C4.2',
    fr: 'écart relatif admis entre le taux de la dernière étape du tunnel et le taux de conversion',
    en: 'relative difference allowed between the funnel’s end rate and the conversion rate',
  },
  max_delivery_days: {
    criterion: 'C2.6, C5.1',
    fr: 'délai maximal admis, en jours, pour la livraison promise et pour le délai de livraison des CGV (défaut légal : 30)',
    en: 'longest promised delivery time and delivery deadline, in days (legal default: 30)',
  },
  min_horizon_months: { criterion: 'C1.6', fr: 'horizon minimal du prévisionnel, en mois', en: 'shortest forecast horizon, in months' },
  min_suppliers_compared: { criterion: 'C2.1', fr: 'fournisseurs comparés pour chaque article acheté', en: 'suppliers compared for each purchased item' },
  min_competitors: { criterion: 'C3.3', fr: 'concurrents analysés', en: 'competitors analysed' },
  min_order_steps: { criterion: 'C2.5', fr: 'étapes de la procédure de commande', en: 'steps of the order procedure' },
  min_funnel_stages: { criterion: 'C4.2', fr: 'étapes du tunnel de vente', en: 'stages of the sales funnel' },
  min_feedback_channels: { criterion: 'C4.3', fr: 'canaux de recueil des avis', en: 'feedback channels' },
  min_words_description: {
    criterion: readersOf('description'),
    fr: 'mots d’une description : le projet, un produit, un persona, la stratégie de communication',
    en: 'words of a description: the project, a product, a persona, the communication strategy',
  },
  min_words_statement: {
    criterion: readersOf('statement'),
    fr: 'mots d’un énoncé : une méthode, la cible, une mission ou promesse, une solution de repli, un programme de fidélité',
    en: 'words of a statement: a method, the target, a mission or promise, a fallback option, a loyalty programme',
  },
  min_words_item: {
    criterion: readersOf('item'),
    fr: 'mots d’un élément de liste ou d’un libellé court : une valeur, une attente, un KPI, une étape de commande',
    en: 'words of a list item or a short label: a value, an expectation, a KPI, an order step',
  },
};

const obj = <T extends z.ZodRawShape>(shape: T) => z.strictObject(shape, { message: 'value.expected_mapping' });

const ConfigSchema = obj({
  min_score: rate().optional().describe('Exit 0 when the score reaches this rate (80%)'),
  ignore: list(z.string({ message: 'value.expected_text' }))
    .optional()
    .describe('Criterion IDs not judged'),
  thresholds: obj({
    objective_tolerance: rate().optional(),
    markup_target: rate().optional(),
    funnel_tolerance: rate().optional(),
    max_delivery_days: int(0, 365).optional(),
    min_horizon_months: int(12, 60).optional(),
    min_suppliers_compared: int(1, 20).optional(),
    min_competitors: int(0, 20).optional(),
    min_order_steps: int(1, 50).optional(),
    min_funnel_stages: int(1, 20).optional(),
    min_feedback_channels: int(1, 20).optional(),
    min_words_description: int(0, 500).optional(),
    min_words_statement: int(0, 500).optional(),
    min_words_item: int(0, 50).optional(),
  }).optional(),
});

/** Problems of unknown criterion IDs (with a suggestion) in a list of IDs. */
export function unknownIds(ids: readonly string[], known: readonly string[]): Array<{ index: number; id: string; suggestion?: string }> {
  const out: Array<{ index: number; id: string; suggestion?: string }> = [];
  ids.forEach((id, index) => {
    if (known.includes(id)) return;
    const suggestion = closest(id, known);
    out.push(suggestion ? { index, id, suggestion } : { index, id });
  });
  return out;
}

/** Build a config from parsed YAML data; every problem is located with `map`. */
export function configFromData(data: unknown, map: SourceMap, knownIds: readonly string[]): { config?: CheckConfig; problems: Problem[] } {
  const value = data === null || data === undefined ? {} : data;
  const parsed = ConfigSchema.safeParse(value);
  if (!parsed.success) return { problems: issuesToProblems(parsed.error.issues, value, map, ConfigSchema as unknown as z.ZodType) };
  const c = parsed.data;
  const problems: Problem[] = unknownIds(c.ignore ?? [], knownIds).map((u) =>
    problem(u.suggestion ? 'config.unknown_criterion_suggest' : 'config.unknown_criterion', 'error', `ignore[${u.index}]`, map.valueAt(['ignore', u.index]), {
      id: u.id,
      suggestion: u.suggestion ?? '',
      known: knownIds,
    }),
  );
  if (problems.length > 0) return { problems };
  const thresholds: Thresholds = { ...DEFAULT_THRESHOLDS };
  for (const [key, field] of Object.entries(THRESHOLD_KEYS) as Array<[keyof typeof THRESHOLD_KEYS, keyof Thresholds]>) {
    const v = c.thresholds?.[key];
    if (v !== undefined) (thresholds as unknown as Record<string, unknown>)[field] = v;
  }
  const config: CheckConfig = { thresholds, ignore: c.ignore ?? [] };
  if (c.min_score !== undefined) config.minScore = c.min_score;
  return { config, problems: [] };
}

/** Command-line options win over the file: --ignore adds IDs, --min-score replaces. */
export function withOptions(config: CheckConfig, opts: { ignore?: string[]; minScore?: Decimal }): CheckConfig {
  const out: CheckConfig = { ...config, ignore: [...new Set([...config.ignore, ...(opts.ignore ?? [])])] };
  if (opts.minScore !== undefined) out.minScore = opts.minScore;
  return out;
}
