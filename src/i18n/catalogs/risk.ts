/**
 * Messages of the risk analysis (`ecomplan risk`, the dossier's « Analyse de risque », docs/risk.md):
 * the problems of a `risk` section, the words of the outputs, the return-rate lever. French strings are
 * written with plain spaces and get French typography (typeset).
 */
import type { Catalog } from '../index.js';
import { typeset } from '../typography.js';

const entries = {
  'hypothesis.return_rate': { fr: 'Taux de retour', en: 'Return rate' },
  'hypothesis.costs': { fr: 'Coûts (unitaires et fixes)', en: 'Costs (unit and fixed)' },

  // problems of the project file (validate, risk, report)
  'risk.range_order': {
    fr: 'risk.ranges.{lever} : il faut low ≤ likely ≤ high (ici {low} %, {likely} %, {high} %)',
    en: 'risk.ranges.{lever}: low ≤ likely ≤ high is required (here {low}%, {likely}%, {high}%)',
  },
  'risk.range_order.hint': {
    fr: 'low et high sont les bornes, likely la valeur la plus probable (0 % par défaut : le plan). Exemple : { low: -40%, likely: 0%, high: +20% }',
    en: 'low and high are the bounds, likely the most likely value (default 0%: the plan). Example: { low: -40%, likely: 0%, high: +20% }',
  },
  'risk.scenario_not_pert': {
    fr: 'Les scénarios donnent pour « {key} » {p10} % et {p90} % : lus comme 10e et 90e centiles, aucune loi PERT centrée sur le plan (0 %) ne les a',
    en: 'The scenarios give {p10}% and {p90}% for `{key}`: read as 10th and 90th percentiles, no PERT around the plan (0%) has them',
  },
  'risk.scenario_not_pert.hint': {
    fr: 'Donnez la plage vous-même dans risk.ranges (low, likely, high), ou un scénario pessimiste et un optimiste de part et d’autre du plan.',
    en: 'Give the range yourself in risk.ranges (low, likely, high), or a pessimistic and an optimistic scenario on either side of the plan.',
  },
  'risk.nothing_to_draw': {
    fr: 'Rien à tirer au sort : ni risk.ranges ni scénarios (demand.scenarios) ne disent de combien les hypothèses peuvent varier',
    en: 'Nothing to draw: neither risk.ranges nor scenarios (demand.scenarios) say how far the hypotheses may move',
  },
  'risk.nothing_to_draw.hint': {
    fr: 'Ajoutez demand.scenarios (pessimistic: { traffic: -30%, conversion: -20%, costs: +10% } et optimistic) ou risk.ranges (traffic: { low: -40%, likely: 0%, high: +20% }) ; voir docs/risk.md.',
    en: 'Add demand.scenarios (pessimistic: { traffic: -30%, conversion: -20%, costs: +10% } and optimistic) or risk.ranges (traffic: { low: -40%, likely: 0%, high: +20% }); see docs/risk.md.',
  },
  'risk.correlation_pair': { fr: 'Une corrélation relie deux leviers différents (ici {levers})', en: 'A correlation links two different levers (here {levers})' },
  'risk.correlation_pair.hint': { fr: 'Exemple : { between: [traffic, conversion], rho: 0.6 }', en: 'Example: { between: [traffic, conversion], rho: 0.6 }' },
  'risk.correlation_not_drawn': {
    fr: 'Le levier « {lever} » n’est pas tiré au sort : il n’a pas de plage (risk.ranges) ni de scénario',
    en: 'Lever `{lever}` is not drawn: it has no range (risk.ranges) nor scenario',
  },
  'risk.correlation_not_drawn.hint': {
    fr: 'Donnez-lui une plage dans risk.ranges, ou retirez cette corrélation.',
    en: 'Give it a range in risk.ranges, or remove this correlation.',
  },
  'risk.correlation_same_draw': {
    fr: '{levers} sont tirés ensemble (le « costs » des scénarios) : ils ne peuvent pas être corrélés entre eux',
    en: '{levers} are drawn together (the scenarios’ `costs`): they cannot be correlated with each other',
  },
  'risk.correlation_duplicate': { fr: 'Corrélation déjà donnée pour {levers}', en: 'Correlation already given for {levers}' },
  'risk.correlation_invalid': {
    fr: 'Ces corrélations ne peuvent pas exister ensemble (la matrice n’est pas une matrice de corrélation : pas semi-définie positive)',
    en: 'These correlations cannot hold together (the matrix is not a correlation matrix: not positive semi-definite)',
  },
  'risk.correlation_invalid.hint': {
    fr: 'Par exemple, A très lié à B et à C mais B opposé à C est impossible ; réduisez les rho les plus forts.',
    en: 'For example, A strongly tied to B and to C while B opposes C is impossible; lower the strongest rho.',
  },
  'risk.bad_draws': { fr: '--draws {value} : un nombre entier de {min} à {max} est attendu', en: '--draws {value}: a whole number from {min} to {max} is expected' },
  'risk.bad_seed': { fr: '--seed {value} : un nombre entier de 0 à 4294967295 est attendu', en: '--seed {value}: a whole number from 0 to 4294967295 is expected' },
  'risk.bad_jobs': { fr: '--jobs {value} : un nombre entier de 1 à 64 est attendu', en: '--jobs {value}: a whole number from 1 to 64 is expected' },
  'risk.samples_written': { fr: '{count} tirages écrits dans {file}', en: '{count} draws written to {file}' },

  // outputs
  'risk.title': { fr: 'Analyse de risque — {draws} avenirs tirés, graine {seed}', en: 'Risk analysis — {draws} futures drawn, seed {seed}' },
  'risk.source.ranges': { fr: 'Incertitudes : les plages de risk.ranges.', en: 'Uncertainties: the ranges of risk.ranges.' },
  'risk.source.scenarios': {
    fr: 'Incertitudes lues dans les scénarios : le pessimiste et l’optimiste sont les 10e et 90e centiles d’une loi PERT centrée sur le plan (les bornes « pire » et « meilleur » d’un expert sont trop sûres d’elles).',
    en: 'Uncertainties read from the scenarios: the pessimistic and optimistic shifts are the 10th and 90th percentiles of a PERT around the plan (an expert’s “worst” and “best” are overconfident).',
  },
  'risk.method': {
    fr: 'Méthode : points de Sobol brouillés en {replicates} répétitions indépendantes{copula}, calcul des tirages en float64 par les étapes du prévisionnel ; {audit} tirages recalculés en décimal exact, écart maximal {difference}.',
    en: 'Method: scrambled Sobol points in {replicates} independent replicates{copula}, draws computed in float64 by the forecast’s own stages; {audit} draws recomputed in exact decimals, largest difference {difference}.',
  },
  'risk.method.below_cent': { fr: 'moins d’un centime', en: 'less than a cent' },
  'risk.method.copula': { fr: ', corrélations par copule gaussienne', en: ', correlations by a Gaussian copula' },
  'risk.levers.title': { fr: 'Hypothèses tirées au sort (variation par rapport au plan)', en: 'Hypotheses drawn (shift from the plan)' },
  'risk.col.lever': { fr: 'Hypothèse', en: 'Hypothesis' },
  'risk.col.distribution': { fr: 'Loi', en: 'Distribution' },
  'risk.col.low': { fr: 'Min', en: 'Low' },
  'risk.col.likely': { fr: 'Plus probable', en: 'Likely' },
  'risk.col.high': { fr: 'Max', en: 'High' },
  'risk.col.p10_p90': { fr: 'P10 / P90 lus', en: 'P10 / P90 read' },
  'risk.distribution.pert': { fr: 'PERT', en: 'PERT' },
  'risk.distribution.triangular': { fr: 'triangulaire', en: 'triangular' },
  'risk.distribution.uniform': { fr: 'uniforme', en: 'uniform' },
  'risk.correlation': { fr: 'Corrélation de rang {a} – {b} : demandée {rho}, obtenue {achieved}', en: 'Rank correlation {a} – {b}: asked {rho}, drawn {achieved}' },
  'risk.cash.title': { fr: 'Trésorerie négative', en: 'Cash below zero' },
  'risk.cash.overall': { fr: 'Trésorerie négative au moins un mois : {chance}.', en: 'Cash below zero in at least one month: {chance}.' },
  'risk.cash.year': { fr: 'Année {year} : {chance}.', en: 'Year {year}: {chance}.' },
  'risk.chance': { fr: 'environ {p} avenirs sur 100, ± {se}', en: 'about {p} futures in 100, ± {se}' },
  'risk.chance.none': { fr: 'dans aucun des {draws} avenirs tirés', en: 'in none of the {draws} futures drawn' },
  'risk.chance.all': { fr: 'dans chacun des {draws} avenirs tirés', en: 'in every one of the {draws} futures drawn' },
  'risk.chance.below_one': { fr: 'moins de 1', en: 'less than 1' },
  'risk.chance.note': {
    fr: '« ± » : l’erreur type de l’estimation, mesurée sur les répétitions indépendantes ; la vraie probabilité (avec ces hypothèses) est à ± 2 erreurs types près dans 95 % des cas.',
    en: '“±”: the standard error of the estimate, measured over the independent replicates; the true probability (under these hypotheses) lies within ± 2 standard errors in 95% of cases.',
  },
  'risk.financing': {
    fr: 'Apport supplémentaire pour garder la trésorerie ≥ 0 : {p90} dans 90 % des avenirs, {p95} dans 95 %.',
    en: 'Extra financing to keep cash ≥ 0: {p90} in 90% of futures, {p95} in 95%.',
  },
  'risk.outputs.title': { fr: 'Répartition des résultats', en: 'Spread of the outcomes' },
  'risk.col.figure': { fr: 'Indicateur', en: 'Figure' },
  'risk.col.mean': { fr: 'Moyenne', en: 'Mean' },
  'risk.col.plan': { fr: 'Plan', en: 'Plan' },
  'risk.col.at_least_plan': { fr: 'Au moins le plan', en: 'At least the plan' },
  'risk.col.pessimistic': { fr: 'Centile du pessimiste', en: 'Pessimistic’s percentile' },
  'risk.output.revenue_ht_year1': { fr: 'CA HT année 1', en: 'Revenue excl. VAT, year 1' },
  'risk.output.net_result_year1': { fr: 'Résultat net année 1', en: 'Net result, year 1' },
  'risk.output.lowest_cash': { fr: 'Point bas de trésorerie', en: 'Lowest cash balance' },
  'risk.outputs.note': {
    fr: 'P5 … P95 : centiles des avenirs tirés (P10 = 10 avenirs sur 100 font moins bien). « Centile du pessimiste » : la part des avenirs qui font moins bien que le scénario pessimiste.',
    en: 'P5 … P95: percentiles of the futures drawn (P10 = 10 futures in 100 do worse). “Pessimistic’s percentile”: the share of futures doing worse than the pessimistic scenario.',
  },
  'risk.break_even.title': { fr: 'Point mort atteint', en: 'Break-even reached' },
  'risk.break_even.by': { fr: 'En {month} mois', en: 'Within {month} months' },
  'risk.break_even.plan': { fr: 'Au plan : {month}.', en: 'In the plan: {month}.' },
  'risk.break_even.plan_never': { fr: 'Au plan : pas atteint sur l’horizon.', en: 'In the plan: not reached within the horizon.' },
  'risk.col.share': { fr: 'Part des avenirs', en: 'Share of futures' },
  'risk.fan.title': { fr: 'Éventail de la trésorerie (fin de mois)', en: 'Fan of cash (month end)' },
  'risk.col.month': { fr: 'Mois', en: 'Month' },
  'risk.fan.desc': {
    fr: 'Trésorerie de fin de mois sur {months} mois : médiane, bandes P25–P75 et P5–P95 des avenirs tirés, et le plan.',
    en: 'Month-end cash over {months} months: median, P25–P75 and P5–P95 bands of the futures drawn, and the plan.',
  },
  'risk.fan.median': { fr: 'Médiane', en: 'Median' },
  'risk.fan.inner': { fr: 'P25–P75', en: 'P25–P75' },
  'risk.fan.outer': { fr: 'P5–P95', en: 'P5–P95' },
  'risk.fan.plan': { fr: 'Plan', en: 'Plan' },
  'risk.drivers.title': { fr: 'Ce qui pèse sur le point bas de trésorerie', en: 'What drives the lowest cash balance' },
  'risk.col.rho': { fr: 'Corrélation de rang', en: 'Rank correlation' },
  'risk.drivers.note': {
    fr: 'Corrélation de rang (Spearman) entre chaque hypothèse tirée et le point bas de trésorerie : proche de 1 ou de −1, l’hypothèse décide ; proche de 0, elle compte peu.',
    en: 'Rank (Spearman) correlation between each hypothesis drawn and the lowest cash balance: near 1 or −1 the hypothesis decides; near 0 it matters little.',
  },
  // init: the commented example of the project file
  'init.file.title.risk': { fr: 'L’analyse de risque (ecomplan risk)', en: 'Risk analysis (ecomplan risk)' },
  'init.ex.risk': {
    fr: [
      'risk:                              # sans ranges, les scénarios sont lus comme P10 et P90 d’une loi PERT',
      '  draws: 4096                      # avenirs tirés au sort',
      '  ranges:                          # variations possibles autour du plan : min, plus probable, max',
      '    traffic: { low: -40%, likely: 0%, high: +20% }',
      '    conversion: { low: -30%, likely: 0%, high: +20%, distribution: triangular }',
      '  correlations:',
      '    - { between: [traffic, conversion], rho: 0.6 }   # corrélation de rang, de -1 à 1',
    ].join('\n'),
    en: [
      'risk:                              # without ranges, the scenarios are read as P10 and P90 of a PERT',
      '  draws: 4096                      # futures drawn',
      '  ranges:                          # possible shifts around the plan: low, likely, high',
      '    traffic: { low: -40%, likely: 0%, high: +20% }',
      '    conversion: { low: -30%, likely: 0%, high: +20%, distribution: triangular }',
      '  correlations:',
      '    - { between: [traffic, conversion], rho: 0.6 }   # rank correlation, from -1 to 1',
    ].join('\n'),
  },
  'report.section.risk': { fr: 'Analyse de risque', en: 'Risk analysis' },
  'risk.report.intro': {
    fr: 'Le prévisionnel suppose que chaque hypothèse tombe juste. Ici, {draws} avenirs possibles sont tirés au sort à partir de l’incertitude du plan lui-même, et chacun est calculé par le même modèle que le prévisionnel.',
    en: 'The forecast assumes every hypothesis comes out exactly. Here {draws} possible futures are drawn from the plan’s own uncertainty, each computed by the same model as the forecast.',
  },
} as const satisfies Catalog;

export const risk = typeset(entries);
