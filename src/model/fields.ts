/**
 * The value kinds of the project file (project-file.md, "Value conventions"):
 * money, rates, months, counts, text, ids. Each is a small zod schema whose input is
 * what the YAML reader yields (Decimal for numbers) and whose output is typed.
 * Issue messages are message ids (`value.*`) rendered by the i18n catalog.
 */
import * as z from 'zod';
import { Decimal, isDecimal } from './decimal.js';

/**
 * JSON Schema fragments of the custom kinds, kept on the schema's definition so that
 * they survive zod's clones (`.refine()`, `.optional()` copy the definition).
 */
const JSON_KEY = 'ecomplanJsonSchema';

function described<T extends z.ZodType>(schema: T, json: Record<string, unknown>): T {
  (schema._zod.def as unknown as Record<string, unknown>)[JSON_KEY] = json;
  return schema;
}

export function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> | undefined {
  return (schema._zod.def as unknown as Record<string, unknown>)[JSON_KEY] as Record<string, unknown> | undefined;
}

const isNum = (v: unknown): v is Decimal => isDecimal(v);

/**
 * One schema per kind and arguments, built on first use: zod schemas never change once built
 * (`.optional()`, `.describe()` return copies), and building the ≈ 200 the project schema asks
 * for, each with zod's methods, cost ≈ 20 ms at every start (docs/performance.md).
 */
function shared<A extends unknown[], T>(make: (...args: A) => T): (...args: A) => T {
  const built = new Map<string, T>();
  return (...args: A) => {
    const key = JSON.stringify(args);
    let schema = built.get(key);
    if (schema === undefined) {
      schema = make(...args);
      built.set(key, schema);
    }
    return schema;
  };
}

/** A number written in the file, exactly as a Decimal. */
export function number(json: Record<string, unknown> = { type: 'number' }) {
  return described(z.custom<Decimal>(isNum, { message: 'value.expected_number' }), json);
}

/** The largest amount accepted (a thousand billion): beyond, a figure is a typing mistake. */
const MAX_AMOUNT = 1_000_000_000_000;
/** The largest quantity accepted where no smaller bound is given. */
const MAX_QUANTITY = 1_000_000_000;
/** Month numbers (from `project.start`) and durations in months: at most 50 years. */
const MAX_MONTH = 600;
/** Signed rates (growth, scenario shifts): at most +1 000 %. */
const MAX_SIGNED_RATE = 10;

function atMost(max: number) {
  return (d: Decimal, ctx: z.core.$RefinementCtx<Decimal>) => {
    if (d.gt(max)) ctx.addIssue({ code: 'custom', message: 'value.above_max', params: { value: d.toString(), max: new Decimal(max) } });
  };
}

/** Money: a non-negative amount (`24.90`), in the project's currency, at most MAX_AMOUNT. */
export const money = shared(() => {
  return number({ type: 'number', minimum: 0, maximum: MAX_AMOUNT })
    .refine((d) => !d.isNegative(), { message: 'value.negative_amount' })
    .superRefine(atMost(MAX_AMOUNT));
});

/** A quantity that may be fractional but not negative (kg of wax, items per order), at most `max`. */
export const quantity = shared((max: number = MAX_QUANTITY) => {
  return number({ type: 'number', minimum: 0, maximum: max })
    .refine((d) => !d.isNegative(), { message: 'value.negative_number' })
    .superRefine(atMost(max));
});

/** A whole number in [min, max]. */
export const int = shared((min: number = 0, max: number = MAX_QUANTITY) => {
  return number({ type: 'integer', minimum: min, maximum: max }).transform((d, ctx) => {
    if (!d.isInteger()) {
      ctx.addIssue({ code: 'custom', message: 'value.expected_integer', params: { value: d.toString() } });
      return z.NEVER;
    }
    if (d.lt(min) || d.gt(max)) {
      ctx.addIssue({ code: 'custom', message: 'value.out_of_range', params: { value: d.toString(), min, max } });
      return z.NEVER;
    }
    return d.toNumber();
  });
});

const PERCENT = /^\s*([-+]?\d+(?:[.,]\d+)?)\s*%\s*$/;

/**
 * A rate: `20%` or `0.2`. A bare number above 1 is refused with a hint to write
 * `20%`. `signed` allows negative rates (growth, scenarios).
 */
export const rate = shared((opts: { signed?: boolean } = {}) => {
  const pattern = opts.signed ? '^\\s*[-+]?\\d+([.,]\\d+)?\\s*%\\s*$' : '^\\s*\\+?\\d+([.,]\\d+)?\\s*%\\s*$';
  const json = {
    anyOf: [
      { type: 'number', minimum: opts.signed ? -1 : 0, maximum: 1 },
      { type: 'string', pattern, description: opts.signed ? 'from -100 % to +1 000 %' : 'from 0 % to 100 %' },
    ],
  };
  return described(
    z.custom<Decimal | string>((v) => isNum(v) || typeof v === 'string', { message: 'value.expected_rate' }),
    json,
  ).transform((v, ctx) => {
    let r: Decimal;
    if (typeof v === 'string') {
      const m = PERCENT.exec(v);
      if (!m) {
        ctx.addIssue({ code: 'custom', message: 'value.bad_rate_text', params: { value: v } });
        return z.NEVER;
      }
      r = new Decimal(m[1]!.replace(',', '.')).div(100);
    } else {
      if (v.abs().gt(1)) {
        ctx.addIssue({
          code: 'custom',
          message: 'value.rate_bare_number',
          params: { value: v.toString(), suggestion: `${v.toString()}%` },
        });
        return z.NEVER;
      }
      r = v;
    }
    if (opts.signed && r.lt(-1)) {
      ctx.addIssue({ code: 'custom', message: 'value.rate_below_minus_100', params: { value: typeof v === 'string' ? v : v.toString() } });
      return z.NEVER;
    }
    if (!opts.signed && r.isNegative()) {
      ctx.addIssue({ code: 'custom', message: 'value.negative_rate', params: { value: typeof v === 'string' ? v : v.toString() } });
      return z.NEVER;
    }
    // `120%` is as wrong as `1.2`: a share, a conversion or a tax rate is at most 100 %.
    const max = opts.signed ? MAX_SIGNED_RATE : 1;
    if (r.gt(max)) {
      ctx.addIssue({
        code: 'custom',
        message: 'value.rate_above_max',
        params: { value: typeof v === 'string' ? v.trim() : v.toString(), max: `${max * 100}` },
      });
      return z.NEVER;
    }
    return r;
  });
});

/** A month: calendar `2027-03` or 1-based index from `project.start`. */
export type MonthRef = number | string;
export const YEAR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const month = shared(() => {
  return described(
    z.custom<Decimal | string>((v) => isNum(v) || typeof v === 'string', { message: 'value.expected_month' }),
    {
      anyOf: [
        { type: 'integer', minimum: 1, maximum: MAX_MONTH },
        { type: 'string', pattern: YEAR_MONTH.source },
      ],
    },
  ).transform((v, ctx): MonthRef => {
    if (typeof v === 'string') {
      if (!YEAR_MONTH.test(v.trim())) {
        ctx.addIssue({ code: 'custom', message: 'value.bad_month', params: { value: v } });
        return z.NEVER;
      }
      return v.trim();
    }
    if (!v.isInteger() || v.lt(1)) {
      ctx.addIssue({ code: 'custom', message: 'value.bad_month', params: { value: v.toString() } });
      return z.NEVER;
    }
    if (v.gt(MAX_MONTH)) {
      ctx.addIssue({ code: 'custom', message: 'value.month_above_max', params: { value: v.toString(), max: new Decimal(MAX_MONTH) } });
      return z.NEVER;
    }
    return v.toNumber();
  });
});

/** A calendar month only (`project.start`). */
export const calendarMonth = shared(() => {
  return z.string({ message: 'value.expected_calendar_month' }).regex(YEAR_MONTH, { message: 'value.bad_calendar_month' });
});

/** C0/C1 control characters except tab and line breaks: invisible in an editor, they can drive the terminal that prints them. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const noControl = (s: string) => !CONTROL.test(s);

/** Free text (any language). A number where text is expected is an error. */
export const text = shared(() => {
  return z.string({ message: 'value.expected_text' }).refine(noControl, { message: 'value.control_char' });
});

export const nonEmptyText = shared(() => {
  return z.string({ message: 'value.expected_text' }).trim().min(1, { message: 'value.empty_text' }).refine(noControl, { message: 'value.control_char' });
});

/** An identifier referenced elsewhere in the file (`cire-du-sud`). */
export const id = shared(() => {
  return z.string({ message: 'value.expected_id' }).regex(/^[\p{L}\p{N}][\p{L}\p{N}_.-]*$/u, { message: 'value.bad_id' });
});

export const bool = shared(() => {
  return z.boolean({ message: 'value.expected_boolean' });
});

/** The longest list accepted where no smaller bound is given. */
const MAX_LIST = 1000;

export function list<T extends z.ZodType>(item: T, max = MAX_LIST) {
  return z.array(item, { message: 'value.expected_list' }).max(max, { message: 'value.too_many' });
}

export const textList = shared(() => {
  return list(text());
});

/** Resolve a month reference to its 1-based index from `start` (`YYYY-MM`). */
export function monthIndex(ref: MonthRef, start: string): number {
  if (typeof ref === 'number') return ref;
  const [sy, sm] = start.split('-').map(Number) as [number, number];
  const [y, m] = ref.split('-').map(Number) as [number, number];
  return (y - sy) * 12 + (m - sm) + 1;
}

/** Labels of month indexes by start: the engine asks for the same few hundred many times per forecast. */
const LABELS = new Map<string, string[]>();
const LABELS_LIMIT = 64;

/** The calendar month `YYYY-MM` of index `m` (1-based) from `start`. */
export function monthLabel(m: number, start: string): string {
  let labels = LABELS.get(start);
  if (labels === undefined) {
    if (LABELS.size >= LABELS_LIMIT) LABELS.clear();
    LABELS.set(start, (labels = []));
  }
  return m >= 0 && m <= 1200 && Number.isInteger(m) ? (labels[m] ??= labelOf(m, start)) : labelOf(m, start);
}

function labelOf(m: number, start: string): string {
  const [sy, sm] = start.split('-').map(Number) as [number, number];
  const total = sy * 12 + (sm - 1) + (m - 1);
  const y = Math.floor(total / 12);
  const mm = (total % 12) + 1;
  return `${String(y).padStart(4, '0')}-${String(mm).padStart(2, '0')}`;
}
