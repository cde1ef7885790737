/**
 * Messages of the evidence layer (issue 25): filler, copy-paste, thin texts and
 * objectives without a figure, what a jury expects in each text of the evidence
 * table (`evidence.expects.<id>`), `check --explain`'s list of texts, the
 * dossier's blanks « à rédiger » and the legal drafts' warning on a placeholder.
 */
export const evidenceCatalog = {
  // check: gaps of the texts
  'gap.text_filler': {
    fr: '« {path} » dit « {text} » : {reason:evidence.reason}, pas un contenu ; le jury attend {expects:evidence.expects}',
    en: '`{path}` says “{text}”: {reason:evidence.reason}, not content; a jury expects {expects:evidence.expects}',
  },
  'gap.text_copied': {
    fr: '« {path} » reprend mot pour mot « {first} » (ligne {line}) ; le jury attend ici {expects:evidence.expects}',
    en: '`{path}` repeats `{first}` word for word (line {line}); a jury expects here {expects:evidence.expects}',
  },
  'gap.text_repeated': {
    fr: '« {path} » répète « {first} » (ligne {line}) : chaque élément doit dire autre chose ({expects:evidence.expects})',
    en: '`{path}` repeats `{first}` (line {line}): each entry must say something else ({expects:evidence.expects})',
  },
  'gap.text_thin': {
    fr: '« {path} » tient en {words} mot(s) pour {min} attendus au moins : le jury attend {expects:evidence.expects}',
    en: '`{path}` has {words} word(s) where at least {min} are expected: a jury expects {expects:evidence.expects}',
  },
  'gap.text_no_figure': {
    fr: '« {path} » (« {text} ») ne donne aucun chiffre : le jury attend {expects:evidence.expects}',
    en: '`{path}` (“{text}”) gives no figure: a jury expects {expects:evidence.expects}',
  },
  'evidence.reason.placeholder': { fr: 'un texte à remplacer', en: 'a placeholder' },
  'evidence.reason.lorem': { fr: 'du faux texte (lorem ipsum)', en: 'dummy text (lorem ipsum)' },
  'evidence.reason.repeated': { fr: 'un mot ou un caractère répété', en: 'one word or character repeated' },
  'evidence.reason.no_letters': { fr: 'aucun mot', en: 'no words' },

  // What a jury expects in each text (evidence-table.ts)
  'evidence.expects.project_description': {
    fr: 'ce qui est vendu, à qui et pourquoi, en quelques phrases',
    en: 'what is sold, to whom and why, in a few sentences',
  },
  'evidence.expects.target': { fr: 'le client visé : âge, situation, ce qu’il cherche', en: 'the target customer: age, situation, what they look for' },
  'evidence.expects.product_description': {
    fr: 'le produit tel qu’un client le lit : matière, contenance ou taille, usage, ce qui le distingue',
    en: 'the product as a customer reads it: material, size, use, what sets it apart',
  },
  'evidence.expects.product_name': { fr: 'le nom du produit tel qu’il est vendu', en: 'the product’s name as it is sold' },
  'evidence.expects.alternative_note': { fr: 'pourquoi cette autre stratégie est retenue ou écartée', en: 'why this other strategy is kept or set aside' },
  'evidence.expects.supplier_source': { fr: 'où chercher les fournisseurs (salon, annuaire, réseau…)', en: 'where suppliers are searched for (trade fair, directory, network…)' },
  'evidence.expects.supplier_name': { fr: 'le nom d’un vrai fournisseur comparé', en: 'the name of a real supplier compared' },
  'evidence.expects.supplier_note': { fr: 'ce qui distingue ce fournisseur', en: 'what sets this supplier apart' },
  'evidence.expects.negotiation_objective': {
    fr: 'un objectif chiffré de la négociation (prix, délai de paiement, minimum de commande)',
    en: 'a quantified objective of the negotiation (price, payment terms, minimum order)',
  },
  'evidence.expects.negotiation_argument': { fr: 'un argument à opposer au fournisseur', en: 'an argument to put to the supplier' },
  'evidence.expects.negotiation_concession': { fr: 'ce que vous pouvez céder en échange', en: 'what you can give in return' },
  'evidence.expects.negotiation_fallback': { fr: 'la solution de repli si la négociation échoue', en: 'the fallback option if the negotiation fails' },
  'evidence.expects.inventory_tool': { fr: 'l’outil qui suit le stock', en: 'the tool that tracks stock' },
  'evidence.expects.order_step': { fr: 'une étape de la commande, distincte des autres', en: 'one step of the order, distinct from the others' },
  'evidence.expects.consumer_method': {
    fr: 'la méthode d’étude des consommateurs : questionnaire, entretiens, données, avec leur nombre',
    en: 'how consumers were studied: survey, interviews, data, with how many',
  },
  'evidence.expects.persona_description': {
    fr: 'qui est ce persona : métier, lieu de vie, situation, ce qui le fait acheter',
    en: 'who this persona is: job, where they live, situation, what makes them buy',
  },
  'evidence.expects.persona_expectation': { fr: 'une attente de ce persona', en: 'one expectation of this persona' },
  'evidence.expects.persona_habit': { fr: 'une habitude d’achat de ce persona', en: 'one buying habit of this persona' },
  'evidence.expects.mission': { fr: 'la mission de la marque : ce qu’elle apporte et à qui', en: 'the brand’s mission: what it brings, and to whom' },
  'evidence.expects.promise': { fr: 'la promesse faite au client', en: 'the promise made to the customer' },
  'evidence.expects.value': { fr: 'une valeur de la marque', en: 'one value of the brand' },
  'evidence.expects.tone': { fr: 'le ton de la marque', en: 'the brand’s tone of voice' },
  'evidence.expects.positioning': { fr: 'la place de la marque face aux concurrents', en: 'the brand’s place against competitors' },
  'evidence.expects.typography': { fr: 'les polices de la marque', en: 'the brand’s typefaces' },
  'evidence.expects.logo': { fr: 'le logo décrit', en: 'the logo, described' },
  'evidence.expects.com_strategy': {
    fr: 'la stratégie de communication : contexte, concurrence, produits, canaux et pourquoi, liés aux personas',
    en: 'the communication strategy: context, competition, products, channels and why, tied to the personas',
  },
  'evidence.expects.competitor_positioning': { fr: 'le positionnement de ce concurrent', en: 'this competitor’s positioning' },
  'evidence.expects.price_range': { fr: 'la gamme de prix de ce concurrent', en: 'this competitor’s price range' },
  'evidence.expects.competitor_strength': { fr: 'une force de ce concurrent', en: 'one strength of this competitor' },
  'evidence.expects.competitor_weakness': { fr: 'une faiblesse de ce concurrent', en: 'one weakness of this competitor' },
  'evidence.expects.action_channel': { fr: 'le canal de l’action', en: 'the action’s channel' },
  'evidence.expects.action_objective': { fr: 'un objectif chiffré de l’action (visiteurs, commandes, inscrits…)', en: 'a quantified objective of the action (visitors, orders, sign-ups…)' },
  'evidence.expects.action_kpi': { fr: 'un indicateur suivi pour cette action', en: 'an indicator tracked for this action' },
  'evidence.expects.source_name': { fr: 'la source de trafic, nommée', en: 'the traffic source, named' },
  'evidence.expects.funnel_kpi': { fr: 'l’indicateur propre à cette étape du tunnel', en: 'the indicator of this funnel stage' },
  'evidence.expects.funnel_stage': { fr: 'une étape du tunnel, distincte des autres', en: 'one funnel stage, distinct from the others' },
  'evidence.expects.satisfaction_method': {
    fr: 'comment la satisfaction est mesurée : quoi, quand, par quel moyen, et ce qui en est fait',
    en: 'how satisfaction is measured: what, when, how, and what is done with it',
  },
  'evidence.expects.feedback_channel': { fr: 'un canal où le client donne son avis', en: 'a channel where customers give feedback' },
  'evidence.expects.referrer_reward': { fr: 'la récompense du parrain', en: 'the referrer’s reward' },
  'evidence.expects.referee_reward': { fr: 'la récompense du filleul', en: 'the referee’s reward' },
  'evidence.expects.loyalty_program': { fr: 'le programme de fidélité et sa règle', en: 'the loyalty programme and its rule' },
  'evidence.expects.mediator': { fr: 'le nom du médiateur de la consommation choisi', en: 'the name of the consumer mediator chosen' },
  'evidence.expects.withdrawal_exception': { fr: 'une exception au droit de rétractation (art. L221-28)', en: 'an exception to the right of withdrawal (art. L221-28)' },
  'evidence.expects.commercial_guarantee': { fr: 'le contenu de la garantie commerciale', en: 'what the commercial guarantee covers' },
  'evidence.expects.legal_notice': { fr: 'la mention légale elle-même, telle qu’elle sera publiée', en: 'the legal notice item itself, as it will be published' },
  'evidence.expects.payment_method': { fr: 'un moyen de paiement accepté', en: 'a payment method accepted' },
  'evidence.expects.mediator_url': { fr: 'l’adresse du site du médiateur', en: 'the mediator’s website' },
  'evidence.expects.mediator_address': { fr: 'l’adresse postale du médiateur', en: 'the mediator’s postal address' },
  'evidence.expects.rgpd_contact': { fr: 'le contact pour les demandes sur les données personnelles', en: 'the contact for personal data requests' },
  'evidence.expects.rgpd_purpose': { fr: 'la finalité du traitement, distincte des autres', en: 'the purpose of the processing, distinct from the others' },
  'evidence.expects.rgpd_data': { fr: 'une donnée traitée', en: 'one item of data processed' },
  'evidence.expects.rgpd_retention': { fr: 'la durée de conservation', en: 'the retention period' },
  'evidence.expects.rgpd_recipient': { fr: 'un destinataire des données', en: 'one recipient of the data' },
  'evidence.expects.rgpd_transfer': { fr: 'le transfert hors UE et sa garantie', en: 'the transfer outside the EU and its safeguard' },
  'evidence.expects.rgpd_hosting': { fr: 'le lieu d’hébergement des données', en: 'where the data is hosted' },
  'evidence.expects.cookie_tool': { fr: 'l’outil de consentement aux cookies', en: 'the cookie consent tool' },
  'evidence.expects.security_measure': { fr: 'une mesure de sécurité', en: 'one security measure' },

  // check --explain
  'check.explain.texts': { fr: 'Textes lus comme preuves, et leur minimum', en: 'Texts read as evidence, and their minimum' },
  'check.explain.no_texts': { fr: 'aucun : ce critère se juge sur des valeurs et des chiffres', en: 'none: this criterion is judged on values and figures' },
  'check.explain.text_line': {
    fr: '{at} — {kind:evidence.kind}, {min} mot(s) au moins{extra} : {expects:evidence.expects}',
    en: '{at} — {kind:evidence.kind}, at least {min} word(s){extra}: {expects:evidence.expects}',
  },
  'check.explain.text_field': { fr: '{at} — {kind:evidence.kind}{extra} : {expects:evidence.expects}', en: '{at} — {kind:evidence.kind}{extra}: {expects:evidence.expects}' },
  'check.explain.expects': { fr: '{expects:evidence.expects}', en: '{expects:evidence.expects}' },
  'check.explain.figure': { fr: ', avec un chiffre', en: ', with a figure' },
  'check.explain.distinct': { fr: ', tous différents', en: ', all different' },
  'check.explain.support': { fr: ' (appui)', en: ' (support)' },
  'check.explain.texts_note': {
    fr: 'Un texte de remplissage (« x x x », « à compléter », « TODO », lorem ipsum…) ou copié d’un autre endroit du fichier rend le critère partiel, et manquant quand aucun de ses textes n’est un contenu propre. Minimums : min_words_* dans .ecomplanrc.yaml.',
    en: 'A filler text (“x x x”, “to be completed”, “TODO”, lorem ipsum…) or one copied from elsewhere in the file makes the criterion partial, and failed when none of its texts is content of its own. Minimums: min_words_* in .ecomplanrc.yaml.',
  },
  'evidence.kind.description': { fr: 'description', en: 'description' },
  'evidence.kind.statement': { fr: 'énoncé', en: 'statement' },
  'evidence.kind.item': { fr: 'élément', en: 'item' },
  'evidence.kind.field': { fr: 'mention (jamais un texte à remplacer)', en: 'field (never a placeholder)' },

  // the dossier and the legal drafts
  'report.element.persona_description': { fr: 'description du persona', en: 'description of the persona' },
  'report.element.loyalty_program': { fr: 'programme de fidélité', en: 'loyalty programme' },
  'report.element.order_step': { fr: 'étape de la commande', en: 'order step' },
  'report.element.product_name': { fr: 'nom du produit', en: 'product name' },
  'report.element.supplier_name': { fr: 'nom du fournisseur', en: 'supplier name' },
  'report.element.source_name': { fr: 'nom de la source', en: 'source name' },
  'report.element.funnel_stage': { fr: 'étape du tunnel', en: 'funnel stage' },
  'report.element.rgpd_purpose': { fr: 'finalité du traitement', en: 'purpose of the processing' },
  'report.element.alternative_note': { fr: 'raison de cette hypothèse', en: 'reason for this hypothesis' },
  'report.filler_gap': { fr: '[À rédiger : {element} ({path}) — {criteria}]', en: '[To write: {element} ({path}) — {criteria}]' },
  'legal.placeholder_text': {
    fr: 'Texte à remplacer pour {documents} : {element} dit « {text} » ; le brouillon affiche « [À compléter : …] »',
    en: 'Placeholder for {documents}: {element} says “{text}”; the draft shows “[To be completed: …]”',
  },
  'legal.placeholder_text.hint': {
    fr: 'Remplacez ce texte par la valeur réelle dans le fichier de projet, puis relancez ecomplan legal.',
    en: 'Replace this text with the real value in the project file, then run ecomplan legal again.',
  },
} as const;
