/**
 * What every section builder of the report uses: the project, the language, and
 * small formatters that turn values into display strings or placeholders. A
 * section the file leaves empty gets a placeholder naming what is missing and
 * where to write it, instead of disappearing.
 */
import { formatPath, type Path } from '../../diagnostics/diagnostic.js';
import { formatMoney, formatMonth, formatNumber, formatPercent, type Lang } from '../../i18n/format.js';
import { t, tCode, type MessageId } from '../../i18n/index.js';
import { Decimal } from '../../model/decimal.js';
import { monthIndex, monthLabel, type MonthRef } from '../../model/fields.js';
import type { ProjectFile } from '../../model/schema.js';
import { fillerText, given, present, type Field } from '../field.js';
import { criteriaServedBy } from '../../criteria/evidence-table.js';
import type { TableCell, TableView } from '../handlebars.js';
import { joinList } from '../helpers.js';

export class ReportContext {
  constructor(
    readonly project: ProjectFile,
    readonly lang: Lang,
  ) {}

  get currency(): string {
    return this.project.currency;
  }

  t(id: MessageId, data: Record<string, unknown> = {}): string {
    return t(this.lang, id, data);
  }

  /** A message whose id is carried by data or composed at run time (see `tCode`). */
  tCode(id: string, data: Record<string, unknown> = {}): string {
    return tCode(this.lang, id, data);
  }

  /** The placeholder of an element the file lacks: `[À compléter : … (path)]`. */
  missing(elementId: string, path: Path): Field {
    return { ok: false, placeholder: t(this.lang, 'render.placeholder', { element: tCode(this.lang, elementId), path: formatPath(path) }) };
  }

  /**
   * The blank of a text the file fills with filler (« x x x », « à compléter », lorem ipsum):
   * `[À rédiger : … (path) — C3.2]`, naming the criteria it is evidence for (issue 25).
   */
  toWrite(elementId: string, path: Path): Field {
    // A list's blank names the criteria of its items.
    const own = criteriaServedBy(path);
    const criteria = own.length ? own : criteriaServedBy([...path, 0]);
    return {
      ok: false,
      placeholder: t(this.lang, 'report.filler_gap', { element: tCode(this.lang, elementId), path: formatPath(path), criteria: criteria.length ? criteria.join(', ') : '—' }),
    };
  }

  /** A text from the file, or the placeholder (« à rédiger » when the file holds filler). */
  text(value: string | undefined | null, elementId: string, path: Path): Field {
    const v = given(value);
    if (v !== null) return present(v);
    return fillerText(value) !== null ? this.toWrite(elementId, path) : this.missing(elementId, path);
  }

  /** An optional text: '' when absent, the blank « à rédiger » when filler. */
  optional(value: string | undefined | null, elementId: string, path: Path): Field | string {
    return fillerText(value) !== null ? this.toWrite(elementId, path) : (given(value) ?? '');
  }

  /** A list from the file as one line (« a, b et c »), or the placeholder; filler items are left out. */
  list(values: readonly string[] | undefined | null, elementId: string, path: Path): Field {
    const items = (values ?? []).map((v) => v.trim()).filter((v) => v !== '');
    const content = items.filter((v) => given(v) !== null);
    if (content.length) return present(joinList(content, this.lang));
    return items.length ? this.toWrite(elementId, path) : this.missing(elementId, path);
  }

  join(values: readonly string[] | undefined | null): string {
    return joinList(
      (values ?? []).filter((v) => v.trim() !== ''),
      this.lang,
    );
  }

  money(d: Decimal | undefined | null, places = 2): string {
    return d === undefined || d === null ? '' : formatMoney(d, this.lang, this.currency, places);
  }

  percent(d: Decimal | undefined | null, places = 1): string {
    return d === undefined || d === null ? '' : formatPercent(d, this.lang, places);
  }

  number(d: Decimal | number | undefined | null, places = 0): string {
    if (d === undefined || d === null) return '';
    return formatNumber(typeof d === 'number' ? new Decimal(d) : d, this.lang, places);
  }

  /** `2027-03` or `3` → « mars 2027 ». */
  month(ref: MonthRef | undefined | null): string {
    if (ref === undefined || ref === null) return '';
    const start = this.project.project.start;
    return formatMonth(monthLabel(monthIndex(ref, start), start), this.lang);
  }

  yesNo(v: boolean | undefined | null): string {
    return v === undefined || v === null ? '' : this.t(v ? 'report.yes' : 'report.no');
  }

  /** A two-column table « label | value » (identity sheets, policies). */
  sheet(id: string, rows: ReadonlyArray<readonly [string, TableCell]>): TableView {
    return {
      id,
      columns: [{ label: this.t('report.col.item') }, { label: this.t('report.col.value') }],
      rows: rows.map(([k, v]) => [k, v]),
    };
  }
}
