/**
 * The project file `ecomplan init` writes: every section of the format, in the order
 * of project-file.md, either filled (what the forecast needs) or as a commented-out
 * example that `check` will then ask for. Pure: answers in, YAML text out.
 *
 * User text only ever lands in values, through the `yaml` package's own quoting, so
 * `Bougies: "été" #1` stays a name and cannot become a key or a comment. Comments
 * and examples come from the i18n catalog (`init.file.*`, `init.ex.*`).
 */
import { stringify } from 'yaml';
import type { Decimal } from '../model/decimal.js';
import { SCHEMA_ID } from '../model/json-schema.js';
import { t, tCode } from '../i18n/index.js';
import { slugify, type InitAnswers } from './answers.js';
import { CHANNEL_DEFAULTS, DEFAULT_HORIZON_MONTHS, DEFAULT_ITEMS_PER_ORDER, DEFAULT_VAT_RATE } from './defaults.js';

export interface RenderOptions {
  /**
   * Write the examples uncommented. Tests use it to prove that every example,
   * once a user removes its `#`, is valid in its place.
   */
  uncommentExamples?: boolean;
  /** Where the `$schema` comment points (default: the schema's public URL); `init` gives the path to the installed schema. */
  schemaRef?: string;
}

/** A YAML scalar for a user's text, quoted only when needed, always on one line. */
export function yamlText(value: string): string {
  return stringify(value, { lineWidth: 0, blockQuote: false }).replace(/\n$/, '');
}

/** Money as written in the file: two decimals, more only when given (a cost of 0.125). */
function yamlMoney(d: Decimal): string {
  return d.decimalPlaces() <= 2 ? d.toFixed(2) : d.toFixed();
}

const yamlNumber = (d: Decimal): string => d.toFixed();

/** A rate as a percentage, the way people read it: 0.015 → `1.5%`. */
const yamlRate = (d: Decimal): string => `${d.times(100).toFixed()}%`;

/** Column where trailing comments of filled lines start, so that they line up. */
const COMMENT_COLUMN = 34;

function withComment(text: string, comment: string): string {
  const gap = text.length < COMMENT_COLUMN - 2 ? text.padEnd(COMMENT_COLUMN - 1) : `${text} `;
  return `${gap} # ${comment}`;
}

class Writer {
  readonly out: string[] = [];
  constructor(
    private readonly a: InitAnswers,
    private readonly uncomment: boolean,
  ) {}

  private msg(id: string, data?: Record<string, unknown>): string {
    return tCode(this.a.lang, id, data);
  }

  line(text = ''): void {
    this.out.push(text);
  }

  /** `# ── Title ───…` between sections. */
  title(id: string): void {
    const text = `# ── ${this.msg(id)} `;
    this.line();
    this.line(text.padEnd(80, '─'));
  }

  /** Explanatory comment lines (never uncommented). */
  note(pad: string, id: string, data?: Record<string, unknown>): void {
    for (const l of this.msg(id, data).split('\n')) this.line(`${pad}# ${l}`.trimEnd());
  }

  /** `key: value  # comment` */
  kv(pad: string, key: string, value: string, commentId?: string): void {
    const text = `${pad}${key}: ${value}`;
    this.line(commentId ? withComment(text, this.msg(commentId)) : text);
  }

  /** A commented-out example, each line at the indentation it has once uncommented. */
  example(pad: string, id: string, data?: Record<string, unknown>, opts: { markAtStart?: boolean } = {}): void {
    // Inside a commented-out section the `#` goes first, so the section uncomments as one block.
    const lead = this.uncomment ? pad : opts.markAtStart ? `# ${pad}` : `${pad}# `;
    for (const l of this.msg(id, data).split('\n')) {
      // The catalog writes `yaml   # comment`; realign the comment on the column of the filled lines.
      const cut = l.indexOf(' # ');
      const yaml = `${lead}${(cut < 0 ? l : l.slice(0, cut)).trimEnd()}`;
      this.line(cut < 0 ? yaml : withComment(yaml, l.slice(cut + 3).trim()));
    }
  }

  /** One commented-out line of YAML that has no words to translate. */
  exampleLine(pad: string, yaml: string): void {
    this.line(this.uncomment ? `${pad}${yaml}` : `${pad}# ${yaml}`);
  }

  text(): string {
    return `${this.out.join('\n')}\n`;
  }
}

/** Identifiers the file uses to cross-reference its parts. */
function initIds(a: InitAnswers): { product: string; supplier: string; material: string; channel: string } {
  const p = a.product;
  return {
    product: slugify(p.name, t(a.lang, 'init.value.product_id')),
    supplier: slugify(p.supplierName, t(a.lang, 'init.value.supplier_id')),
    material: slugify(p.materialName, t(a.lang, 'init.value.material_id')),
    channel: a.channel.preset,
  };
}

/** What every section of the file needs: the writer, the answers and the identifiers. */
interface FileParts {
  w: Writer;
  a: InitAnswers;
  ids: ReturnType<typeof initIds>;
  inHouse: boolean;
  /** The example supplier of an in-house project: it sells the material (and could sell the finished product). */
  exampleSupplier: string;
  /** Where the `$schema` comment points. */
  schemaRef: string;
}

export function renderProjectYaml(a: InitAnswers, opts: RenderOptions = {}): string {
  const w = new Writer(a, opts.uncommentExamples ?? false);
  // Identifiers go through the YAML quoting too: a slug such as `1` or `true` must stay text.
  const ids = Object.fromEntries(Object.entries(initIds(a)).map(([k, v]) => [k, yamlText(v)])) as ReturnType<typeof initIds>;
  const inHouse = a.product.strategy === 'in_house';
  const exampleSupplier = inHouse ? yamlText(t(a.lang, 'init.value.example_supplier_id')) : ids.supplier;
  const parts: FileParts = { w, a, ids, inHouse, exampleSupplier, schemaRef: opts.schemaRef ?? SCHEMA_ID };

  writeHeader(parts);
  writeProject(parts);
  writeCompany(parts);
  writeProducts(parts);
  writeMaterialsAndLabour(parts);
  writeSuppliers(parts);
  writeOperations(parts);
  writeChannels(parts);
  writeDemandAndAcquisition(parts);
  writeCostsAndNarrative(parts);
  return w.text();
}

function writeHeader({ w, a, schemaRef }: FileParts): void {
  w.line(`# yaml-language-server: $schema=${schemaRef}`);
  w.line('#');
  w.note('', 'init.file.header');
  w.line();
  w.line('ecomplan: 1');
  w.kv('', 'locale', a.lang, 'init.file.locale');
  w.line('currency: EUR');
}

function writeProject({ w, a }: FileParts): void {
  w.title('init.file.title.project');
  w.line('project:');
  w.kv('  ', 'name', yamlText(a.name), 'init.file.name');
  if (a.description) w.kv('  ', 'description', yamlText(a.description));
  else w.example('  ', 'init.ex.description');
  w.kv('  ', 'start', a.start, 'init.file.start');
  w.kv('  ', 'horizon_months', String(DEFAULT_HORIZON_MONTHS), 'init.file.horizon');
  w.example('  ', 'init.ex.project_more');
}

function writeCompany({ w, a }: FileParts): void {
  w.title('init.file.title.company');
  w.note('', 'init.file.company');
  w.line('company:');
  w.kv('  ', 'name', yamlText(a.name));
  w.kv('  ', 'legal_form', a.legalForm, 'init.file.legal_form');
  w.kv('  ', 'activity', 'goods', 'init.file.activity');
  w.kv('  ', 'vat_regime', a.vatRegime, `init.file.vat_regime.${a.vatRegime}`);
  if (a.vatRegime === 'normal') w.kv('  ', 'vat_number', yamlText(a.vatNumber || t(a.lang, 'init.value.vat_number_placeholder')), 'init.file.vat_number');
  w.example('  ', a.legalForm === 'micro_entreprise' ? 'init.ex.company_micro' : 'init.ex.company_other');
  w.note('  ', 'init.file.company_identity');
  w.example('  ', 'init.ex.company_identity');
}

function writeProducts({ w, a, ids, inHouse, exampleSupplier }: FileParts): void {
  const p = a.product;
  w.title('init.file.title.products');
  w.note('', 'init.file.products');
  w.line('products:');
  w.kv('  - ', 'id', ids.product, 'init.file.product_id');
  const item = '    ';
  w.kv(item, 'name', yamlText(p.name));
  w.kv(item, 'price', yamlMoney(p.price), 'init.file.price');
  w.kv(item, 'vat_rate', yamlRate(DEFAULT_VAT_RATE), 'init.file.vat_rate');
  w.kv(item, 'mix', '100%', 'init.file.mix');
  w.kv(item, 'strategy', p.strategy, 'init.file.strategy');
  if (p.strategy === 'resale') {
    w.kv(item, 'purchase_cost', yamlMoney(p.unitCost), 'init.file.purchase_cost');
    w.kv(item, 'supplier', ids.supplier, 'init.file.supplier_ref');
    if (p.secondHand) w.kv(item, 'second_hand', 'true', 'init.file.second_hand');
    else w.example(item, 'init.ex.second_hand');
  } else if (p.strategy === 'outsourced') {
    w.kv(item, 'manufacturing_cost', yamlMoney(p.unitCost), 'init.file.manufacturing_cost');
    w.kv(item, 'supplier', ids.supplier, 'init.file.supplier_ref');
    if (!p.setupCost.isZero()) w.kv(item, 'setup_cost', yamlMoney(p.setupCost), 'init.file.setup_cost');
  } else {
    w.kv(item, 'bill_of_materials', '', 'init.file.bill_of_materials');
    w.line(`${item}  - { material: ${ids.material}, quantity: ${yamlNumber(p.materialQuantity)} }`);
    w.kv(item, 'labour_minutes', yamlNumber(p.labourMinutes), 'init.file.labour_minutes');
  }
  w.example(item, 'init.ex.product_more');
  w.note(item, 'init.file.alternatives');
  // Another strategy to compare, its cost pre-filled with today's cost basis for the user to replace.
  const alternative = p.strategy === 'resale' ? 'outsourced' : 'resale';
  const altCost = inHouse ? p.unitCost.times(p.materialQuantity).toDecimalPlaces(2) : p.unitCost;
  w.example(item, `init.ex.alternative.${alternative}`, { supplier: exampleSupplier, cost: yamlMoney(altCost) });
}

function writeMaterialsAndLabour({ w, a, ids, inHouse, exampleSupplier }: FileParts): void {
  const p = a.product;
  w.title('init.file.title.materials');
  w.note('', 'init.file.materials');
  if (inHouse) {
    w.line('materials:');
    w.kv('  - ', 'id', ids.material);
    w.kv('    ', 'name', yamlText(p.materialName));
    w.kv('    ', 'unit', yamlText(p.materialUnit));
    w.kv('    ', 'cost', yamlMoney(p.unitCost), 'init.file.material_cost');
    w.example('    ', 'init.ex.material_more', { supplier: exampleSupplier });
  } else w.example('', 'init.ex.materials');
  w.title('init.file.title.labour');
  if (inHouse) {
    w.line('labour:');
    w.kv('  ', 'hourly_cost', '0', 'init.file.hourly_cost');
    w.example('  ', 'init.ex.labour_more');
  } else w.example('', 'init.ex.labour');
}

function writeSuppliers({ w, a, ids, inHouse, exampleSupplier }: FileParts): void {
  w.title('init.file.title.suppliers');
  w.note('', 'init.file.suppliers');
  if (inHouse) {
    w.exampleLine('', 'suppliers:');
    const inside = { markAtStart: true };
    w.example('  ', 'init.ex.suppliers_method', undefined, inside);
    w.example('  ', 'init.ex.suppliers_list', { supplier: exampleSupplier, material: ids.material }, inside);
    w.example('  ', 'init.ex.suppliers_negotiation', { supplier: exampleSupplier }, inside);
  } else {
    w.line('suppliers:');
    w.example('  ', 'init.ex.suppliers_method');
    w.line('  list:');
    w.kv('    - ', 'id', ids.supplier);
    w.kv('      ', 'name', yamlText(a.product.supplierName));
    w.kv('      ', 'supplies', `[${ids.product}]`);
    w.example('      ', 'init.ex.supplier_more');
    w.kv('      ', 'selected', 'true');
    w.example('  ', 'init.ex.suppliers_negotiation', { supplier: ids.supplier });
  }
}

function writeOperations({ w }: FileParts): void {
  w.title('init.file.title.operations');
  w.example('', 'init.ex.inventory');
  w.line();
  w.example('', 'init.ex.orders');
  w.line();
  w.example('', 'init.ex.shipping');
  w.line();
  w.example('', 'init.ex.returns');
}

function writeChannels({ w, a, ids }: FileParts): void {
  const c = a.channel;
  const rule = CHANNEL_DEFAULTS[c.preset];
  w.title('init.file.title.channels');
  w.note('', 'init.file.channels');
  w.note('', 'init.file.channel_source', { as_of: rule.asOf, certainty: rule.certainty, source: rule.source });
  w.line('channels:');
  w.kv('  - ', 'id', ids.channel);
  w.kv('    ', 'name', yamlText(t(a.lang, `init.value.channel.${c.preset}`)));
  w.kv('    ', 'kind', CHANNEL_DEFAULTS[c.preset].kind, 'init.file.channel_kind');
  w.kv('    ', 'share', '100%', 'init.file.channel_share');
  w.kv('    ', 'commission_rate', yamlRate(c.commissionRate), 'init.file.commission_rate');
  w.kv('    ', 'payment_fee_rate', yamlRate(c.paymentFeeRate), 'init.file.payment_fee_rate');
  w.kv('    ', 'payment_fee_fixed', yamlMoney(c.paymentFeeFixed), 'init.file.payment_fee_fixed');
  w.kv('    ', 'monthly_fee', yamlMoney(c.monthlyFee), 'init.file.monthly_fee');
  w.example('    ', 'init.ex.payout_delay');
}

function writeDemandAndAcquisition({ w, a }: FileParts): void {
  w.title('init.file.title.demand');
  w.line('demand:');
  w.kv('  ', 'conversion_rate', yamlRate(a.conversionRate), 'init.file.conversion_rate');
  w.kv('  ', 'items_per_order', yamlNumber(DEFAULT_ITEMS_PER_ORDER), 'init.file.items_per_order');
  w.example('  ', 'init.ex.demand_more');

  w.title('init.file.title.acquisition');
  w.note('', 'init.file.acquisition');
  w.line('acquisition:');
  w.kv('  - ', 'id', yamlText(t(a.lang, 'init.value.acquisition_id')));
  w.kv('    ', 'name', yamlText(t(a.lang, 'init.value.acquisition_name')));
  w.kv('    ', 'kind', CHANNEL_DEFAULTS[a.channel.preset].kind === 'marketplace' ? 'marketplace' : 'other', 'init.file.acquisition_kind');
  w.kv('    ', 'visitors', String(a.visitors), 'init.file.visitors');
  w.example('    ', 'init.ex.acquisition_more');
  w.note('  ', 'init.file.acquisition_paid');
  w.example('  ', 'init.ex.acquisition_paid');
}

/** Costs, then the sections a plan describes in words: brand, experience, legal, actuals, risk. */
function writeCostsAndNarrative({ w }: FileParts): void {
  w.title('init.file.title.costs');
  w.note('', 'init.file.costs');
  w.example('', 'init.ex.fixed_costs');
  w.line();
  w.example('', 'init.ex.investments');
  w.line();
  w.example('', 'init.ex.financing');
  w.line();
  w.example('', 'init.ex.owner_pay');

  w.title('init.file.title.brand');
  w.example('', 'init.ex.brand');
  w.title('init.file.title.experience');
  w.example('', 'init.ex.experience');
  w.title('init.file.title.legal');
  w.example('', 'init.ex.legal');
  w.title('init.file.title.actuals');
  w.example('', 'init.ex.actuals');
  w.title('init.file.title.risk');
  w.example('', 'init.ex.risk');
}
