/**
 * Messages of `ecomplan check`: evidence of each criterion (`criteria.Cx.y.pass`),
 * gaps (`gap.*`: what to add, at `{path}`), coherence findings (`finding.*`), the
 * config file and the command's own words (`check.*`). French strings are written
 * with plain spaces and get French typography (no-break spaces) below.
 */
import type { Catalog } from '../index.js';
import { frenchTypography } from '../typography.js';

const entries = {
  'criteria.ignored': { fr: 'Critère ignoré (configuration ou --ignore)', en: 'Criterion ignored (configuration or --ignore)' },
  // evidence
  'criteria.C1.1.pass': {
    fr: '{products} produit(s) présenté(s), avec description, prix TTC et TVA ; projet décrit et cible déclarée',
    en: '{products} product(s) presented with description, consumer price and VAT; project described and target declared',
  },
  'criteria.C1.2.pass': {
    fr: 'Stratégies de production étudiées : {strategies:strategy} ({evaluated} produit(s) avec une alternative)',
    en: 'Production strategies studied: {strategies:strategy} ({evaluated} product(s) with an alternative)',
  },
  'criteria.C1.3.pass': {
    fr: 'Coût unitaire calculable pour {products} produit(s), {channels} canal(aux) de vente, hypothèses de demande présentes',
    en: 'Unit cost computable for {products} product(s), {channels} sales channel(s), demand hypotheses present',
  },
  'criteria.C1.4.pass': {
    fr: 'Chiffre d’affaires prévu à ± {tolerance} % des objectifs (année(s) {years})',
    en: 'Forecast revenue within ± {tolerance}% of the objectives (year(s) {years})',
  },
  'criteria.C1.5.pass': {
    fr: 'Point mort atteint en {month:month} ; indicateurs de coût suivis : {indicators}',
    en: 'Break-even reached in {month:month}; cost indicators followed: {indicators}',
  },
  'criteria.C1.6.pass': {
    fr: 'Prévisionnel sur {horizon} mois ; trésorerie au plus bas : {lowest} € ({month:month})',
    en: 'Forecast over {horizon} months; lowest cash balance: €{lowest} ({month:month})',
  },
  'criteria.C2.1.pass': {
    fr: '{suppliers} fournisseur(s) comparé(s) sur les critères {criteria}',
    en: '{suppliers} supplier(s) compared on the criteria {criteria}',
  },
  'criteria.C2.2.pass': {
    fr: 'Argumentaire de négociation complet avec « {supplier} »',
    en: 'Complete negotiation plan with `{supplier}`',
  },
  'criteria.C2.3.pass': {
    fr: 'Taux de marque le plus bas : {lowest} % (cible {target} %) ; fournisseurs notés sur « {criterion} »',
    en: 'Lowest markup rate: {lowest}% (target {target}%); suppliers scored on `{criterion}`',
  },
  'criteria.C2.4.pass': {
    fr: 'Stock de sécurité {safety} jours, couverture {cover} jours ; point de commande calculé pour {products} produit(s)',
    en: 'Safety stock {safety} days, cover {cover} days; reorder point computed for {products} product(s)',
  },
  'criteria.C2.5.pass': {
    fr: 'Procédure de commande en {steps} étapes, préparation en {hours} h',
    en: 'Order procedure in {steps} steps, preparation in {hours} h',
  },
  'criteria.C2.6.pass': {
    fr: '{carriers} transporteur(s) ; livraison promise en {days} jours',
    en: '{carriers} carrier(s); delivery promised in {days} days',
  },
  'criteria.C2.7.pass': {
    fr: 'Catalogue complet : {products} produit(s) décrit(s), pesé(s) et relié(s) à la cible',
    en: 'Complete catalogue: {products} product(s) described, weighed and linked to the target',
  },
  'criteria.C3.1.pass': {
    fr: 'Étude des consommateurs avec {personas} persona(s), dont « {persona} »',
    en: 'Consumer study with {personas} persona(s), including `{persona}`',
  },
  'criteria.C3.2.pass': {
    fr: 'Identité de marque définie ; positionnement : {positioning}',
    en: 'Brand identity defined; positioning: {positioning}',
  },
  'criteria.C3.3.pass': {
    fr: 'Stratégie de communication rédigée ; {competitors} concurrent(s) analysé(s)',
    en: 'Communication strategy written; {competitors} competitor(s) analysed',
  },
  'criteria.C3.4.pass': { fr: 'Action de communication complète : « {action} »', en: 'Complete communication action: `{action}`' },
  'criteria.C3.5.pass': {
    fr: 'Les {actions} action(s) et les {personas} persona(s) se correspondent',
    en: 'The {actions} action(s) and {personas} persona(s) match each other',
  },
  'criteria.C4.1.pass': { fr: 'Sources d’acquisition chiffrées : {sources}', en: 'Acquisition sources with cost and traffic: {sources}' },
  'criteria.C4.2.pass': {
    fr: 'Tunnel de vente en {stages} étapes, taux final {end} % cohérent avec le prévisionnel',
    en: 'Sales funnel in {stages} stages, end rate {end}% consistent with the forecast',
  },
  'criteria.C4.3.pass': {
    fr: 'Satisfaction mesurée ; canaux d’avis : {channels}',
    en: 'Satisfaction measured; feedback channels: {channels}',
  },
  'criteria.C4.4.pass': {
    fr: 'Fidélisation avec récompense ; taux de réachat {repeat} % par an',
    en: 'Loyalty with a reward; repeat rate {repeat}% a year',
  },
  'criteria.C5.1.pass': {
    fr: 'Droit de la consommation : rétractation {withdrawal} jours, remboursement sous {refund} jours, garanties, médiateur, délai de livraison',
    en: 'Consumer law: {withdrawal}-day withdrawal, refund within {refund} days, guarantees, mediator, delivery deadline',
  },
  'criteria.C5.2.pass': {
    fr: 'Mentions légales complètes pour la forme {legal_form} ({fields} mentions)',
    en: 'Legal notice complete for the form {legal_form} ({fields} fields)',
  },
  'criteria.C5.3.pass': {
    fr: 'Les {clauses} clauses des CGV peuvent être rédigées',
    en: 'All {clauses} clauses of the terms of sale can be rendered',
  },
  'criteria.C5.4.pass': {
    fr: 'RGPD : {processings} traitement(s) au registre, {tools} outil(s) avec hébergement et DPA, consentement aux cookies',
    en: 'GDPR: {processings} processing(s) in the register, {tools} tool(s) with hosting and DPA, cookie consent',
  },
  // gaps: what to add, and where
  'gap.missing': { fr: 'Ajoutez « {path} »', en: 'Add `{path}`' },
  'gap.missing_section': { fr: 'Ajoutez la section « {path} » ({keys})', en: 'Add the section `{path}` ({keys})' },
  'gap.missing_one_of': { fr: 'Ajoutez « {path} » (ou : {alternatives})', en: 'Add `{path}` (or: {alternatives})' },
  'gap.too_few': {
    fr: '« {path} » : {count} élément(s), il en faut au moins {min}',
    en: '`{path}`: {count} item(s), at least {min} needed',
  },
  'gap.forecast_missing_section': {
    fr: 'Prévisionnel non calculé : la section « {section} » manque, et ce critère en dépend',
    en: 'Forecast not computed: section `{section}` is missing, and this criterion depends on it',
  },
  'gap.no_forecast': {
    fr: 'Prévisionnel indisponible : ce critère en dépend et reste à vérifier',
    en: 'Forecast unavailable: this criterion depends on it and remains to be checked',
  },
  'gap.forecast_failed': { fr: 'Le prévisionnel n’a pas pu être calculé : {detail}', en: 'The forecast could not be computed: {detail}' },
  'gap.strategy_basis': {
    fr: 'La stratégie « {strategy} » demande « {key} » : ajoutez « {path} »',
    en: 'Strategy `{strategy}` needs `{key}`: add `{path}`',
  },
  'gap.no_alternative_strategy': {
    fr: 'Aucun produit n’évalue une autre stratégie de production : ajoutez à « {product} » une alternative dont la stratégie n’est pas la sienne (« {strategy} »), par exemple « strategy: {suggestion} »',
    en: 'No product evaluates another production strategy: add to `{product}` an alternative whose strategy is not its own (`{strategy}`), e.g. `strategy: {suggestion}`',
  },
  'gap.unknown_supplier': {
    fr: 'Fournisseur « {supplier} » non déclaré dans suppliers.list : le coût n’est pas vérifiable',
    en: 'Supplier `{supplier}` is not declared in suppliers.list: the cost cannot be checked',
  },
  'gap.unknown_material': {
    fr: 'Matière « {material} » non déclarée dans materials',
    en: 'Material `{material}` is not declared in materials',
  },
  'gap.objective_gap': {
    fr: 'Année {year} : chiffre d’affaires prévu {forecast} € pour un objectif de {objective} € (écart {gap} €, {gapPercent} % ; tolérance ± {tolerance} %)',
    en: 'Year {year}: forecast revenue €{forecast} for an objective of €{objective} (gap €{gap}, {gapPercent}%; tolerance ± {tolerance}%)',
  },
  'gap.no_cost_indicator': {
    fr: 'Aucun indicateur de coût avec une cible : ajoutez « {path} » ({keys})',
    en: 'No cost indicator with a target: add `{path}` ({keys})',
  },
  'gap.break_even_not_reached': {
    fr: 'Le point mort n’est pas atteint dans l’horizon de {horizon} mois',
    en: 'Break-even is not reached within the {horizon}-month horizon',
  },
  'gap.break_even_late': {
    fr: 'Point mort atteint en {month:month} (mois {index}), après l’objectif du mois {max}',
    en: 'Break-even reached in {month:month} (month {index}), after the objective of month {max}',
  },
  'gap.horizon_too_short': {
    fr: 'Horizon de {horizon} mois : il en faut au moins {min}',
    en: 'Horizon of {horizon} months: at least {min} needed',
  },
  'gap.forecast_error': { fr: 'Le prévisionnel signale une erreur ({code}, {at})', en: 'The forecast reports an error ({code}, {at})' },
  'gap.cash_negative': {
    fr: 'Trésorerie négative : {amount} € en {month:month} ; ajoutez au moins {need} € de financement dans « {path} »',
    en: 'Negative cash: €{amount} in {month:month}; add at least €{need} of financing in `{path}`',
  },
  'gap.suppliers_compared': {
    fr: '« {item} » : {count} fournisseur(s) comparé(s), il en faut au moins {min}',
    en: '`{item}`: {count} supplier(s) compared, at least {min} needed',
  },
  'gap.no_selected_supplier': {
    fr: '« {item} » : aucun fournisseur sélectionné (selected: true)',
    en: '`{item}`: no supplier selected (selected: true)',
  },
  'gap.supplier_unscored': {
    fr: 'Le fournisseur « {supplier} » n’est pas noté sur : {criteria}',
    en: 'Supplier `{supplier}` is not scored on: {criteria}',
  },
  'gap.markup_unknown': { fr: 'Taux de marque de « {product} » non calculable', en: 'Markup rate of `{product}` cannot be computed' },
  'gap.markup_below_target': {
    fr: '« {product} » : taux de marque {markup} % sur « {channel} », sous la cible de {target} %',
    en: '`{product}`: markup rate {markup}% on `{channel}`, below the {target}% target',
  },
  'gap.no_quality_criterion': {
    fr: 'Aucun critère de qualité pour noter les fournisseurs : ajoutez-en un à « {path} » (par exemple « qualité »)',
    en: 'No quality criterion to score suppliers: add one to `{path}` (e.g. `quality`)',
  },
  'gap.no_reorder_point': {
    fr: 'Point de commande de « {product} » non calculable : indiquez le délai fournisseur « {path} »',
    en: 'Reorder point of `{product}` cannot be computed: give the supplier lead time `{path}`',
  },
  'gap.delivery_too_long': {
    fr: 'Délai de livraison de {days} jours : au plus {max} jours',
    en: 'Delivery time of {days} days: {max} days at most',
  },
  'gap.carrier_slower_than_promise': {
    fr: 'Le transporteur « {carrier} » livre en {delay} jours, plus que les {promised} jours promis',
    en: 'Carrier `{carrier}` delivers in {delay} days, more than the {promised} days promised',
  },
  'gap.action_without_persona': {
    fr: 'L’action « {action} » ne vise aucun persona : ajoutez « {path} »',
    en: 'Action `{action}` targets no persona: add `{path}`',
  },
  'gap.persona_not_targeted': {
    fr: 'Le persona « {persona} » n’est visé par aucune action',
    en: 'Persona `{persona}` is targeted by no action',
  },
  'gap.source_traffic': {
    fr: 'La source « {source} » n’a pas de trafic attendu (visitors, ou monthly_budget et cost_per_click)',
    en: 'Source `{source}` has no expected traffic (visitors, or monthly_budget and cost_per_click)',
  },
  'gap.source_cost': {
    fr: 'La source « {source} » n’a pas de coût : ajoutez « {path} » (0 si elle est gratuite)',
    en: 'Source `{source}` has no cost: add `{path}` (0 when free)',
  },
  'gap.funnel_rate_increases': {
    fr: 'Étape « {stage} » : taux de {rate} % supérieur à l’étape précédente ({previous} %)',
    en: 'Stage `{stage}`: rate {rate}% above the previous stage ({previous}%)',
  },
  'gap.funnel_end_rate_zero_conversion': {
    fr: 'Le taux final du tunnel ({end} %) ne peut pas être comparé au taux de conversion du prévisionnel, qui est de 0 % (aucune vente prévue)',
    en: 'The funnel’s end rate ({end}%) cannot be compared with the forecast’s conversion rate, which is 0% (no sale forecast)',
  },
  'gap.funnel_end_rate': {
    fr: 'Le taux final du tunnel ({end} %) diffère du taux de conversion du prévisionnel ({conversion} %) de {difference} % (tolérance {tolerance} %)',
    en: 'The funnel’s end rate ({end}%) differs from the forecast’s conversion rate ({conversion}%) by {difference}% (tolerance {tolerance}%)',
  },
  'gap.no_private_channel': {
    fr: 'Aucun canal où un client mécontent peut s’exprimer en privé (e-mail, formulaire, téléphone…) dans « {path} »',
    en: 'No channel where an unhappy customer can speak privately (e-mail, form, phone…) in `{path}`',
  },
  'gap.withdrawal_too_short': {
    fr: 'Délai de rétractation de {days} jours : le minimum légal est {min} jours',
    en: 'Withdrawal period of {days} days: the legal minimum is {min} days',
  },
  'gap.withdrawal_button': {
    fr: 'Indiquez la fonction de rétractation en ligne « {path}: true » (obligatoire depuis le 19/06/2026)',
    en: 'State the online withdrawal function `{path}: true` (mandatory since 2026-06-19)',
  },
  'gap.refund_too_slow': {
    fr: 'Remboursement en {days} jours : au plus {max} jours après la rétractation',
    en: 'Refund in {days} days: {max} days at most after withdrawal',
  },
  'gap.legal_guarantees': {
    fr: 'Mentionnez les garanties légales (conformité et vices cachés) : « {path}: true »',
    en: 'State the legal guarantees (conformity and hidden defects): `{path}: true`',
  },
  'gap.prices_not_ttc': { fr: 'Les prix affichés aux consommateurs doivent être TTC', en: 'Prices shown to consumers must include VAT' },
  'gap.cgv.seller': { fr: 'CGV, identité du vendeur : ajoutez « {path} »', en: 'Terms of sale, seller identity: add `{path}`' },
  'gap.cgv.prices': {
    fr: 'CGV, prix et frais de livraison : ajoutez « {path} »',
    en: 'Terms of sale, prices and delivery costs: add `{path}`',
  },
  'gap.cgv.ordering': { fr: 'CGV, étapes de la commande : ajoutez « {path} »', en: 'Terms of sale, ordering steps: add `{path}`' },
  'gap.cgv.payment': { fr: 'CGV, moyens de paiement : ajoutez « {path} »', en: 'Terms of sale, payment methods: add `{path}`' },
  'gap.cgv.delivery': { fr: 'CGV, délai de livraison : ajoutez « {path} »', en: 'Terms of sale, delivery deadline: add `{path}`' },
  'gap.cgv.withdrawal': { fr: 'CGV, rétractation : ajoutez « {path} »', en: 'Terms of sale, withdrawal: add `{path}`' },
  'gap.cgv.guarantees': { fr: 'CGV, garanties légales : ajoutez « {path} »', en: 'Terms of sale, legal guarantees: add `{path}`' },
  'gap.cgv.mediator': {
    fr: 'CGV, médiateur de la consommation : ajoutez « {path} »',
    en: 'Terms of sale, consumer mediator: add `{path}`',
  },
  'gap.cgv.personal_data': { fr: 'CGV, données personnelles : ajoutez « {path} »', en: 'Terms of sale, personal data: add `{path}`' },
  'gap.rgpd_orders': {
    fr: 'Le registre RGPD ne couvre pas la gestion des commandes',
    en: 'The GDPR register does not cover order management',
  },
  'gap.rgpd_marketing': {
    fr: 'Le registre RGPD ne couvre pas le marketing (newsletter, prospection)',
    en: 'The GDPR register does not cover marketing (newsletter, prospecting)',
  },
  'gap.no_dpa': {
    fr: 'L’outil « {tool} » traite des données personnelles sans contrat de sous-traitance (DPA, art. 28)',
    en: 'Tool `{tool}` processes personal data without a processor agreement (DPA, art. 28)',
  },
  'gap.cookie_consent': {
    fr: 'Recueillez le consentement aux cookies avant les traceurs non essentiels : « {path}: true »',
    en: 'Collect cookie consent before non-essential trackers: `{path}: true`',
  },
  // coherence findings
  'finding.withdrawal_illegal': {
    fr: 'Délai de rétractation de {days} jours : illégal, le minimum est {min} jours (L221-18)',
    en: 'Withdrawal period of {days} days: illegal, the minimum is {min} days (L221-18)',
  },
  'finding.refund_illegal': {
    fr: 'Remboursement en {days} jours : illégal au-delà de {max} jours (L221-24)',
    en: 'Refund in {days} days: illegal beyond {max} days (L221-24)',
  },
  'finding.odr_link': {
    fr: 'La plateforme européenne de règlement en ligne des litiges a fermé le 20/07/2025 : ne la citez plus',
    en: 'The EU online dispute resolution platform closed on 2025-07-20: do not link to it',
  },
  'finding.negative_contribution': {
    fr: '« {product} » perd {contribution} € par unité sur « {channel} » une fois les frais et la livraison payés',
    en: '`{product}` makes €{contribution} per unit on `{channel}` once fees and shipping are paid',
  },
  // configuration
  'config.unknown_criterion': { fr: 'Critère inconnu « {id} » ; critères : {known}', en: 'Unknown criterion `{id}`; criteria: {known}' },
  'config.unknown_criterion_suggest': {
    fr: 'Critère inconnu « {id} » : vouliez-vous dire « {suggestion} » ?',
    en: 'Unknown criterion `{id}`: did you mean `{suggestion}`?',
  },
  'config.not_found': { fr: 'Fichier de configuration introuvable : {file}', en: 'Configuration file not found: {file}' },
  'config.invalid': { fr: 'Configuration invalide : {file}', en: 'Invalid configuration: {file}' },
  'config.invalid.hint': { fr: 'Voir docs/check.md pour les clés possibles.', en: 'See docs/en/check.md for the allowed keys.' },
  // the command
  'check.no_input': {
    fr: 'Donnez au moins un fichier, dossier ou motif à vérifier',
    en: 'Give at least one file, directory or pattern to check',
  },
  'check.no_input.hint': {
    fr: 'Exemple : ecomplan check projet.ecomplan.yaml (ou --explain C2.4)',
    en: 'Example: ecomplan check project.ecomplan.yaml (or --explain C2.4)',
  },
  'check.no_match': { fr: 'Aucun fichier de projet trouvé pour « {input} »', en: 'No project file found for `{input}`' },
  'check.no_match.hint': {
    fr: "Un dossier est parcouru pour les fichiers *.ecomplan.yaml et les .yaml qui commencent par « ecomplan: » ; un motif s’écrit entre guillemets ('classe/**/*.yaml').",
    en: "A folder is searched for *.ecomplan.yaml files and .yaml files starting with `ecomplan:`; quote a glob pattern ('classe/**/*.yaml').",
  },
  'check.unknown_criterion': { fr: 'Critère inconnu « {id} »', en: 'Unknown criterion `{id}`' },
  'check.unknown_criterion.hint': { fr: 'Critères : {known}', en: 'Criteria: {known}' },
  'check.bad_min_score': {
    fr: 'Score minimal invalide « {value} » : un pourcentage entre 0 et 100 (ex. 80)',
    en: 'Invalid minimum score `{value}`: a percentage from 0 to 100 (e.g. 80)',
  },
  'check.bad_jobs': {
    fr: 'Nombre de fils d’exécution invalide « {value} » : un entier à partir de 1 (1 = sans parallélisme)',
    en: 'Invalid number of jobs `{value}`: a whole number from 1 (1 = no parallelism)',
  },
  'check.bad_jobs.hint': { fr: 'Sans --jobs, ecomplan utilise tous les cœurs.', en: 'Without --jobs, ecomplan uses every core.' },
  'check.title': { fr: 'Critères de certification — {file}', en: 'Certification criteria — {file}' },
  'check.findings': { fr: 'Constats de cohérence', en: 'Coherence findings' },
  'check.no_findings': { fr: 'Aucun constat de cohérence', en: 'No coherence findings' },
  'check.score': {
    fr: 'Score : {score} % ({pass} validé(s), {partial} partiel(s), {fail} manquant(s) sur {total})',
    en: 'Score: {score}% ({pass} passed, {partial} partial, {fail} missing out of {total})',
  },
  'check.block_score': { fr: '{score} %', en: '{score}%' },
  'check.verdict_ok': { fr: '✔ Prêt pour le jury selon les critères vérifiés', en: '✔ Ready for the jury on the criteria checked' },
  'check.verdict_fail': {
    fr: '✖ Des critères manquent ou des erreurs de cohérence restent',
    en: '✖ Criteria are missing or coherence errors remain',
  },
  'check.verdict_min_score': { fr: '✖ Score sous le minimum demandé ({min} %)', en: '✖ Score below the required minimum ({min}%)' },
  'check.line': { fr: 'ligne {line}', en: 'line {line}' },
  'check.invalid_file': {
    fr: 'projet invalide : {errors} erreur(s) (ecomplan validate {file})',
    en: 'invalid project: {errors} error(s) (ecomplan validate {file})',
  },
  'check.unreadable_file': { fr: 'illisible : {message}', en: 'unreadable: {message}' },
  'check.class_summary': {
    fr: 'Synthèse de la classe : {files} fichier(s), {checked} vérifié(s), {ok} prêt(s), score moyen {score} %',
    en: 'Class summary: {files} file(s), {checked} checked, {ok} ready, average score {score}%',
  },
  'check.most_missed': { fr: 'Critères les plus souvent manquants :', en: 'Criteria most often missing:' },
  'check.missed_row': { fr: '{id} {title} : {count} candidat(s) sur {checked}', en: '{id} {title}: {count} candidate(s) out of {checked}' },
  'check.none_missed': { fr: 'Aucun critère manquant', en: 'No criterion missing' },
  'check.progress': { fr: 'Vérification {done}/{total} : {file}', en: 'Checking {done}/{total}: {file}' },
  'check.status.pass': { fr: 'validé', en: 'pass' },
  'check.status.partial': { fr: 'partiel', en: 'partial' },
  'check.status.fail': { fr: 'manquant', en: 'fail' },
  'check.status.ignored': { fr: 'ignoré', en: 'ignored' },
  'check.status.invalid': { fr: 'invalide', en: 'invalid' },
  'check.status.unreadable': { fr: 'illisible', en: 'unreadable' },
  'check.explain.jury': { fr: 'Les mots du jury', en: 'The jury’s words' },
  'check.explain.passes': { fr: 'Ce qui valide le critère', en: 'What passes' },
  'check.explain.reads': { fr: 'Clés lues', en: 'Keys read' },
  'check.explain.example': { fr: 'Exemple minimal', en: 'Minimal example' },
  'check.col.file': { fr: 'Fichier', en: 'File' },
  'check.col.status': { fr: 'État', en: 'Status' },
  'check.col.score': { fr: 'Score', en: 'Score' },
  'check.col.findings': { fr: 'Erreurs', en: 'Errors' },
  'check.col.criterion': { fr: 'Critère', en: 'Criterion' },
  'check.col.result': { fr: 'Résultat', en: 'Result' },
  'check.col.where': { fr: 'Où', en: 'Where' },
  'check.col.severity': { fr: 'Gravité', en: 'Severity' },
  'check.col.message': { fr: 'Message', en: 'Message' },
} as const satisfies Catalog;

export const criteriaCatalog = Object.fromEntries(Object.entries(entries).map(([id, m]) => [id, { fr: frenchTypography(m.fr), en: m.en }])) as {
  readonly [K in keyof typeof entries]: { fr: string; en: string };
};
