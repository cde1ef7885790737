/** `ecomplan watch`: the terminal's lines, the page's words, the server's refusals. */
import type { Catalog } from '../index.js';

export const watchCatalog = {
  'watch.ready': { fr: 'Dossier en direct de {file} : {url}', en: 'Live dossier of {file}: {url}' },
  'watch.ready.hint': {
    fr: 'Ouvrez cette adresse dans votre navigateur : chaque enregistrement du fichier met la page à jour. Ctrl-C pour arrêter.',
    en: 'Open this address in your browser: each save of the file updates the page. Ctrl-C to stop.',
  },
  'watch.log.valid': { fr: '✔ version {version} : dossier à jour', en: '✔ version {version}: dossier up to date' },
  'watch.log.invalid': {
    fr: '✖ version {version} : {count} erreur(s) dans le fichier, le dernier dossier valide reste affiché',
    en: '✖ version {version}: {count} error(s) in the file, the last valid dossier stays on the page',
  },
  'watch.log.invalid_none': {
    fr: '✖ version {version} : {count} erreur(s) dans le fichier, pas encore de dossier à afficher',
    en: '✖ version {version}: {count} error(s) in the file, no dossier to show yet',
  },
  'watch.log.watch_failed': {
    fr: '✖ le dossier du fichier ne peut plus être suivi ({detail}) : la page garde la dernière version ; relancez ecomplan watch',
    en: '✖ the file’s folder can no longer be followed ({detail}): the page keeps the last version; run ecomplan watch again',
  },
  'watch.stopped': { fr: 'Arrêté : plus rien n’écoute.', en: 'Stopped: nothing listens any more.' },
  'watch.bad_port': { fr: 'Port invalide « {value} » : un nombre de 0 à 65535 est attendu', en: 'Invalid port `{value}`: a number from 0 to 65535 is expected' },
  'watch.port_in_use': { fr: 'Le port {port} est déjà utilisé', en: 'Port {port} is already in use' },
  'watch.port_refused': { fr: 'Impossible d’écouter sur le port {port} ({detail})', en: 'Cannot listen on port {port} ({detail})' },
  'watch.port.hint': {
    fr: 'Choisissez un autre port avec --port, ou laissez ecomplan en prendre un libre (sans --port, ou --port 0).',
    en: 'Choose another port with --port, or let ecomplan take a free one (no --port, or --port 0).',
  },
  'watch.stdin': { fr: 'watch suit un fichier : l’entrée standard (« - ») ne peut pas être surveillée', en: 'watch follows a file: standard input (`-`) cannot be watched' },
  'watch.stdin.hint': { fr: 'Donnez le chemin du fichier de projet.', en: 'Give the path of the project file.' },
  'watch.http.host': {
    fr: 'Adresse refusée : ce serveur ne répond qu’à 127.0.0.1 et localhost.',
    en: 'Address refused: this server only answers 127.0.0.1 and localhost.',
  },
  'watch.http.method': { fr: 'Méthode refusée : lecture seule (GET, HEAD).', en: 'Method refused: read only (GET, HEAD).' },
  'watch.http.not_found': { fr: 'Introuvable : ce serveur ne sert que la page du dossier.', en: 'Not found: this server only serves the dossier’s page.' },
  'watch.http.too_many': { fr: 'Trop de pages ouvertes (au plus {max}) : fermez-en une.', en: 'Too many open pages (at most {max}): close one.' },
  'watch.title': { fr: 'ecomplan watch — {file}', en: 'ecomplan watch — {file}' },
  'watch.dossier_frame': { fr: 'Le dossier', en: 'The dossier' },
  'watch.at': { fr: 'ligne {line}, col. {column}', en: 'line {line}, col. {column}' },
  'watch.status.valid': { fr: 'Version {version} : fichier valide, dossier à jour', en: 'Version {version}: valid file, dossier up to date' },
  'watch.status.invalid': { fr: 'Version {version} : {count} erreur(s) dans le fichier', en: 'Version {version}: {count} error(s) in the file' },
  'watch.banner.kept': {
    fr: 'Le fichier ne se valide pas : le dossier affiché est celui de la dernière version valide. À corriger :',
    en: 'The file does not validate: the dossier shown is that of the last valid version. To fix:',
  },
  'watch.banner.none': {
    fr: 'Le fichier ne se valide pas encore : le dossier s’affichera dès qu’il se validera. À corriger :',
    en: 'The file does not validate yet: the dossier will show as soon as it does. To fix:',
  },
  'watch.more': { fr: '… et {count} autre(s) : corrigez d’abord les premières, souvent la cause des suivantes.', en: '… and {count} more: fix the first ones first, often the cause of the others.' },
  'watch.warnings': { fr: 'Avertissements', en: 'Warnings' },
  'watch.checklist': { fr: 'Critères de la certification (ecomplan check)', en: 'Certification criteria (ecomplan check)' },
  'watch.checklist.stale': { fr: 'Verdict de la dernière version valide du fichier.', en: 'Verdict of the last valid version of the file.' },
  'watch.checklist.none': { fr: 'Le verdict s’affichera quand le fichier se validera.', en: 'The verdict will show when the file validates.' },
  'watch.no_dossier.title': { fr: 'Pas encore de dossier', en: 'No dossier yet' },
  'watch.no_dossier': {
    fr: 'Aucune version valide du fichier pour l’instant : le dossier s’affichera dès qu’il se validera.',
    en: 'No valid version of the file yet: the dossier will show as soon as it validates.',
  },
} as const satisfies Catalog;
