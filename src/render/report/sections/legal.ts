/** The legal frame and RGPD in the dossier (C5). */
import type { Path } from '../../../diagnostics/diagnostic.js';
import { contentItems, given, present, type Field } from '../../field.js';
import type { TableCell, TableView } from '../../handlebars.js';
import type { ReportContext } from '../context.js';
import { type Part, none } from './shared.js';
import { formatSiren, formatSiret } from '../identity.js';
import { agreementCell, legalRows2027 } from './legal-2027.js';

export function legalSection(c: ReportContext) {
  const p = c.project;
  const co = p.company;
  const company: Part<{ sheet: TableView }> = co
    ? {
        missing: null,
        sheet: c.sheet('company', [
          [c.t('report.company.form'), c.t(`legal.form.${co.legal_form}`)],
          [c.t('report.company.activity'), c.t(`report.activity.${co.activity}`)],
          [c.t('report.company.vat'), c.t(`report.vat.${co.vat_regime}`)],
          ...(co.legal_form === 'micro_entreprise'
            ? ([
                [c.t('report.company.acre'), c.yesNo(co.acre ?? false)],
                [c.t('report.company.vl'), c.yesNo(co.versement_liberatoire ?? false)],
              ] as Array<[string, TableCell]>)
            : []),
          ...companyNumbers(c, co.siren, co.siret),
        ]),
      }
    : none(c, 'report.element.company', ['company']);
  const l = p.legal;
  const Lp = (...keys: string[]): Path => ['legal', ...keys];
  const terms: Part<{ sheet: TableView }> = l
    ? {
        missing: null,
        sheet: c.sheet('consumer-terms', [
          [c.t('report.legal.withdrawal'), l.withdrawal_days !== undefined ? c.t('report.days', { n: l.withdrawal_days }) : c.missing('legal.element.withdrawal_days', Lp('withdrawal_days'))],
          [c.t('report.legal.button'), l.withdrawal_button === true ? c.t('report.yes') : c.missing('legal.element.withdrawal_button', Lp('withdrawal_button'))],
          [c.t('report.legal.exceptions'), contentItems(l.withdrawal_exceptions).length ? c.join(contentItems(l.withdrawal_exceptions)) : c.t('report.none')],
          [c.t('report.legal.refund'), l.refund_days !== undefined ? c.t('report.days', { n: l.refund_days }) : c.missing('legal.element.refund_days', Lp('refund_days'))],
          [
            c.t('report.returns.paid_by'),
            p.returns?.return_shipping_paid_by ? c.t(`report.payer.${p.returns.return_shipping_paid_by}`) : c.missing('legal.element.return_costs', ['returns', 'return_shipping_paid_by']),
          ],
          [c.t('report.legal.guarantees'), l.legal_guarantees === true ? c.t('report.yes') : c.missing('report.element.legal_guarantees', Lp('legal_guarantees'))],
          [
            c.t('report.legal.mediator'),
            given(l.mediator?.name) ? present([given(l.mediator?.name), given(l.mediator?.url)].filter(Boolean).join(' — ')) : c.missing('legal.element.mediator', Lp('mediator')),
          ],
          [c.t('report.legal.delivery'), l.delivery_max_days !== undefined ? c.t('report.days', { n: l.delivery_max_days }) : c.missing('legal.element.delivery_max_days', Lp('delivery_max_days'))],
          [c.t('report.legal.payment'), c.list(l.payment_methods, 'legal.element.payment_methods', Lp('payment_methods'))],
          ...legalRows2027(c),
        ]),
      }
    : none(c, 'report.element.legal', ['legal']);
  const r = l?.rgpd;
  const processings = r?.processings ?? [];
  const tools = r?.tools ?? [];
  const rgpd: Part<{
    contact: Field;
    processings: TableView | null;
    noProcessings: Field | null;
    tools: TableView | null;
    noTools: Field | null;
    cookies: Field;
  }> = r
    ? {
        missing: null,
        contact: c.text(r.contact, 'legal.element.rgpd_contact', Lp('rgpd', 'contact')),
        processings: processings.length
          ? {
              id: 'processings',
              columns: [
                { label: c.t('legal.csv.purpose') },
                { label: c.t('legal.csv.basis') },
                { label: c.t('legal.csv.data') },
                { label: c.t('legal.csv.retention') },
                { label: c.t('legal.csv.recipients') },
              ],
              rows: processings.map((x, i) => [
                c.optional(x.purpose, 'report.element.rgpd_purpose', ['legal', 'rgpd', 'processings', i, 'purpose']),
                c.t(`legal.basis.${x.legal_basis}`),
                c.list(x.data, 'legal.element.data', ['legal', 'rgpd', 'processings', i, 'data']),
                c.text(x.retention, 'legal.element.retention', ['legal', 'rgpd', 'processings', i, 'retention']),
                c.list(x.recipients, 'legal.element.recipients', ['legal', 'rgpd', 'processings', i, 'recipients']),
              ]),
            }
          : null,
        noProcessings: processings.length ? null : c.missing('legal.element.processings', Lp('rgpd', 'processings')),
        tools: tools.length
          ? {
              id: 'rgpd-tools',
              columns: [{ label: c.t('report.col.tool') }, { label: c.t('report.col.use') }, { label: c.t('report.col.hosting') }, { label: c.t('report.col.dpa'), align: 'center' }],
              rows: tools.map((x, i) => [
                x.name,
                x.purpose ?? '',
                c.text(x.hosting, 'legal.element.hosting', ['legal', 'rgpd', 'tools', i, 'hosting']),
                agreementCell(c, x, ['legal', 'rgpd', 'tools', i, 'dpa']),
              ]),
            }
          : null,
        noTools: tools.length ? null : c.missing('legal.element.tools', Lp('rgpd', 'tools')),
        cookies:
          r.cookie_consent?.before_trackers === true
            ? present(c.t('report.cookies.ok', { tool: given(r.cookie_consent.tool) ?? c.t('report.cookies.unnamed') }))
            : c.missing('legal.element.cookie_consent', Lp('rgpd', 'cookie_consent', 'before_trackers')),
      }
    : none(c, 'report.element.rgpd', Lp('rgpd'));
  return { company, terms, rgpd };
}

/** SIREN and SIRET rows, each grouped as INSEE prints them; the SIREN is read from the SIRET when only that is given. */
function companyNumbers(c: ReportContext, siren: string | undefined, siret: string | undefined): Array<[string, TableCell]> {
  const sirenText = siren ?? (siret ? siret.replace(/\s/g, '').slice(0, 9) : undefined);
  const rows: Array<[string, TableCell]> = [[c.t('report.company.siren_only'), sirenText ? formatSiren(sirenText) : c.missing('report.element.siren', ['company', 'siren'])]];
  if (siret) rows.push([c.t('report.company.siret'), formatSiret(siret)]);
  return rows;
}
