/**
 * The certification referential as data (Spectral's RuleDefinition, ESLint's rule
 * `meta`): each criterion has a stable ID, its block, the jury's words in French and
 * English, the project paths it reads, and a pure check. Results are plain data:
 * message ids + data (rendered by the i18n catalog), paths and line:column.
 */
import type { Path, Severity } from '../diagnostics/diagnostic.js';
import type { Forecast } from '../engine/types.js';
import type { SourceMap } from '../io/yaml.js';
import type { ProjectFile } from '../model/schema.js';
import type { Decimal } from '../model/decimal.js';

export const BLOCK_IDS = ['C1', 'C2', 'C3', 'C4', 'C5'] as const;
export type BlockId = (typeof BLOCK_IDS)[number];

export type Status = 'pass' | 'partial' | 'fail';

export interface Words {
  fr: string;
  en: string;
}

/** Thresholds a trainer may override in `.ecomplanrc.yaml` (defaults in config.ts). */
export interface Thresholds {
  /** C1.4: forecast revenue within ± this share of the objective. */
  objectiveTolerance: Decimal;
  /** C2.3: minimum taux de marque on each product's main channel. */
  markupTarget: Decimal;
  /** C4.2: funnel end rate vs conversion rate, relative difference allowed. */
  funnelTolerance: Decimal;
  /** C2.6: promised delivery at most this many days (legal default 30, L216-1). */
  maxDeliveryDays: number;
  /** C1.6: forecast horizon of at least this many months. */
  minHorizonMonths: number;
  /** C2.1: suppliers compared per purchased item. */
  minSuppliersCompared: number;
  /** C3.3: competitors analysed. */
  minCompetitors: number;
  /** C2.5: ordered steps of the order procedure. */
  minOrderSteps: number;
  /** C4.2: funnel stages. */
  minFunnelStages: number;
  /** C4.3: feedback channels. */
  minFeedbackChannels: number;
  /** Evidence texts (evidence-table.ts): minimum words of a description (a product, a persona, the strategy). */
  minWordsDescription: number;
  /** Minimum words of a statement (a method, a mission, a fallback option). */
  minWordsStatement: number;
  /** Minimum words of an item of a list or a short label (a value, a KPI, a step). */
  minWordsItem: number;
}

export interface CheckConfig {
  thresholds: Thresholds;
  /** Criterion IDs not judged (not scored, never failing). */
  ignore: string[];
  /** Exit-code rule: the score (a fraction 0..1) to reach instead of "no criterion fails". */
  minScore?: Decimal;
}

/** What every check reads: the project, where each value sits, the forecast when the engine ran. */
export interface CheckInput {
  project: ProjectFile;
  map: SourceMap;
  /** Absent when the engine could not run (see `forecastError`). */
  forecast?: Forecast;
  /** Message id (and data) of why the engine did not run, if it did not. */
  forecastError?: { code: string; data: Record<string, unknown>; path?: string };
  config: CheckConfig;
}

/** Something to add or fix, at the path where it is (or belongs). */
export interface GapSpec {
  id: string;
  path: Path;
  data?: Record<string, unknown>;
}

/** What a check returns; the runner turns paths into line:column. */
export interface Verdict {
  status: Status;
  /** Evidence found (for `pass`; may also be given for partial). */
  evidence?: { id: string; path: Path; data?: Record<string, unknown> };
  /** What is missing or incoherent; empty for `pass`. */
  gaps: GapSpec[];
}

export interface CriterionDefinition {
  id: string;
  block: BlockId;
  /** Short title (the jury's words, abridged). */
  title: Words;
  /** The jury's full sentence in the referential. */
  jury: Words;
  /** What passes, in one paragraph. */
  passes: Words;
  /** Project paths read (`forecast` when it consumes the engine's result). */
  reads: string[];
  /** How a fail is reported in CI formats (a partial is always a warning). */
  severity: Severity;
  /** A minimal YAML snippet that satisfies the criterion (`--explain`). */
  example: string;
  check(input: CheckInput): Verdict;
}

export interface Located {
  path: string;
  line: number;
  column: number;
}

interface Gap extends Located {
  id: string;
  data: Record<string, unknown>;
}

export interface CriterionResult extends Located {
  id: string;
  block: BlockId;
  status: Status | 'ignored';
  /** Message of the result: the evidence when it passes, else the first gap. */
  messageId: string;
  data: Record<string, unknown>;
  gaps: Gap[];
}

/** A coherence finding: not a criterion, but a jury would ask. */
export interface Finding extends Located {
  code: string;
  severity: Severity;
  data: Record<string, unknown>;
}

export interface Score {
  pass: number;
  partial: number;
  fail: number;
  /** Criteria judged (ignored ones excluded). */
  total: number;
  /** (pass + 0.5 × partial) / total, a fraction 0..1; 0 when nothing is judged (`total` 0: shown « n/a », it never reaches a minimum score). */
  value: Decimal;
}

export interface CheckResult {
  criteria: CriterionResult[];
  findings: Finding[];
  score: { overall: Score; blocks: Record<BlockId, Score> };
  /** The exit-code rule (referential.md): no error finding, and no fail (or, with a minimum score, score ≥ min). */
  ok: boolean;
  /** The minimum score the rule used, when one was asked. */
  minScore?: Decimal;
}
