/**
 * « Analyse de risque » of the dossier (when the project has a `risk` section, or `report --risk`): the
 * same sentences and tables as `ecomplan risk`, and the fan chart of cash. A section file of its own, so
 * that the report's other sections stay untouched.
 */
import { formatNumber } from '../../i18n/format.js';
import { Decimal } from '../../model/decimal.js';
import type { RiskResult } from '../../risk/analysis.js';
import { riskDriversChart, riskFanChart } from '../charts/fan.js';
import { breakEvenSection, driversSection, leversSection, outputsSection, riskLines } from '../risk.js';
import type { Section } from '../sections.js';
import type { ReportContext } from './context.js';
import { sectionTable } from './forecast.js';

export function riskReportSection(c: ReportContext, r: RiskResult) {
  const lines = riskLines(r, c.lang);
  const table = (s: Section) => ({ table: sectionTable(s, c), notes: s.notes });
  const drivers = driversSection(r, c.lang);
  return {
    intro: c.t('risk.report.intro', { draws: formatNumber(new Decimal(r.draws), c.lang, 0) }),
    source: lines.source,
    method: lines.method,
    correlations: lines.correlations,
    cash: lines.cash,
    financing: lines.financing,
    chanceNote: c.t('risk.chance.note'),
    levers: table(leversSection(r, c.lang)),
    outputs: table(outputsSection(r, c.lang)),
    breakEven: table(breakEvenSection(r, c.lang)),
    // The dossier draws the tornado: its table keeps the values, not the terminal's bars.
    drivers: { table: sectionTable(drivers, c, { cols: [0] }), notes: drivers.notes },
    charts: {
      fan: riskFanChart(r.fan, { lang: c.lang, currency: c.currency }),
      drivers: riskDriversChart(
        r.drivers.map((d) => ({ label: c.tCode(`hypothesis.${d.id}`), rho: d.rho })),
        { lang: c.lang, currency: c.currency },
      ),
    },
  };
}
