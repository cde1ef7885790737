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
  'check.config_files': { fr: '{config} : {count} fichier(s)', en: '{config}: {count} file(s)' },
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
} as const satisfies Catalog;
