/**
 * The banker's statements of the forecast (issue 19): bilan prévisionnel, soldes
 * intermédiaires de gestion, capacité d'autofinancement, the loans' échéancier and
 * debt service, and the financing plans. Plain data, every amount an unrounded
 * Decimal (the loans' cents are the contract's, see loans.ts). docs/forecast.md
 * gives each figure's formula and accounting rule.
 */
import type { Decimal } from '../model/decimal.js';

/** The balance sheet at the end of a year (the last month of the year). */
export interface BalanceSheet {
  /** « bilan simplifié, indicatif »: a micro-entreprise or an EI (the owner's account in place of share capital). */
  simplified: boolean;
  assets: {
    /** Investments at their P&L value (HT, or VAT included under the franchise) received so far. */
    fixedAssetsGross: Decimal;
    /** Accumulated depreciation (an investment without a duration is depreciated at once). */
    depreciation: Decimal;
    /** Immobilisations nettes = gross − depreciation. */
    fixedAssets: Decimal;
    stock: Decimal;
    /** Créances clients: sales TTC the channels have not paid out yet (payout delays). */
    receivables: Decimal;
    /** TVA déductible à récupérer: the VAT credit carried forward. */
    vatCredit: Decimal;
    /** Autres créances: contributions paid in advance of their charge (a TNS's provisional billing above the definitive). */
    otherReceivables: Decimal;
    /** Trésorerie: the cash plan's balance when positive (an overdraft is a liability). */
    cash: Decimal;
  };
  liabilities: {
    /** Capital (companies: equity contributions) or the owner's account (EI, micro: contributions − drawings). */
    capital: Decimal;
    /** Grants received (subventions, not income of the P&L). */
    grants: Decimal;
    /** Report à nouveau: the net results of the earlier years. */
    retainedEarnings: Decimal;
    /** Résultat de l'exercice (micro: the disposable income). */
    result: Decimal;
    /** Capitaux propres = capital + grants + retained earnings + result. */
    equity: Decimal;
    /** Comptes courants d'associés (companies; an EI's or a micro's are in its owner's account). */
    currentAccounts: Decimal;
    /** Emprunts: capital remaining of the loans. */
    loans: Decimal;
    /** Dettes fournisseurs: purchases not yet paid (payment terms), VAT included. */
    payables: Decimal;
    vatDue: Decimal;
    /** Owner's contributions (and a micro's versement libératoire) charged and not yet paid. */
    socialDue: Decimal;
    corporateTaxDue: Decimal;
    /** Dettes fiscales et sociales = VAT due + contributions due + corporate tax due. */
    taxAndSocial: Decimal;
    /** Concours bancaires: the cash plan's balance when negative. */
    bankOverdraft: Decimal;
  };
  totalAssets: Decimal;
  totalLiabilitiesAndEquity: Decimal;
  /** BFR = stock + receivables + VAT credit + other receivables − payables − tax and social debts. */
  workingCapital: Decimal;
}

/** Soldes intermédiaires de gestion of a year; `currentResult` is the P&L's result before tax, `netResult` its net result. */
export interface Sig {
  /** Ventes de marchandises: revenue HT of resold products. */
  salesGoods: Decimal;
  /** Coût d'achat des marchandises vendues: purchase cost of the resold units. */
  goodsCost: Decimal;
  commercialMargin: Decimal;
  /** Production vendue: revenue HT of made products (in-house, outsourced) and delivery charged. */
  production: Decimal;
  /** Achats consommés et charges externes. */
  consumption: Decimal;
  valueAdded: Decimal;
  /** Charges de personnel: labour of the units sold, and the owner's pay and contributions when they are charges. */
  personnel: Decimal;
  /** Excédent brut d'exploitation. */
  ebitda: Decimal;
  depreciation: Decimal;
  operatingResult: Decimal;
  /** Résultat financier: − interest. */
  financialResult: Decimal;
  /** Résultat courant avant impôt (= the P&L's result before tax). */
  currentResult: Decimal;
  corporateTax: Decimal;
  /** A micro-entrepreneur's contributions and versement libératoire (after the result, as in its P&L); 0 otherwise. */
  ownerTaxes: Decimal;
  netResult: Decimal;
}

/** One month of a loan's échéancier (or of all loans). */
interface LoanMonthLine {
  month: string;
  interest: Decimal;
  principal: Decimal;
  /** Capital remaining at the end of the month. */
  remaining: Decimal;
}

export interface LoanTable {
  name: string;
  /** `financing[i]`, and i. */
  path: string;
  index: number;
  amount: Decimal;
  rate: Decimal;
  /** Month received (YYYY-MM). */
  month: string;
  durationMonths: number;
  deferralMonths: number;
  /** The months of the horizon from the month received. */
  months: LoanMonthLine[];
}

/** The year's debt: interest, principal repaid, debt service (annuités) and capital remaining at the year's end. */
export interface DebtYear {
  interest: Decimal;
  principal: Decimal;
  debtService: Decimal;
  remaining: Decimal;
}

/** A line of a financing plan: a message id (`bank.use.investments`) and its amount. */
export interface PlanLine {
  id: string;
  amount: Decimal;
}

/** The plan de financement of one year: uses, resources and their difference, the year's change in cash. */
export interface FinancingPlanYear {
  uses: PlanLine[];
  resources: PlanLine[];
  totalUses: Decimal;
  totalResources: Decimal;
  /** totalResources − totalUses = cash at the year's end − cash at its start. */
  changeInCash: Decimal;
}

/** The banker's figures of one year. */
export interface BankYear {
  balanceSheet: BalanceSheet;
  sig: Sig;
  /** Capacité d'autofinancement = net result + depreciation. */
  caf: Decimal;
  debt: DebtYear;
  /** debt service ÷ CAF; null when the CAF is not positive. */
  debtServiceToCaf: Decimal | null;
  financingPlan: FinancingPlanYear;
}

export interface BankStatements {
  years: BankYear[];
  loans: LoanTable[];
  /** Contributions (equity and current accounts) received in year 1 ÷ the year-1 resources of the initial plan; null without resources. */
  ownerShare: Decimal | null;
}
