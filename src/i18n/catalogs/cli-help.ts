/**
 * `--help` of every command (issue 12 item 9): descriptions of the commands, their arguments
 * and options, and the text after the option list. French by default, English with --lang en
 * or ECOMPLAN_LANG=en. Option names, choices and example command lines are not translated
 * (a contract: design/cli.md). French strings are written with plain spaces and get French
 * typography (no-break spaces) below. src/cli/ reads this catalog alone, so `--help` loads no other.
 */
import type { Catalog } from '../index.js';
import { typeset } from '../typography.js';
import { riskHelp } from './cli-help-risk.js';

const entries = {
  // the program and the options every command has
  'help.program': {
    fr: 'ecomplan — planifier un projet e-commerce : valider, prévoir, vérifier les critères de certification, produire le dossier',
    en: 'ecomplan — plan an e-commerce project: validate, forecast, check the certification criteria, render the dossier',
  },
  'help.opt.version': { fr: 'afficher le numéro de version', en: 'output the version number' },
  'help.opt.help': { fr: 'afficher l’aide de la commande', en: 'display help for command' },
  'help.cmd.help': { fr: 'afficher l’aide d’une commande', en: 'display help for command' },
  'help.arg.command': { fr: '[commande]', en: '[command]' },
  'help.opt.debug': { fr: 'afficher la trace des erreurs internes', en: 'print stack traces of internal errors' },
  'help.opt.no_color': { fr: 'sans couleurs (ou NO_COLOR=1)', en: 'no colours (also NO_COLOR=1)' },
  'help.examples': { fr: 'Exemples :', en: 'Examples:' },
  'help.example': { fr: 'Exemple :', en: 'Example:' },
  // options shared by several commands (src/cli/options.ts)
  'help.opt.lang': {
    fr: 'langue des messages et des rapports (par défaut : la clé locale du fichier, sinon fr)',
    en: 'language of messages and reports (default: the file’s locale, else fr)',
  },
  'help.opt.format': { fr: 'format de sortie', en: 'output format' },
  'help.opt.output': { fr: 'écrire dans ce fichier au lieu de la sortie standard', en: 'write to this file instead of stdout' },
  'help.opt.force': { fr: 'remplacer le fichier de sortie s’il existe', en: 'replace the output file if it exists' },
  'help.opt.scenario': { fr: 'scénario de demand.scenarios', en: 'scenario of demand.scenarios' },
  'help.opt.templates': {
    fr: 'un dossier de modèles qui remplacent les modèles intégrés de même nom',
    en: 'a folder of templates that replace the built-in ones of the same name',
  },
  'help.arg.project': { fr: 'fichier de projet', en: 'project file' },
  'help.arg.project_stdin': { fr: 'fichier de projet (- lit l’entrée standard)', en: 'project file (- reads stdin)' },
  'help.arg.projects_stdin': { fr: 'fichiers de projet (- lit l’entrée standard)', en: 'project files (- reads stdin)' },
  // init
  'help.init': { fr: 'créer un fichier de projet valide et commenté en répondant à quelques questions', en: 'create a valid, commented project file by answering a few questions' },
  'help.init.file': {
    fr: 'fichier à créer (par défaut : projet.ecomplan.yaml, ou project.ecomplan.yaml avec --lang en)',
    en: 'file to create (default: projet.ecomplan.yaml, or project.ecomplan.yaml with --lang en)',
  },
  'help.init.yes': {
    fr: 'ne rien demander : écrire les valeurs par défaut, avec les réponses données en options',
    en: 'ask nothing: write the defaults, with the answers given as options',
  },
  'help.init.force': { fr: 'remplacer le fichier s’il existe', en: 'replace the file if it exists' },
  'help.init.name': { fr: 'nom du projet', en: 'project name' },
  'help.init.description': { fr: 'le projet en une phrase', en: 'the project in one sentence' },
  'help.init.legal_form': { fr: 'forme juridique (par défaut : micro_entreprise)', en: 'legal form (default micro_entreprise)' },
  'help.init.vat_regime': { fr: 'régime de TVA (par défaut : franchise)', en: 'VAT regime (default franchise)' },
  'help.init.vat_number': { fr: 'numéro de TVA intracommunautaire (régime normal)', en: 'EU VAT number (normal regime)' },
  'help.init.product': { fr: 'nom du premier produit', en: 'name of the first product' },
  'help.init.price': { fr: 'son prix de vente TTC au consommateur (p. ex. 24,90)', en: 'its consumer price, VAT included (e.g. 24.90)' },
  'help.init.strategy': { fr: 'comment il est obtenu (par défaut : resale)', en: 'how it is obtained (default resale)' },
  'help.init.cost': {
    fr: 'coût unitaire HT : achat (resale), fabrication (outsourced), une unité de la matière principale (in_house)',
    en: 'unit cost excl. VAT: purchase (resale), manufacturing (outsourced), one unit of the main material (in_house)',
  },
  'help.init.supplier': { fr: 'nom du fournisseur ou de l’atelier (resale, outsourced)', en: 'supplier or workshop name (resale, outsourced)' },
  'help.init.second_hand': {
    fr: 'biens d’occasion achetés à des particuliers (resale) : TVA sur la marge, art. 297 A CGI',
    en: 'second-hand goods bought from private persons (resale): VAT on the margin, art. 297 A CGI',
  },
  'help.init.channel': { fr: 'canal de vente principal, avec ses frais habituels (par défaut : site)', en: 'main sales channel, with its usual fees (default site)' },
  'help.init.visitors': { fr: 'visiteurs attendus le premier mois (par défaut : 1000)', en: 'visitors expected in the first month (default 1000)' },
  'help.init.conversion': { fr: 'taux de conversion, p. ex. 1,5% ou 0,015 (par défaut : 1,5 %)', en: 'conversion rate, e.g. 1.5% or 0.015 (default 1.5%)' },
  'help.init.start': {
    fr: 'premier mois du prévisionnel (par défaut : le mois prochain, la seule valeur par défaut qui dépend de la date)',
    en: 'first forecast month (default: next month, the one date-dependent default)',
  },
  // validate, forecast, margin, stock, sensitivity
  'help.validate': {
    fr: 'vérifier des fichiers de projet : YAML, forme, références et sommes, avec fichier:ligne:colonne',
    en: 'check project files: YAML, shape, references and sums, with file:line:col',
  },
  'help.forecast': {
    fr: 'le prévisionnel : plan de financement, compte de résultat par année, plan de trésorerie mensuel, point mort, puis les alertes',
    en: 'the prévisionnel: financing plan, P&L per year, monthly cash plan, break-even, then warnings',
  },
  'help.forecast.scenario': { fr: 'scénario de demand.scenarios ; all = côte à côte', en: 'scenario of demand.scenarios; all = side by side' },
  'help.forecast.monthly': { fr: 'ajouter le compte de résultat mois par mois', en: 'add the income statement month by month' },
  'help.margin': {
    fr: 'coûts et marges unitaires par produit × canal, une ligne par stratégie : taux de marque, taux de marge, coefficient',
    en: 'unit economics per product × channel, each strategy its own row: taux de marque, taux de marge, coefficient',
  },
  'help.stock': {
    fr: 'par produit : achats mensuels, niveau et valeur du stock, point de commande, mois où une quantité minimale de commande crée un surstock',
    en: 'per product: monthly purchases, stock level and value, reorder point, months where a minimum order forces overstock',
  },
  'help.sensitivity': {
    fr: 'chaque hypothèse clé à −10 % / +10 %, classée selon son effet sur le résultat de l’année 1 et sur le point bas de trésorerie',
    en: 'each key hypothesis at −10 % / +10 %, ranked by its swing on the year-1 result and on the lowest cash balance',
  },
  // check
  'help.check': {
    fr: 'juger des fichiers de projet selon les critères de certification C1.1–C5.4, avec les constats de cohérence et un score',
    en: 'judge project files against the certification criteria C1.1–C5.4, with coherence findings and a score',
  },
  'help.check.inputs': {
    fr: 'fichiers de projet, dossiers (parcourus récursivement) ou motifs glob entre guillemets ; - lit l’entrée standard',
    en: 'project files, directories (searched recursively) or quoted glob patterns; - reads stdin',
  },
  'help.check.min_score': {
    fr: 'code de sortie 0 dès que le score atteint ce pourcentage (0–100), au lieu d’exiger qu’aucun critère n’échoue',
    en: 'exit 0 when the score reaches this percentage (0–100), instead of requiring no failed criterion',
  },
  'help.check.ignore': {
    fr: 'identifiants des critères à ne pas juger, séparés par des virgules (option répétable)',
    en: 'criterion IDs not to judge, comma-separated (repeatable)',
  },
  'help.check.config': {
    fr: 'fichier de configuration (par défaut : le .ecomplanrc.yaml du dossier courant ou du dossier donné, ou au-dessus jusqu’à la racine du dépôt ; jamais celui d’un dossier vérifié)',
    en: 'configuration file (default: the .ecomplanrc.yaml of the working directory or of the directory given, or above up to the repository root; never one inside a checked folder)',
  },
  'help.check.csv_separator': {
    fr: 'séparateur CSV : un caractère, ou « tab » (par défaut : « ; » avec la virgule décimale en français, « , » en anglais)',
    en: 'CSV separator: one character, or "tab" (default: ";" with decimal commas in French, "," in English)',
  },
  'help.check.jobs': {
    fr: 'fils d’exécution pour un lot de fichiers (par défaut : un par cœur ; 1 = l’un après l’autre)',
    en: 'worker threads for a batch of files (default: every core; 1 = one after the other)',
  },
  'help.check.explain': {
    fr: 'afficher un critère : les mots du jury, ce qui le valide, un extrait YAML minimal',
    en: 'print a criterion: the jury’s words, what passes, a minimal YAML snippet',
  },
  'help.check.exit_codes': {
    fr: 'Codes de sortie : 0 aucun critère en échec et aucun constat d’erreur (avec --min-score : score atteint et aucun constat d’erreur),\n                  1 sinon, 2 entrée illisible ou invalide, ou erreur d’utilisation.',
    en: 'Exit codes: 0 no criterion fails and no error finding (with --min-score: score reached and no error finding),\n            1 otherwise, 2 unreadable or invalid input, or usage error.',
  },
  // actuals
  'help.actuals': {
    fr: 'après le lancement : le prévisionnel face aux commandes réelles de la boutique (Shopify, WooCommerce, Etsy, PrestaShop, tout CSV), avec un prévisionnel révisé',
    en: 'after launch: the forecast against the shop’s real orders (Shopify, WooCommerce, Etsy, PrestaShop, any CSV), with a re-forecast',
  },
  'help.actuals.exports': { fr: 'exports de commandes (CSV)', en: 'order exports (CSV)' },
  'help.actuals.source': { fr: 'format des exports, au lieu de le déduire de l’en-tête', en: 'format of the exports, instead of detecting it from the header' },
  'help.actuals.mapping': {
    fr: 'correspondance des colonnes (YAML) d’un export générique (sinon actuals.mapping du projet)',
    en: 'YAML column mapping of a generic export (else actuals.mapping of the project)',
  },
  'help.actuals.until': {
    fr: 'dernier jour couvert par les exports, AAAA-MM-JJ (par défaut : le jour de la dernière commande)',
    en: 'last day the exports cover, YYYY-MM-DD (default: the latest order)',
  },
  'help.actuals.scenario': { fr: 'scénario de demand.scenarios auquel comparer', en: 'scenario of demand.scenarios compared with' },
  'help.actuals.rate': {
    fr: 'convertir un export dans une autre devise : USD=0,92 (unités de la devise du projet pour 1 USD), répétable',
    en: 'convert an export in another currency: USD=0.92 (units of the project’s currency per 1 USD), repeatable',
  },
  'help.actuals.include_pending': {
    fr: 'compter les commandes en attente de paiement (contre-remboursement, virement non reçu) comme des ventes',
    en: 'count the orders awaiting payment (cash on delivery, transfer not received) as sales',
  },
  // report, legal, export, schema
  'help.watch': {
    fr: 'le dossier en direct dans le navigateur pendant que vous modifiez le fichier (serveur local 127.0.0.1)',
    en: 'the live dossier in the browser while you edit the file (local server on 127.0.0.1)',
  },
  'help.watch.file': { fr: 'le fichier de projet à suivre', en: 'the project file to follow' },
  'help.watch.port': {
    fr: 'port d’écoute sur 127.0.0.1 (par défaut : un port libre, affiché)',
    en: 'port to listen on at 127.0.0.1 (default: a free port, printed)',
  },
  'help.report': {
    fr: 'produire le dossier du candidat : HTML autonome, Markdown ou PDF (Chromium du système)',
    en: 'render the candidate’s dossier: self-contained HTML, Markdown, or PDF (system Chromium)',
  },
  'help.report.output': {
    fr: 'écrire dans ce fichier, ou dans ce dossier (Markdown : avec les graphiques en fichiers SVG)',
    en: 'write to this file, or into this folder (Markdown: with the charts as SVG files)',
  },
  'help.report.force': { fr: 'remplacer les fichiers de sortie s’ils existent', en: 'replace the output files if they exist' },
  'help.report.actuals': {
    fr: 'exports de commandes (CSV) : ajoute « Suivi du réel », le prévisionnel face au réel (voir ecomplan actuals)',
    en: 'order exports (CSV): adds « Suivi du réel », the plan against the actuals (see ecomplan actuals)',
  },
  'help.report.config': {
    fr: 'configuration des critères (par défaut : le .ecomplanrc.yaml du dossier courant ou au-dessus, jusqu’à la racine du dépôt)',
    en: 'criteria configuration (default: the .ecomplanrc.yaml of the working directory or above, up to the repository root)',
  },
  'help.legal': {
    fr: 'rédiger les brouillons des mentions légales, des CGV, de la politique de confidentialité et du registre RGPD (Markdown, HTML, CSV)',
    en: 'draft the mentions légales, CGV, privacy policy and RGPD register (Markdown, HTML, CSV)',
  },
  'help.legal.output': {
    fr: 'écrire tous les brouillons dans ce dossier (sinon le Markdown va sur la sortie standard)',
    en: 'write every draft into this folder (else the Markdown goes to stdout)',
  },
  'help.legal.force': { fr: 'remplacer les brouillons déjà présents dans le dossier', en: 'replace the drafts already in the folder' },
  'help.export': {
    fr: 'le prévisionnel en classeur (xlsx) qui se recalcule : hypothèses, formules mensuelles, compte de résultat, plan de financement, plan de trésorerie, point mort',
    en: 'the prévisionnel as a live spreadsheet (xlsx): assumptions, monthly formulas, P&L, financing plan, cash plan, break-even',
  },
  'help.export.output': {
    fr: 'écrire dans ce fichier (ou rediriger la sortie standard ; jamais vers un terminal)',
    en: 'write to this file (or redirect stdout; never to a terminal)',
  },
  'help.schema': {
    fr: 'afficher le schéma JSON du fichier de projet (pour les éditeurs et la CI)',
    en: 'print the JSON Schema of the project file (for editors and CI)',
  },
  ...riskHelp,
} as const satisfies Catalog;

export const cliHelp = typeset(entries);
