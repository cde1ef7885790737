/** Messages of the banker's statements (issue 19): balance sheet, SIG, CAF and debt, financing plans, their findings. */
import type { Catalog } from '../index.js';

export const bank = {
  // initial financing plan: the line that balances it
  'plan.starting_cash': { fr: 'Trésorerie de départ', en: 'Starting cash' },
  'plan.uncovered_need': { fr: 'Besoin non couvert', en: 'Uncovered need' },

  'bank.title.balance_sheet': { fr: 'Bilan prévisionnel', en: 'Projected balance sheet' },
  'bank.title.balance_sheet_simplified': { fr: 'Bilan prévisionnel simplifié (indicatif)', en: 'Projected balance sheet, simplified (indicative)' },
  'bank.title.sig': { fr: 'Soldes intermédiaires de gestion', en: 'Intermediate management balances (SIG)' },
  'bank.title.caf': { fr: 'Capacité d’autofinancement et remboursement', en: 'Self-financing capacity (CAF) and debt service' },
  'bank.title.loans': { fr: 'Tableau d’emprunt', en: 'Loan schedule' },
  'bank.title.financing_years': { fr: 'Plan de financement à {n} ans', en: '{n}-year financing plan' },
  'bank.title.financing_year': { fr: 'Plan de financement de l’année 1', en: 'Financing plan of year 1' },

  'bank.bs.assets': { fr: 'Actif', en: 'Assets' },
  'bank.bs.fixed_assets': { fr: 'Immobilisations nettes', en: 'Fixed assets, net' },
  'bank.bs.fixed_assets_gross': { fr: 'valeur brute', en: 'gross value' },
  'bank.bs.depreciation': { fr: 'amortissements cumulés', en: 'accumulated depreciation' },
  'bank.bs.stock': { fr: 'Stock', en: 'Stock' },
  'bank.bs.receivables': { fr: 'Créances clients', en: 'Trade receivables' },
  'bank.bs.vat_credit': { fr: 'TVA déductible à récupérer', en: 'VAT credit to recover' },
  'bank.bs.other_receivables': { fr: 'Autres créances (cotisations versées d’avance)', en: 'Other receivables (contributions paid in advance)' },
  'bank.bs.cash': { fr: 'Trésorerie', en: 'Cash' },
  'bank.bs.total_assets': { fr: 'Total actif', en: 'Total assets' },
  'bank.bs.liabilities': { fr: 'Passif', en: 'Equity and liabilities' },
  'bank.bs.capital': { fr: 'Capital social et apports', en: 'Share capital and contributions' },
  'bank.bs.owner_account': { fr: 'Compte de l’exploitant (apports − prélèvements)', en: 'Owner’s account (contributions − drawings)' },
  'bank.bs.grants': { fr: 'Subventions reçues', en: 'Grants received' },
  'bank.bs.retained_earnings': { fr: 'Report à nouveau', en: 'Retained earnings' },
  'bank.bs.result': { fr: 'Résultat de l’exercice', en: 'Result for the year' },
  'bank.bs.equity': { fr: 'Capitaux propres', en: 'Equity' },
  'bank.bs.current_accounts': { fr: 'Comptes courants d’associés', en: 'Partners’ current accounts' },
  'bank.bs.loans': { fr: 'Emprunts (capital restant dû)', en: 'Loans (capital remaining)' },
  'bank.bs.payables': { fr: 'Dettes fournisseurs', en: 'Trade payables' },
  'bank.bs.tax_and_social': { fr: 'Dettes fiscales et sociales', en: 'Tax and social liabilities' },
  'bank.bs.vat_due': { fr: 'TVA à payer', en: 'VAT due' },
  'bank.bs.social_due': { fr: 'cotisations à payer', en: 'contributions due' },
  'bank.bs.corporate_tax_due': { fr: 'impôt sur les sociétés à payer', en: 'corporate tax due' },
  'bank.bs.bank_overdraft': { fr: 'Concours bancaires (découvert)', en: 'Bank overdraft' },
  'bank.bs.total_liabilities': { fr: 'Total passif', en: 'Total equity and liabilities' },
  'bank.bs.working_capital': { fr: 'Besoin en fonds de roulement (BFR)', en: 'Working capital requirement' },

  'bank.sig.sales_goods': { fr: 'Ventes de marchandises', en: 'Sales of goods for resale' },
  'bank.sig.goods_cost': { fr: 'Coût d’achat des marchandises vendues', en: 'Purchase cost of goods sold' },
  'bank.sig.commercial_margin': { fr: 'Marge commerciale', en: 'Commercial margin' },
  'bank.sig.production': { fr: 'Production vendue (produits fabriqués, livraison facturée)', en: 'Production sold (made products, delivery charged)' },
  'bank.sig.consumption': { fr: 'Achats consommés et charges externes', en: 'Materials and external charges' },
  'bank.sig.value_added': { fr: 'Valeur ajoutée', en: 'Value added' },
  'bank.sig.personnel': { fr: 'Charges de personnel', en: 'Personnel costs' },
  'bank.sig.ebitda': { fr: 'Excédent brut d’exploitation (EBE)', en: 'Gross operating surplus (EBITDA)' },
  'bank.sig.depreciation': { fr: 'Dotations aux amortissements', en: 'Depreciation' },
  'bank.sig.operating_result': { fr: 'Résultat d’exploitation', en: 'Operating result' },
  'bank.sig.financial_result': { fr: 'Résultat financier (intérêts)', en: 'Financial result (interest)' },
  'bank.sig.current_result': { fr: 'Résultat courant avant impôt', en: 'Current result before tax' },
  'bank.sig.corporate_tax': { fr: 'Impôt sur les sociétés', en: 'Corporate tax' },
  'bank.sig.owner_taxes': { fr: 'Cotisations et versement libératoire', en: 'Contributions and versement libératoire' },
  'bank.sig.net_result': { fr: 'Résultat net', en: 'Net result' },
  'bank.sig.disposable_income': { fr: 'Revenu disponible', en: 'Disposable income' },

  'bank.caf.net_result': { fr: 'Résultat net', en: 'Net result' },
  'bank.caf.depreciation': { fr: '+ Dotations aux amortissements', en: '+ Depreciation' },
  'bank.caf.caf': { fr: 'Capacité d’autofinancement (CAF)', en: 'Self-financing capacity (CAF)' },
  'bank.caf.interest': { fr: 'Intérêts', en: 'Interest' },
  'bank.caf.principal': { fr: 'Capital remboursé', en: 'Principal repaid' },
  'bank.caf.debt_service': { fr: 'Annuités d’emprunt (intérêts + capital)', en: 'Debt service (interest + principal)' },
  'bank.caf.ratio': { fr: 'Annuités ÷ CAF', en: 'Debt service ÷ CAF' },
  'bank.caf.remaining': { fr: 'Capital restant dû en fin d’année', en: 'Capital remaining at year end' },
  'bank.loan.title': {
    fr: '{name} : {amount} € à {rate}, {months} mois, reçu en {month:month}',
    en: '{name}: €{amount} at {rate}, {months} months, received in {month:month}',
  },

  'bank.fy.uses': { fr: 'Emplois', en: 'Uses' },
  'bank.fy.total_uses': { fr: 'Total des emplois', en: 'Total uses' },
  'bank.fy.resources': { fr: 'Ressources', en: 'Resources' },
  'bank.fy.total_resources': { fr: 'Total des ressources', en: 'Total resources' },
  'bank.fy.change_in_cash': { fr: 'Variation de trésorerie (ressources − emplois)', en: 'Change in cash (resources − uses)' },
  'bank.fy.cash_end': { fr: 'Trésorerie en fin d’année', en: 'Cash at year end' },
  'bank.use.investments': { fr: 'Investissements', en: 'Investments' },
  'bank.use.working_capital': { fr: 'Augmentation du BFR', en: 'Increase in working capital' },
  'bank.use.loan_repayments': { fr: 'Remboursement des emprunts (capital)', en: 'Loan principal repaid' },
  'bank.use.drawings': { fr: 'Prélèvements de l’exploitant', en: 'Owner’s drawings' },
  'bank.resource.caf': { fr: 'Capacité d’autofinancement', en: 'Self-financing capacity' },
  'bank.resource.contributions': { fr: 'Apports (capital, comptes courants)', en: 'Contributions (capital, current accounts)' },
  'bank.resource.loans': { fr: 'Emprunts', en: 'Loans' },
  'bank.resource.grants': { fr: 'Subventions', en: 'Grants' },

  // check's findings
  'finding.debt_above_caf': {
    fr: 'Année {year} : les annuités d’emprunt ({debt} €) dépassent la capacité d’autofinancement ({caf} €) ; « {loan} » ne se rembourse pas avec ce que l’activité dégage',
    en: 'Year {year}: the debt service (€{debt}) is above the self-financing capacity (€{caf}); `{loan}` cannot be repaid out of what the business earns',
  },
  'finding.debt_above_caf.hint': {
    fr: 'Empruntez moins ou sur une durée plus longue, demandez un différé, ou renforcez les apports : une banque attend des annuités sous la moitié de la CAF.',
    en: 'Borrow less or over a longer term, ask for a deferral, or raise more equity: a bank expects debt service below half of the CAF.',
  },
  'finding.debt_service_high': {
    fr: 'Année {year} : les annuités d’emprunt ({debt} €) prennent {ratio} % de la capacité d’autofinancement ({caf} €), au-delà des 50 % qu’une banque juge prudents',
    en: 'Year {year}: the debt service (€{debt}) takes {ratio}% of the self-financing capacity (€{caf}), above the 50% a bank deems prudent',
  },
  'finding.debt_service_high.hint': {
    fr: 'Allongez la durée du prêt ou réduisez son montant ; montrez comment la CAF progresse dans les années suivantes.',
    en: 'Lengthen the loan or reduce its amount; show how the CAF grows in the following years.',
  },
  'finding.financing_uncovered': {
    fr: 'Le plan de financement initial laisse {amount} € de besoins de l’année 1 sans ressource (« Besoin non couvert »)',
    en: 'The initial financing plan leaves €{amount} of year-1 needs without a resource (“Uncovered need”)',
  },
  'finding.financing_uncovered.hint': {
    fr: 'Ajoutez un apport, un emprunt ou une subvention dans financing, ou réduisez les investissements et le stock de l’année 1.',
    en: 'Add equity, a loan or a grant under financing, or reduce the year-1 investments and stock.',
  },

  'bank.be.days': { fr: 'Point mort en jours (sur 360)', en: 'Break-even point in days (of 360)' },

  'bank.note.balance_sheet': {
    fr: 'Bilan au dernier mois de chaque année. Aucune ligne n’est un solde d’équilibre : chacune vient des autres tableaux (résultat, TVA, stock, dettes, trésorerie), et le bilan s’équilibre au centime parce qu’ils concordent. La trésorerie est celle du plan de trésorerie ; négative, elle figure au passif en concours bancaires.',
    en: 'Balance sheet at the last month of each year. No line is a balancing figure: each comes from the other tables (result, VAT, stock, debts, cash), and the balance sheet balances to the cent because they agree. Cash is the cash plan’s; when negative, it is shown as a bank overdraft among the liabilities.',
  },
  'bank.note.simplified_micro': {
    fr: 'Micro-entreprise : aucun bilan n’est exigé ; celui-ci est simplifié et indicatif. Le compte de l’exploitant (apports − prélèvements) tient lieu de capital ; le résultat est le revenu disponible.',
    en: 'Micro-entreprise: no balance sheet is required; this one is simplified and indicative. The owner’s account (contributions − drawings) stands for the share capital; the result is the disposable income.',
  },
  'bank.note.simplified_ei': {
    fr: 'Entreprise individuelle : bilan simplifié et indicatif. Le compte de l’exploitant (apports − prélèvements) tient lieu de capital.',
    en: 'Sole proprietorship: simplified, indicative balance sheet. The owner’s account (contributions − drawings) stands for the share capital.',
  },
  'bank.note.sig': {
    fr: 'Les produits revendus font la marge commerciale ; les produits fabriqués (en interne ou sous-traités) et la livraison facturée font la production. La main-d’œuvre des produits vendus, la rémunération du dirigeant et ses cotisations (quand elles sont des charges) sont des charges de personnel ; le reste est acheté à des tiers.',
    en: 'Resold products make the commercial margin; made products (in-house or outsourced) and delivery charged make the production. Labour of the products sold and the owner’s pay and contributions (when they are charges) are personnel costs; the rest is bought from third parties.',
  },
  'bank.note.caf': {
    fr: 'CAF = résultat net + dotations aux amortissements. Annuités = intérêts + capital remboursé dans l’année : au-delà de 50 % de la CAF, le remboursement est tendu ; au-delà de 100 %, la CAF ne le couvre pas.',
    en: 'CAF = net result + depreciation. Debt service = interest + principal repaid in the year: above 50 % of the CAF, repayment is tight; above 100 %, the CAF does not cover it.',
  },
  'bank.note.caf_not_positive': {
    fr: 'Une année où la CAF n’est pas positive, le ratio n’a pas de sens : les annuités sont payées sur la trésorerie.',
    en: 'In a year whose CAF is not positive the ratio means nothing: debt service is paid out of cash.',
  },
  'bank.note.owner_share': {
    fr: 'Apports de l’entrepreneur (capital, comptes courants) : {share} des ressources de l’année 1.',
    en: 'The entrepreneur’s contributions (capital, current accounts): {share} of the year-1 resources.',
  },
  'bank.note.loans': {
    fr: 'Échéances en centimes, comme la banque les prélève : un total de l’année est la somme des échéances. L’échéancier mois par mois est dans forecast --format json (loans).',
    en: 'Installments in cents, as the bank debits them: a year’s total is the sum of its installments. The month-by-month schedule is in forecast --format json (loans).',
  },
  'bank.note.financing_years': {
    fr: 'Emplois et ressources de chaque année ; leur différence est la variation de trésorerie du plan de trésorerie. L’augmentation du BFR suit le bilan (stock, créances, TVA, dettes fournisseurs, fiscales et sociales).',
    en: 'Uses and resources of each year; their difference is the change in the cash plan’s balance. The increase in working capital follows the balance sheet (stock, receivables, VAT, supplier, tax and social debts).',
  },
} satisfies Catalog;
