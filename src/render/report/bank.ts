/**
 * The banker's part of the dossier's prévisionnel (issue 19): the plan de
 * financement by year, the bilan prévisionnel, the soldes intermédiaires de
 * gestion, the CAF with the debt service and the loan table — the engine's sections
 * (render/forecast/bank.ts) as report tables.
 */
import type { Forecast } from '../../engine/types.js';
import type { TableView } from '../handlebars.js';
import { balanceSheetSection, cafSection, financingYearsSection, loanTableSection, sigSection } from '../forecast/bank.js';
import type { Section } from '../sections.js';
import type { ReportContext } from './context.js';

interface BankBlock {
  title: string;
  tables: TableView[];
  notes: string[];
}

/** The four subsections, in the order of a loan file; null when the forecast has no year. */
export function bankReport(f: Forecast, c: ReportContext, table: (s: Section, caption?: string) => TableView): BankBlock[] | null {
  if (f.bank.years.length === 0) return null;
  const block = (s: Section, more: Section | null = null): BankBlock => ({
    title: s.title,
    // A second table (the loans of the CAF section) is captioned with its own title.
    tables: [table(s), ...(more ? [table(more, more.title)] : [])],
    notes: [...s.notes, ...(more?.notes ?? [])],
  });
  return [block(financingYearsSection(f, c.lang)), block(balanceSheetSection(f, c.lang)), block(sigSection(f, c.lang)), block(cafSection(f, c.lang), loanTableSection(f, c.lang))];
}
