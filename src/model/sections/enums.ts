/** The closed lists of values of the project file (their names are a contract). */
export const LEGAL_FORMS = ['micro_entreprise', 'ei', 'eurl', 'sasu', 'sarl', 'sas'] as const;
export const ACTIVITIES = ['goods', 'services'] as const;
export const VAT_REGIMES = ['franchise', 'normal'] as const;
export const STRATEGIES = ['resale', 'outsourced', 'in_house'] as const;
export const CHANNEL_KINDS = ['own_site', 'marketplace', 'social_shop', 'retail'] as const;
export const ACQUISITION_KINDS = ['seo', 'organic_social', 'paid_ads', 'email', 'influence', 'marketplace', 'referral', 'other'] as const;
export const FINANCING_KINDS = ['equity', 'current_account', 'loan', 'grant'] as const;
export const LEGAL_BASES = ['contract', 'consent', 'legal_obligation', 'legitimate_interest', 'vital_interest', 'public_task'] as const;
export const PAYERS = ['customer', 'merchant'] as const;
export const MANAGER_SHARES = ['majority', 'minority', 'equal'] as const;
