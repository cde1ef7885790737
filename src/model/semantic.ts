/**
 * Semantic rules, run after the shape is valid (changesets' `rules.ts` idea):
 * references resolve, shares sum to 100 %, each strategy has its cost basis,
 * identifiers check out. Each rule is a small pure function adding Problems.
 */
import { formatPath, type Path } from '../diagnostics/diagnostic.js';
import { problem, type Problem } from '../diagnostics/problem.js';
import type { SourceMap } from '../io/yaml.js';
import { type Decimal, ONE, sum } from './decimal.js';
import { monthIndex, type MonthRef } from './fields.js';
import type { Alternative, Product, ProjectFile } from './schema.js';
import { closest } from './suggest.js';
import { costsCountedTwice } from './semantic-costs.js';
import { riskProblems } from '../risk/inputs.js';
import { full } from '../diagnostics/limits.js';
import { unitEconomicsLimit } from './combinations.js';

interface Ctx {
  p: ProjectFile;
  map: SourceMap;
  out: Problem[];
}

const at = (ctx: Ctx, code: string, path: Path, data?: Record<string, unknown>, severity: 'error' | 'warning' = 'error') =>
  ctx.out.push(problem(code, severity, formatPath(path), ctx.map.valueAt(path), data));

/** The ids of a list as a Set, built once per list: a file may hold 500 000 references to 10 000 ids (issue 24). */
const idSets = new WeakMap<readonly string[], ReadonlySet<string>>();
function idSet(known: readonly string[]): ReadonlySet<string> {
  let set = idSets.get(known);
  if (!set) idSets.set(known, (set = new Set(known)));
  return set;
}

function checkRef(ctx: Ctx, path: Path, ref: string | undefined, known: readonly string[], kind: string): void {
  if (ref === undefined || idSet(known).has(ref)) return;
  // Beyond the problems a file reports, no « did you mean » (compared with every id declared).
  const suggestion = full(ctx.out) ? undefined : closest(ref, known);
  if (suggestion) at(ctx, 'ref.unknown_suggest', path, { kind, ref, suggestion });
  else at(ctx, known.length ? 'ref.unknown' : 'ref.none_declared', path, { kind, ref, known });
}

function uniqueIds(ctx: Ctx, items: ReadonlyArray<{ id: string }> | undefined, base: Path, kind: string): void {
  const seen = new Set<string>();
  items?.forEach((item, i) => {
    if (seen.has(item.id)) at(ctx, 'ref.duplicate_id', [...base, i, 'id'], { kind, id: item.id });
    seen.add(item.id);
  });
}

function sharesSum(ctx: Ctx, shares: Array<Decimal | undefined>, base: Path, key: string, kind: string, allOrNone = false): void {
  const given = shares.filter((s): s is Decimal => s !== undefined);
  if (given.length === 0 && allOrNone) return;
  if (allOrNone && given.length !== shares.length) {
    at(ctx, 'share.partial', base, { kind, key });
    return;
  }
  const total = sum(given);
  if (!total.eq(ONE)) at(ctx, 'share.sum', base, { kind, key, total: total.times(100).toString() });
}

function luhn(digits: string): boolean {
  let total = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    total += d;
  }
  return total % 10 === 0;
}

/** SIREN (9 digits) and SIRET (14 digits) carry a Luhn key. La Poste's SIRETs (356000000…) follow another rule. */
function validSirenOrSiret(value: string, length: 9 | 14): boolean {
  const digits = value.replace(/\s/g, '');
  if (!new RegExp(`^\\d{${length}}$`).test(digits)) return false;
  if (length === 14 && digits.startsWith('356000000')) return [...digits].reduce((a, c) => a + Number(c), 0) % 5 === 0;
  return luhn(digits);
}

function strategyBasis(ctx: Ctx, item: Product | Alternative, path: Path, materials: string[], suppliers: string[]): void {
  const need = (key: string) => at(ctx, 'strategy.missing_field', [...path, key], { strategy: item.strategy, key });
  if (item.strategy === 'resale') {
    if (item.purchase_cost === undefined) need('purchase_cost');
    if (item.supplier === undefined) need('supplier');
  } else if (item.strategy === 'outsourced') {
    if (item.manufacturing_cost === undefined) need('manufacturing_cost');
    if (item.supplier === undefined) need('supplier');
  } else if (!item.bill_of_materials || item.bill_of_materials.length === 0) need('bill_of_materials');
  checkRef(ctx, [...path, 'supplier'], item.supplier, suppliers, 'supplier');
  item.bill_of_materials?.forEach((line, j) => checkRef(ctx, [...path, 'bill_of_materials', j, 'material'], line.material, materials, 'material'));
}

function checkMonth(ctx: Ctx, ref: MonthRef | undefined, path: Path): void {
  if (ref === undefined) return;
  const m = monthIndex(ref, ctx.p.project.start);
  if (m < 1) at(ctx, 'month.before_start', path, { month: String(ref), start: ctx.p.project.start });
  else if (m > ctx.p.project.horizon_months) at(ctx, 'month.after_horizon', path, { month: String(ref), horizon: ctx.p.project.horizon_months }, 'warning');
}

export function semanticProblems(p: ProjectFile, map: SourceMap): Problem[] {
  const ctx: Ctx = { p, map, out: [] };
  uniqueIdProblems(ctx);
  shareProblems(ctx);
  referenceProblems(ctx);
  companyProblems(ctx);
  planProblems(ctx);
  supplierCriteriaProblems(ctx);
  for (const w of costsCountedTwice(p)) at(ctx, w.code, w.path, { ...w.data, other_path: formatPath(w.data.other_path), other_line: map.valueAt(w.data.other_path).line }, 'warning');
  for (const r of riskProblems(p)) at(ctx, r.code, r.path, r.data);
  const combinations = unitEconomicsLimit(p, map);
  if (combinations) ctx.out.push(combinations);
  return ctx.out;
}

/** Ids repeated within a list. */
function uniqueIdProblems(ctx: Ctx): void {
  const { p } = ctx;
  const supplierList = p.suppliers?.list;
  uniqueIds(ctx, p.products, ['products'], 'product');
  uniqueIds(ctx, p.materials, ['materials'], 'material');
  uniqueIds(ctx, supplierList, ['suppliers', 'list'], 'supplier');
  uniqueIds(ctx, p.channels, ['channels'], 'channel');
  uniqueIds(ctx, p.acquisition, ['acquisition'], 'acquisition');
  uniqueIds(ctx, p.brand?.consumer_analysis?.personas, ['brand', 'consumer_analysis', 'personas'], 'persona');
}

/** Shares (product mix, channels, carriers) that do not sum to 100 %. */
function shareProblems(ctx: Ctx): void {
  const { p } = ctx;
  sharesSum(
    ctx,
    p.products.map((x) => x.mix),
    ['products'],
    'mix',
    'products',
  );
  if (p.channels && p.channels.length > 0)
    sharesSum(
      ctx,
      p.channels.map((c) => c.share),
      ['channels'],
      'share',
      'channels',
    );
  if (p.shipping?.carriers && p.shipping.carriers.length > 0)
    sharesSum(
      ctx,
      p.shipping.carriers.map((c) => c.share),
      ['shipping', 'carriers'],
      'share',
      'carriers',
      true,
    );
}

/** References to materials, suppliers, personas and products that do not exist; the months of communication actions. */
function referenceProblems(ctx: Ctx): void {
  const { p } = ctx;
  const materialIds = (p.materials ?? []).map((m) => m.id);
  const supplierList = p.suppliers?.list;
  const supplierIds = (supplierList ?? []).map((s) => s.id);
  const personaIds = (p.brand?.consumer_analysis?.personas ?? []).map((x) => x.id);
  const productIds = p.products.map((x) => x.id);
  p.products.forEach((prod, i) => {
    strategyBasis(ctx, prod, ['products', i], materialIds, supplierIds);
    if (prod.second_hand && prod.strategy !== 'resale') at(ctx, 'product.second_hand_not_resale', ['products', i, 'second_hand'], { strategy: prod.strategy });
    prod.alternatives?.forEach((alt, j) => strategyBasis(ctx, alt, ['products', i, 'alternatives', j], materialIds, supplierIds));
    prod.personas?.forEach((ref, j) => checkRef(ctx, ['products', i, 'personas', j], ref, personaIds, 'persona'));
  });
  p.materials?.forEach((m, i) => m.suppliers?.forEach((s, j) => checkRef(ctx, ['materials', i, 'suppliers', j], s, supplierIds, 'supplier')));
  const supplied = [...materialIds, ...productIds];
  supplierList?.forEach((s, i) => s.supplies?.forEach((x, j) => checkRef(ctx, ['suppliers', 'list', i, 'supplies', j], x, supplied, 'material_or_product')));
  checkRef(ctx, ['suppliers', 'negotiation', 'supplier'], p.suppliers?.negotiation?.supplier, supplierIds, 'supplier');
  p.legal?.rep?.forEach((r, i) => Object.keys(r.fee?.per_unit ?? {}).forEach((ref) => checkRef(ctx, ['legal', 'rep', i, 'fee', 'per_unit', ref], ref, productIds, 'product')));
  p.brand?.communication?.actions?.forEach((a, i) => {
    a.personas?.forEach((ref, j) => checkRef(ctx, ['brand', 'communication', 'actions', i, 'personas', j], ref, personaIds, 'persona'));
    checkMonth(ctx, a.month, ['brand', 'communication', 'actions', i, 'month']);
  });
}

/** The company's VAT, tax and form options, SIREN and SIRET. */
function companyProblems(ctx: Ctx): void {
  const c = ctx.p.company;
  if (c) {
    if (c.vat_regime === 'normal' && !c.vat_number) at(ctx, 'company.vat_number_required', ['company', 'vat_regime']);
    if (c.versement_liberatoire && c.legal_form !== 'micro_entreprise') at(ctx, 'company.versement_liberatoire_micro_only', ['company', 'versement_liberatoire'], { legal_form: c.legal_form });
    if (c.corporate_tax !== undefined && c.legal_form !== 'ei') at(ctx, 'company.corporate_tax_ei_only', ['company', 'corporate_tax'], { legal_form: c.legal_form }, 'warning');
    if (c.manager !== undefined && c.legal_form !== 'sarl') at(ctx, 'company.manager_sarl_only', ['company', 'manager'], { legal_form: c.legal_form }, 'warning');
    if (c.siren !== undefined && !validSirenOrSiret(c.siren, 9)) at(ctx, 'company.bad_siren', ['company', 'siren'], { value: c.siren });
    if (c.siret !== undefined && !validSirenOrSiret(c.siret, 14)) at(ctx, 'company.bad_siret', ['company', 'siret'], { value: c.siret });
    if (c.siren !== undefined && c.siret !== undefined && !c.siret.replace(/\s/g, '').startsWith(c.siren.replace(/\s/g, ''))) at(ctx, 'company.siret_siren_mismatch', ['company', 'siret']);
  }
}

/** The plan's figures: seasonality, acquisition sources, fixed costs, months, loans, returns. */
function planProblems(ctx: Ctx): void {
  const { p } = ctx;
  if (p.demand?.seasonality && p.demand.seasonality.length !== 12) at(ctx, 'demand.seasonality_length', ['demand', 'seasonality'], { count: p.demand.seasonality.length });

  p.acquisition?.forEach((s, i) => {
    const paid = s.monthly_budget !== undefined || s.cost_per_click !== undefined;
    if (paid) {
      if (s.monthly_budget === undefined) at(ctx, 'acquisition.missing_field', ['acquisition', i, 'monthly_budget'], { key: 'monthly_budget' });
      if (s.cost_per_click === undefined) at(ctx, 'acquisition.missing_field', ['acquisition', i, 'cost_per_click'], { key: 'cost_per_click' });
      else if (s.cost_per_click.isZero()) at(ctx, 'acquisition.zero_cpc', ['acquisition', i, 'cost_per_click']);
      if (s.visitors !== undefined) at(ctx, 'acquisition.paid_and_visitors', ['acquisition', i, 'visitors']);
    } else if (s.visitors === undefined) at(ctx, 'acquisition.no_traffic', ['acquisition', i], { id: s.id });
    checkMonth(ctx, s.from, ['acquisition', i, 'from']);
  });

  p.fixed_costs?.forEach((f, i) => {
    if ((f.monthly === undefined) === (f.yearly === undefined)) at(ctx, 'fixed_cost.monthly_or_yearly', ['fixed_costs', i], { name: f.name });
    checkMonth(ctx, f.from, ['fixed_costs', i, 'from']);
  });
  p.investments?.forEach((inv, i) => checkMonth(ctx, inv.month, ['investments', i, 'month']));
  p.financing?.forEach((f, i) => {
    checkMonth(ctx, f.month, ['financing', i, 'month']);
    if (f.kind === 'loan') {
      if (f.months === undefined) at(ctx, 'financing.loan_months', ['financing', i], { name: f.name });
      else if ((f.deferral_months ?? 0) >= f.months) at(ctx, 'financing.deferral_too_long', ['financing', i, 'deferral_months'], { months: f.months });
    } else if (f.rate !== undefined || f.months !== undefined || f.deferral_months !== undefined) {
      at(ctx, 'financing.loan_keys_only', ['financing', i, 'kind'], { kind: f.kind }, 'warning');
    }
  });
  p.owner_pay?.forEach((o, i) => checkMonth(ctx, o.from, ['owner_pay', i, 'from']));

  if (p.returns?.return_shipping_paid_by === 'merchant' && p.returns.return_shipping_cost === undefined) at(ctx, 'returns.cost_required', ['returns', 'return_shipping_paid_by']);
}

/** The supplier selection criteria: weights that do not sum to 100 %, scores of unknown criteria. */
function supplierCriteriaProblems(ctx: Ctx): void {
  const { p } = ctx;
  const supplierList = p.suppliers?.list;
  const weights = p.suppliers?.method?.criteria;
  if (weights && weights.length > 0)
    sharesSum(
      ctx,
      weights.map((w) => w.weight),
      ['suppliers', 'method', 'criteria'],
      'weight',
      'criteria',
    );
  if (weights && supplierList) {
    const names = weights.map((w) => w.name);
    supplierList.forEach((s, i) => {
      for (const key of Object.keys(s.scores ?? {})) if (!idSet(names).has(key)) checkRef(ctx, ['suppliers', 'list', i, 'scores', key], key, names, 'criterion');
    });
  }
}
