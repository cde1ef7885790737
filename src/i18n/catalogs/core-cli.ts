/** Messages of the command line. `{name}` is replaced by data. */
import type { Catalog } from '../index.js';

export const coreCli = {
  // command line
  'cli.summary_ok': { fr: '✔ {file} : projet valide', en: '✔ {file}: valid project' },
  'cli.summary_problems': { fr: '{errors} erreur(s), {warnings} avertissement(s)', en: '{errors} error(s), {warnings} warning(s)' },
  'cli.output_exists': { fr: 'Le fichier {file} existe déjà', en: 'File {file} already exists' },
  'cli.output_exists.hint': { fr: 'Ajoutez --force pour le remplacer.', en: 'Add --force to replace it.' },
  'cli.write_failed': { fr: 'Impossible d’écrire {file} : {reason}', en: 'Cannot write {file}: {reason}' },
  'cli.write_failed.hint': { fr: 'Choisissez un autre chemin avec -o.', en: 'Choose another path with -o.' },
  'cli.write_failed.not_a_folder': {
    fr: 'un élément du chemin est un fichier, pas un dossier',
    en: 'part of the path is a file, not a folder',
  },
  'cli.write_failed.is_folder': { fr: 'c’est un dossier', en: 'it is a folder' },
  'cli.write_failed.permission': { fr: 'permission refusée', en: 'permission denied' },
  'cli.write_failed.read_only': { fr: 'système de fichiers en lecture seule', en: 'read-only file system' },
  'cli.write_failed.no_space': { fr: 'plus de place sur le disque', en: 'no space left on the disk' },
  'cli.internal_error': { fr: 'Erreur interne d’ecomplan : {detail}', en: 'ecomplan internal error: {detail}' },
  'cli.internal_error.hint': {
    fr: 'Relancez avec --debug et signalez le problème avec la trace.',
    en: 'Run again with --debug and report the problem with the trace.',
  },
  'cli.invalid_project': {
    fr: 'Le projet {file} n’est pas valide : corrigez d’abord les erreurs (ecomplan validate {file})',
    en: 'Project {file} is not valid: fix the errors first (ecomplan validate {file})',
  },
} as const satisfies Catalog;
