/** "Did you mean" suggestions for typos in keys, enum values and ids. */
function levenshtein(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

/**
 * French words newcomers write for the contract's English keys and values (issue 12, item 10).
 * A hint is given only when its target is allowed where the word was written.
 */
const FRENCH_HINTS: Readonly<Record<string, readonly string[]>> = {
  prix: ['price'],
  prix_achat: ['purchase_cost'],
  "prix_d'achat": ['purchase_cost'],
  revente: ['resale'],
  achat_revente: ['resale'],
  fabrication: ['in_house', 'manufacturing_cost'],
  fabrication_maison: ['in_house'],
  'sous-traitance': ['outsourced'],
  sous_traitance: ['outsourced'],
  fournisseurs: ['suppliers'],
  fournisseur: ['supplier'],
  produits: ['products'],
  produit: ['product'],
  nom: ['name'],
  poids: ['weight_g'],
  marque: ['brand'],
  entreprise: ['company'],
  societe: ['company'],
  société: ['company'],
  projet: ['project'],
  demande: ['demand'],
  canaux: ['channels'],
  canal: ['channel'],
  financement: ['financing'],
  charges_fixes: ['fixed_costs'],
  investissements: ['investments'],
  stock: ['inventory'],
  stocks: ['inventory'],
  commandes: ['orders'],
  livraison: ['shipping'],
  expedition: ['shipping'],
  expédition: ['shipping'],
  transporteurs: ['carriers'],
  concurrents: ['competitors'],
  objectifs: ['objectives'],
  matieres: ['materials'],
  matières: ['materials'],
  emballage: ['packaging_cost'],
  taux_tva: ['vat_rate'],
  tva: ['vat_rate', 'vat_regime'],
  saisonnalite: ['seasonality'],
  saisonnalité: ['seasonality'],
  mois: ['month', 'months'],
  debut: ['start'],
  début: ['start'],
  cible: ['target'],
  adresse: ['address'],
  telephone: ['phone'],
  téléphone: ['phone'],
  courriel: ['email'],
  description_produit: ['description'],
  juridique: ['legal'],
  mentions_legales: ['legal'],
  experience_client: ['experience'],
  fidelisation: ['loyalty'],
  fidélisation: ['loyalty'],
  delai: ['lead_time_days', 'delay_days'],
  délai: ['lead_time_days', 'delay_days'],
};

/** The English key or value a French word means, when it is allowed here. */
function frenchHint(word: string, candidates: Iterable<string>): string | undefined {
  const key = word.trim().toLowerCase().replace(/\s+/g, '_');
  // Own entries only: a word like « constructor » or « toString » is not a hint.
  const targets = Object.hasOwn(FRENCH_HINTS, key) ? FRENCH_HINTS[key] : undefined;
  if (!targets) return undefined;
  const allowed = new Set(candidates);
  return targets.find((x) => allowed.has(x));
}

/**
 * Longest word (and candidate) compared letter by letter: a typo is found in a key or an id,
 * not in a paragraph; Levenshtein costs the product of the lengths, so two 40 000-character
 * references took seconds (issue 24).
 */
const MAX_SUGGEST_LENGTH = 64;

/** The English key or value a French word means, else the closest candidate within a distance that still looks like a typo, if any. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  if (word.length > MAX_SUGGEST_LENGTH) return undefined;
  const list = [...candidates];
  const hint = frenchHint(word, list);
  if (hint) return hint;
  let best: string | undefined;
  let bestD = Infinity;
  const w = word.toLowerCase();
  for (const c of list) {
    if (c.length > MAX_SUGGEST_LENGTH) continue;
    const d = levenshtein(w, c.toLowerCase());
    if (d < bestD || (d === bestD && best !== undefined && c < best)) {
      best = c;
      bestD = d;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(2, Math.floor(word.length / 3));
  return bestD <= limit ? best : undefined;
}
