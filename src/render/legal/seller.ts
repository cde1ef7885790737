/** The seller block of the legal drafts (mentions, CGV, privacy policy, register). */
import { t } from '../../i18n/index.js';
import type { Path } from '../../diagnostics/diagnostic.js';
import { safeHref } from '../escape.js';
import { given, present, type Field } from '../field.js';
import { inLegalGroup } from '../../model/rules-fr.js';
import type { LegalDoc } from './clauses.js';
import type { LegalCtx, SellerView } from './view.js';

/** `732829320` → `732 829 320`, `73282932000074` → `732 829 320 00074` (as printed on a Kbis). */
function groupDigits(v: string | null): string | null {
  if (!v) return null;
  const d = v.replace(/\s/g, '');
  if (/^\d{9}$/.test(d)) return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;
  if (/^\d{14}$/.test(d)) return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6, 9)} ${d.slice(9)}`;
  return v;
}

/** The seller block of a draft: who sells, how to reach them, their registration and host. */
export function sellerView(x: LegalCtx, doc: LegalDoc): SellerView {
  const { p, lang, missing, money } = x;
  const c = p.company;
  const form = c?.legal_form;
  const individual = inLegalGroup(form, 'individual');
  const company = form !== undefined && !individual;
  const C = (key: string): Path => ['company', key];
  const ownerName = individual || !company ? missing.need(c?.owner?.name, ['company', 'owner', 'name'], 'legal.element.owner_name', doc) : present(given(c?.owner?.name) ?? '');
  const companyName = company ? missing.need(c?.name, C('name'), 'legal.element.company_name', doc) : present(given(c?.name) ?? p.project.name);
  const legalForm = form ? present(t(lang, `legal.form.${form}`)) : missing.placeholder(C('legal_form'), 'legal.element.legal_form', doc);
  const emailValue = given(c?.email) ?? given(c?.owner?.email);
  const phoneValue = given(c?.phone) ?? given(c?.owner?.phone);
  const vatNumber = given(c?.vat_number);
  const vatFranchise = c?.vat_regime === 'franchise';
  let vat: Field | null = null;
  if (vatNumber) vat = present(vatNumber);
  else if (!vatFranchise || company) vat = missing.need(c?.vat_number, C('vat_number'), 'legal.element.vat_number', doc);
  const director = given(c?.publication_director) ?? (individual ? given(c?.owner?.name) : null);
  const displayName = individual
    ? ownerName.ok
      ? present(t(lang, 'legal.seller.individual', { name: ownerName.text }))
      : ownerName
    : company
      ? companyName
      : missing.placeholder(['company'], 'legal.element.seller', doc);
  return {
    individual,
    company,
    unknownForm: form === undefined,
    ownerName,
    companyName,
    tradeName: given(c?.name) ?? p.project.name,
    legalForm,
    shareCapital: company ? (c?.share_capital ? present(money(c.share_capital)) : missing.placeholder(C('share_capital'), 'legal.element.share_capital', doc)) : null,
    address: missing.need(c?.address, C('address'), 'legal.element.address', doc),
    email: emailValue ? present(emailValue) : missing.placeholder(individual ? ['company', 'owner', 'email'] : C('email'), 'legal.element.email', doc),
    phone: phoneValue ? present(phoneValue) : missing.placeholder(individual ? ['company', 'owner', 'phone'] : C('phone'), 'legal.element.phone', doc),
    registration: missing.need(c?.rcs_or_rne, C('rcs_or_rne'), 'legal.element.registration', doc),
    siren: groupDigits(given(c?.siren)),
    siret: groupDigits(given(c?.siret)),
    vatNumber: vat,
    vatFranchise,
    publicationDirector: director ? present(director) : missing.placeholder(C('publication_director'), 'legal.element.publication_director', doc),
    host: {
      name: missing.need(c?.host?.name, ['company', 'host', 'name'], 'legal.element.host_name', doc),
      address: missing.need(c?.host?.address, ['company', 'host', 'address'], 'legal.element.host_address', doc),
      phone: missing.need(c?.host?.phone, ['company', 'host', 'phone'], 'legal.element.host_phone', doc),
      url: safeHref(c?.host?.url) ? (given(c?.host?.url) as string) : null,
    },
    regulatedActivity: given(c?.regulated_activity),
    displayName,
    rgpdContact: missing.need(p.legal?.rgpd?.contact, ['legal', 'rgpd', 'contact'], 'legal.element.rgpd_contact', doc),
  };
}
