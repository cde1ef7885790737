/**
 * Messages of issue 24 (a candidate's file cannot judge itself, stall a class, or write into a
 * terminal, a CI log or a spreadsheet): the config a check used, a score with nothing judged,
 * the limits of size, time and memory.
 */
import type { Catalog } from '../index.js';

export const security = {
  'check.score_na': { fr: 'n/a', en: 'n/a' },
  'check.score_none': {
    fr: 'Score : n/a (aucun critère jugé : tous sont ignorés)',
    en: 'Score: n/a (no criterion judged: all are ignored)',
  },
  'check.verdict_none': {
    fr: '✖ Aucun critère jugé : le score minimal demandé ({min} %) ne peut pas être atteint',
    en: '✖ No criterion judged: the required minimum score ({min}%) cannot be reached',
  },
  'check.config_used': { fr: 'Configuration : {file}', en: 'Configuration: {file}' },
  'check.config_defaults': {
    fr: 'Configuration : seuils par défaut (aucun .ecomplanrc.yaml trouvé)',
    en: 'Configuration: default thresholds (no .ecomplanrc.yaml found)',
  },
  'check.config_files': { fr: '{config} — {count} fichier(s)', en: '{config} — {count} file(s)' },
  'file.too_many_problems': {
    fr: '… et {count} autre(s) problème(s) non affiché(s) : seuls les {max} premiers le sont',
    en: '… and {count} more problem(s) not shown: only the first {max} are',
  },
  'file.too_many_problems.hint': {
    fr: 'Corrigez les premières (souvent la même erreur répétée), puis relancez.',
    en: 'Fix the first ones (often the same mistake repeated), then run again.',
  },
  'check.file_time_limit': {
    fr: 'Non jugé : la vérification de ce fichier a dépassé {seconds} s',
    en: 'Not judged: checking this file took more than {seconds} s',
  },
  'check.file_time_limit.hint': {
    fr: 'Un fichier de projet se vérifie en moins d’une seconde : vérifiez-le seul (ecomplan validate), ou relevez la limite avec ECOMPLAN_CHECK_FILE_TIMEOUT_MS.',
    en: 'A project file is checked in under a second: check it alone (ecomplan validate), or raise the limit with ECOMPLAN_CHECK_FILE_TIMEOUT_MS.',
  },
  'check.file_memory_limit': {
    fr: 'Non jugé : la vérification de ce fichier a demandé plus de {mb} Mo de mémoire',
    en: 'Not judged: checking this file needed more than {mb} MB of memory',
  },
  'check.file_memory_limit.hint': {
    fr: 'Vérifiez-le seul (ecomplan validate), ou relevez la limite avec ECOMPLAN_CHECK_FILE_MEMORY_MB.',
    en: 'Check it alone (ecomplan validate), or raise the limit with ECOMPLAN_CHECK_FILE_MEMORY_MB.',
  },
  'actuals.too_many_lines': {
    fr: 'Export trop long : plus de {max} lignes pour l’ensemble des exports',
    en: 'Export too long: more than {max} lines for all the exports together',
  },
  'actuals.too_many_lines.hint': {
    fr: 'Exportez une période plus courte (par exemple une année), ou moins de boutiques à la fois.',
    en: 'Export a shorter period (a year, for example), or fewer shops at once.',
  },
  'actuals.too_many_cells': {
    fr: 'Export trop dense : plus de {max} cellules pour l’ensemble des exports',
    en: 'Export too dense: more than {max} cells for all the exports together',
  },
  'actuals.too_many_cells.hint': {
    fr: 'Un export de commandes a quelques dizaines de colonnes : est-ce le bon fichier ?',
    en: 'An order export has a few dozen columns: is this the right file?',
  },
  'plan.too_many_combinations': {
    fr: '{products} produits (stratégies alternatives comprises) × {channels} canaux = {rows} lignes d’économie unitaire : au plus {max}',
    en: '{products} products (alternative strategies included) × {channels} channels = {rows} unit-economics rows: at most {max}',
  },
  'plan.too_many_combinations.hint': {
    fr: 'Regroupez les canaux qui ont les mêmes frais, ou les produits qui ont le même prix et le même coût.',
    en: 'Group the channels that have the same fees, or the products that have the same price and cost.',
  },
} as const satisfies Catalog;
