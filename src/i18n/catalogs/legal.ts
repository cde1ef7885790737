/** Messages of `ecomplan legal`. */
import type { Catalog } from '../index.js';

export const legal = {
  // legal: command
  'legal.written': { fr: '✔ {count} fichiers écrits dans {dir}', en: '✔ {count} files written to {dir}' },
  'legal.output_not_dir': { fr: '{path} existe et n’est pas un dossier', en: '{path} exists and is not a folder' },
  'legal.output_not_dir.hint': {
    fr: 'Avec -o, donnez un dossier : ecomplan legal projet.yaml -o juridique/',
    en: 'With -o, give a folder: ecomplan legal project.yaml -o legal/',
  },

  // legal: warnings
  'render.placeholder': { fr: '[À compléter : {element} ({path})]', en: '[To be completed: {element} ({path})]' },
  'legal.missing': {
    fr: 'Manque pour {documents} : {element} ; le brouillon affiche « [À compléter : …] »',
    en: 'Missing for {documents}: {element}; the draft shows “[To be completed: …]”',
  },
  'legal.missing.hint': {
    fr: 'Renseignez cette clé du fichier de projet, puis relancez ecomplan legal.',
    en: 'Fill in this key of the project file, then run ecomplan legal again.',
  },
  'legal.withdrawal_below_minimum': {
    fr: 'Délai de rétractation de {days} jours, sous le minimum légal de {min} jours (art. L221-18) : les CGV indiquent {min} jours',
    en: 'Withdrawal period of {days} days, below the legal minimum of {min} days (art. L221-18): the terms say {min} days',
  },
  'legal.refund_above_maximum': {
    fr: 'Délai de remboursement de {days} jours, au-delà du maximum légal de {max} jours (art. L221-24) : les CGV indiquent {max} jours',
    en: 'Refund period of {days} days, beyond the legal maximum of {max} days (art. L221-24): the terms say {max} days',
  },
  'legal.no_dpa': {
    fr: 'Aucun contrat de sous-traitance (art. 28 RGPD) avec « {tool} » : le registre l’indique comme à signer',
    en: 'No processor agreement (GDPR art. 28) with `{tool}`: the register marks it as to be signed',
  },
  'legal.clause_absent': {
    fr: 'Clause obligatoire {clause} absente de {document} ({source}) : un modèle personnalisé l’a-t-il retirée ?',
    en: 'Mandatory clause {clause} missing from {document} ({source}): did a custom template drop it?',
  },

  // legal: documents
  'legal.doc.mentions': { fr: 'Mentions légales', en: 'Legal notice' },
  'legal.doc.cgv': { fr: 'Conditions générales de vente', en: 'General terms and conditions of sale' },
  'legal.doc.privacy': { fr: 'Politique de confidentialité', en: 'Privacy policy' },
  'legal.doc.register': { fr: 'Registre des activités de traitement', en: 'Record of processing activities' },
  'legal.docshort.mentions': { fr: 'mentions légales', en: 'legal notice' },
  'legal.docshort.cgv': { fr: 'CGV', en: 'terms of sale' },
  'legal.docshort.privacy': { fr: 'politique de confidentialité', en: 'privacy policy' },
  'legal.docshort.register': { fr: 'registre RGPD', en: 'GDPR register' },

  // legal: words
  'legal.form.micro_entreprise': {
    fr: 'entrepreneur individuel (EI) au régime de la micro-entreprise',
    en: 'sole trader (entrepreneur individuel, EI) under the micro-entreprise scheme',
  },
  'legal.form.ei': { fr: 'entrepreneur individuel (EI)', en: 'sole trader (entrepreneur individuel, EI)' },
  'legal.form.eurl': {
    fr: 'EURL (entreprise unipersonnelle à responsabilité limitée)',
    en: 'EURL (single-member limited liability company)',
  },
  'legal.form.sarl': { fr: 'SARL (société à responsabilité limitée)', en: 'SARL (limited liability company)' },
  'legal.form.sasu': {
    fr: 'SASU (société par actions simplifiée unipersonnelle)',
    en: 'SASU (single-shareholder simplified joint-stock company)',
  },
  'legal.form.sas': { fr: 'SAS (société par actions simplifiée)', en: 'SAS (simplified joint-stock company)' },
  'legal.seller.individual': { fr: '{name}, entrepreneur individuel (EI)', en: '{name}, sole trader (entrepreneur individuel, EI)' },
  'legal.basis.contract': { fr: 'exécution du contrat (art. 6.1.b RGPD)', en: 'performance of a contract (GDPR art. 6.1.b)' },
  'legal.basis.consent': { fr: 'consentement (art. 6.1.a RGPD)', en: 'consent (GDPR art. 6.1.a)' },
  'legal.basis.legal_obligation': { fr: 'obligation légale (art. 6.1.c RGPD)', en: 'legal obligation (GDPR art. 6.1.c)' },
  'legal.basis.legitimate_interest': { fr: 'intérêt légitime (art. 6.1.f RGPD)', en: 'legitimate interest (GDPR art. 6.1.f)' },
  'legal.basis.vital_interest': { fr: 'sauvegarde des intérêts vitaux (art. 6.1.d RGPD)', en: 'vital interests (GDPR art. 6.1.d)' },
  'legal.basis.public_task': { fr: 'mission d’intérêt public (art. 6.1.e RGPD)', en: 'public task (GDPR art. 6.1.e)' },
  'legal.word.day': { fr: 'jour', en: 'day' },
  'legal.word.days': { fr: 'jours', en: 'days' },
  'legal.word.yes': { fr: 'oui', en: 'yes' },
  'legal.dpa_missing': { fr: 'non — contrat à signer', en: 'no — agreement to sign' },
  'legal.no_transfer': { fr: 'aucun transfert hors de l’Union européenne déclaré', en: 'no transfer outside the European Union declared' },
  'legal.default_law': { fr: 'droit français', en: 'French law' },
  'legal.csv.purpose': { fr: 'Finalité', en: 'Purpose' },
  'legal.csv.basis': { fr: 'Base légale', en: 'Legal basis' },
  'legal.csv.persons': { fr: 'Personnes concernées', en: 'Data subjects' },
  'legal.csv.data': { fr: 'Catégories de données', en: 'Categories of data' },
  'legal.csv.recipients': { fr: 'Destinataires', en: 'Recipients' },
  'legal.csv.transfers': { fr: 'Transferts hors UE et garanties', en: 'Transfers outside the EU and safeguards' },
  'legal.csv.retention': { fr: 'Durée de conservation', en: 'Retention period' },
  'legal.csv.security': { fr: 'Mesures de sécurité', en: 'Security measures' },

  // legal: elements a draft may lack (placeholder text)
  'legal.element.owner_name': { fr: 'nom et prénom de l’entrepreneur', en: 'the entrepreneur’s full name' },
  'legal.element.company_name': { fr: 'dénomination sociale', en: 'company name' },
  'legal.element.legal_form': { fr: 'forme juridique', en: 'legal form' },
  'legal.element.seller': { fr: 'identité du vendeur (forme juridique, nom)', en: 'seller identity (legal form, name)' },
  'legal.element.share_capital': { fr: 'capital social', en: 'share capital' },
  'legal.element.address': { fr: 'adresse (siège social)', en: 'address (registered office)' },
  'legal.element.email': { fr: 'adresse e-mail de contact', en: 'contact e-mail address' },
  'legal.element.phone': { fr: 'numéro de téléphone', en: 'phone number' },
  'legal.element.registration': { fr: 'immatriculation (RCS et ville, ou RNE)', en: 'registration (RCS and city, or RNE)' },
  'legal.element.vat_number': { fr: 'numéro de TVA intracommunautaire', en: 'EU VAT number' },
  'legal.element.publication_director': { fr: 'directeur ou directrice de la publication', en: 'publication director' },
  'legal.element.host_name': { fr: 'nom de l’hébergeur du site', en: 'web host’s name' },
  'legal.element.host_address': { fr: 'adresse de l’hébergeur', en: 'web host’s address' },
  'legal.element.host_phone': { fr: 'téléphone de l’hébergeur', en: 'web host’s phone number' },
  'legal.element.rgpd_contact': { fr: 'contact pour les demandes sur les données personnelles', en: 'contact for personal-data requests' },
  'legal.element.processings': {
    fr: 'traitements de données personnelles (finalité, base légale, données, durée, destinataires)',
    en: 'personal-data processings (purpose, legal basis, data, retention, recipients)',
  },
  'legal.element.persons': { fr: 'personnes concernées', en: 'data subjects' },
  'legal.element.data': { fr: 'catégories de données', en: 'categories of data' },
  'legal.element.recipients': { fr: 'destinataires des données', en: 'recipients of the data' },
  'legal.element.retention': { fr: 'durée de conservation', en: 'retention period' },
  'legal.element.security': { fr: 'mesures de sécurité', en: 'security measures' },
  'legal.element.tools': {
    fr: 'outils et prestataires qui traitent des données (sous-traitants)',
    en: 'tools and providers processing data (processors)',
  },
  'legal.element.hosting': { fr: 'lieu d’hébergement des données', en: 'where the data is hosted' },
  'legal.element.dpa': {
    fr: 'contrat de sous-traitance signé (art. 28 RGPD) : oui ou non',
    en: 'processor agreement signed (GDPR art. 28): yes or no',
  },
  'legal.element.cookie_tool': { fr: 'outil de recueil du consentement aux cookies', en: 'cookie consent tool' },
  'legal.element.cookie_consent': {
    fr: 'consentement recueilli avant tout traceur non essentiel',
    en: 'consent collected before any non-essential tracker',
  },
  'legal.element.withdrawal_days': { fr: 'délai de rétractation (14 jours au moins)', en: 'withdrawal period (14 days at least)' },
  'legal.element.refund_days': { fr: 'délai de remboursement (14 jours au plus)', en: 'refund period (14 days at most)' },
  'legal.element.mediator': { fr: 'médiateur de la consommation (nom et site internet)', en: 'consumer mediator (name and website)' },
  'legal.element.mediator_name': { fr: 'nom du médiateur de la consommation', en: 'consumer mediator’s name' },
  'legal.element.mediator_url': { fr: 'site internet du médiateur de la consommation', en: 'consumer mediator’s website' },
  'legal.element.shipping_charged': { fr: 'frais de livraison facturés au client', en: 'delivery costs charged to the customer' },
  'legal.element.payment_methods': { fr: 'moyens de paiement acceptés', en: 'accepted payment methods' },
  'legal.element.delivery_max_days': { fr: 'délai maximal de livraison', en: 'maximum delivery time' },
  'legal.element.withdrawal_button': {
    fr: 'fonction en ligne « renoncer au contrat ici », obligatoire depuis le 19 juin 2026',
    en: 'online “withdraw from the contract here” function, mandatory since 19 June 2026',
  },
  'legal.element.return_costs': {
    fr: 'qui paie le renvoi en cas de rétractation (client ou vendeur)',
    en: 'who pays the return after a withdrawal (customer or seller)',
  },
} as const satisfies Catalog;
