/** Messages of reading, validating and the command line. `{name}` is replaced by data. */
import type { Catalog } from '../index.js';

export const core = {
  // reading
  'file.not_found': { fr: 'Fichier introuvable', en: 'File not found' },
  'file.not_found.hint': {
    fr: 'Vérifiez le chemin, ou créez un projet avec « ecomplan init ».',
    en: 'Check the path, or create a project with `ecomplan init`.',
  },
  'file.is_directory': { fr: 'C’est un dossier, pas un fichier de projet', en: 'This is a directory, not a project file' },
  'file.is_directory.hint': { fr: 'Donnez le chemin d’un fichier .yaml.', en: 'Give the path of a .yaml file.' },
  'file.unreadable': { fr: 'Fichier illisible ({reason})', en: 'Cannot read the file ({reason})' },
  'file.empty': { fr: 'Le fichier est vide', en: 'The file is empty' },
  'file.empty.hint': {
    fr: 'Commencez par « ecomplan init » pour obtenir un projet commenté.',
    en: 'Start with `ecomplan init` to get a commented project.',
  },
  'file.too_large': { fr: 'Fichier trop gros ({size} octets ; maximum {max})', en: 'File too large ({size} bytes; maximum {max})' },
  'file.too_large.hint': {
    fr: 'Un fichier de projet fait quelques kilo-octets : est-ce le bon fichier ?',
    en: 'A project file is a few kilobytes: is this the right file?',
  },
  'file.too_large_stream': {
    fr: 'Entrée trop grosse (plus de {max} octets) : lecture arrêtée',
    en: 'Input too large (more than {max} bytes): reading stopped',
  },
  'file.too_large_stream.hint': {
    fr: 'Un fichier de projet fait quelques kilo-octets : est-ce le bon fichier ?',
    en: 'A project file is a few kilobytes: is this the right file?',
  },
  'file.binary': {
    fr: 'Fichier binaire (octet nul) : ce n’est pas un fichier YAML',
    en: 'Binary file (NUL byte): this is not a YAML file',
  },
  'file.not_utf8': { fr: 'Le fichier n’est pas encodé en UTF-8', en: 'The file is not UTF-8 encoded' },
  'file.not_utf8.hint': { fr: 'Enregistrez-le en UTF-8 dans votre éditeur.', en: 'Save it as UTF-8 in your editor.' },
  'file.not_mapping': {
    fr: 'Le fichier doit être une table de clés (ecomplan:, project:, products:…), pas {found:found}',
    en: 'The file must be a mapping of keys (ecomplan:, project:, products:…), not {found:found}',
  },
  'file.not_mapping.hint': { fr: 'Voir examples/ pour un projet complet.', en: 'See examples/ for a complete project.' },
  // YAML
  'yaml.syntax': { fr: 'Erreur de syntaxe YAML : {detail}', en: 'YAML syntax error: {detail}' },
  'yaml.detail.unclosed_map': {
    fr: 'accolade « } » fermante manquante (une table { … } ouverte plus haut n’est pas refermée)',
    en: 'missing closing brace `}` (a { … } mapping opened above is not closed)',
  },
  'yaml.detail.unclosed_seq': {
    fr: 'crochet « ] » fermant manquant (une liste [ … ] ouverte plus haut n’est pas refermée)',
    en: 'missing closing bracket `]` (a [ … ] list opened above is not closed)',
  },
  'yaml.detail.unclosed_quote': {
    fr: 'guillemet fermant manquant (un texte entre guillemets ouvert plus haut n’est pas refermé)',
    en: 'missing closing quote (a quoted text opened above is not closed)',
  },
  'yaml.detail.indent': {
    fr: 'indentation incohérente : les clés d’une même table commencent à la même colonne, avec des espaces',
    en: 'inconsistent indentation: the keys of one mapping start at the same column, with spaces',
  },
  'yaml.detail.multiline_key': {
    fr: 'une clé tient sur une ligne et est suivie de « : » (deux-points manquant, ou guillemet ou accolade non refermé ?)',
    en: 'a key fits on one line and is followed by `:` (missing colon, or an unclosed quote or brace?)',
  },
  'yaml.detail.colon_in_value': {
    fr: 'deux « : » sur une ligne ; si la valeur contient « : », mettez-la entre guillemets (name: "Atelier : Lumière")',
    en: 'two `:` on one line; if the value contains `:`, put it in quotes (name: "Atelier: Lumière")',
  },
  'yaml.detail.reserved_start': {
    fr: 'une valeur ne peut pas commencer par « {char} » : mettez-la entre guillemets',
    en: 'a value cannot start with `{char}`: put it in quotes',
  },
  'yaml.detail.block_in_flow': {
    fr: 'une liste « - » ou une table en retrait ne peut pas être à l’intérieur de { … } ou [ … ] : une accolade ou un crochet n’est pas refermé ?',
    en: 'an indented list or mapping cannot be inside { … } or [ … ]: an unclosed brace or bracket?',
  },
  'yaml.detail.unexpected': {
    fr: 'texte inattendu après la valeur (du texte après un guillemet fermant ? mettez toute la valeur entre guillemets)',
    en: 'unexpected text after the value (text after a closing quote? put the whole value in quotes)',
  },
  'yaml.detail.multiple_docs': {
    fr: 'un seul document par fichier : retirez la ligne « --- » du milieu',
    en: 'one document per file: remove the `---` line in the middle',
  },
  'yaml.detail.bad_escape': {
    fr: 'séquence « \\ » invalide entre guillemets doubles : doublez la barre oblique inverse, ou utilisez des guillemets simples',
    en: 'invalid `\\` sequence in double quotes: double the backslash, or use single quotes',
  },
  'yaml.detail.unclosed_map_at': {
    fr: 'l’accolade « { » ouverte ici (ligne {open_line}, colonne {open_column}) n’est pas refermée avant la ligne {end_line} : ajoutez « } » à la fin de la valeur',
    en: 'the brace `{` opened here (line {open_line}, column {open_column}) is not closed before line {end_line}: add `}` at the end of the value',
  },
  'yaml.detail.unclosed_seq_at': {
    fr: 'le crochet « [ » ouvert ici (ligne {open_line}, colonne {open_column}) n’est pas refermé avant la ligne {end_line} : ajoutez « ] » à la fin de la liste',
    en: 'the bracket `[` opened here (line {open_line}, column {open_column}) is not closed before line {end_line}: add `]` at the end of the list',
  },
  'yaml.detail.over_indented': {
    fr: 'cette ligne est en retrait de {found} espaces alors que la clé au-dessus a déjà une valeur : alignez-la sur la clé précédente ({expected} espaces)',
    en: 'this line is indented by {found} spaces while the key above already has a value: align it with the previous key ({expected} spaces)',
  },
  'yaml.detail.unresolved_alias': {
    fr: 'l’alias « *{alias} » ne renvoie à aucune ancre « &{alias} » écrite plus haut',
    en: 'the alias `*{alias}` refers to no anchor `&{alias}` written above',
  },
  'yaml.version': {
    fr: 'Directive « %YAML {version} » non prise en charge : ecomplan lit YAML 1.2 (en 1.1, « yes » ou « no » deviendraient des booléens)',
    en: 'Unsupported `%YAML {version}` directive: ecomplan reads YAML 1.2 (in 1.1, `yes` or `no` would become booleans)',
  },
  'yaml.version.hint': {
    fr: 'Supprimez la ligne « %YAML {version} » (et la ligne « --- » qui la suit).',
    en: 'Remove the `%YAML {version}` line (and the `---` line after it).',
  },
  'yaml.duplicate_key': {
    fr: 'Clé en double : chaque clé ne peut apparaître qu’une fois dans une même table',
    en: 'Duplicate key: a key may appear only once in a mapping',
  },
  'yaml.duplicate_key.hint': { fr: 'Supprimez ou renommez l’une des deux.', en: 'Remove or rename one of them.' },
  'yaml.tab': {
    fr: 'Tabulation utilisée pour l’indentation : YAML n’accepte que des espaces',
    en: 'Tab used for indentation: YAML accepts only spaces',
  },
  'yaml.tab.hint': {
    fr: 'Indentez avec des espaces : remplacez cette tabulation par des espaces (2 par niveau).',
    en: 'Indent with spaces: replace this tab with spaces (2 per level).',
  },
  'yaml.warning': { fr: 'Avertissement YAML : {detail}', en: 'YAML warning: {detail}' },
  'yaml.too_deep': { fr: 'Imbrication trop profonde (plus de {max} niveaux)', en: 'Nesting too deep (more than {max} levels)' },
  'yaml.too_many_nodes': {
    fr: 'Trop de valeurs après expansion des alias (plus de {max}) : alias en cascade ?',
    en: 'Too many values once aliases are expanded (more than {max}): nested aliases?',
  },
  'yaml.too_many_nodes.hint': { fr: 'Un fichier de projet n’a pas besoin d’alias (&, *).', en: 'A project file needs no aliases (&, *).' },
  'yaml.unsupported_number': {
    fr: 'Nombre non pris en charge « {value} » : écrivez un nombre décimal (ex. 24.90)',
    en: 'Unsupported number `{value}`: write a decimal number (e.g. 24.90)',
  },
  'yaml.reserved_key': {
    fr: 'Clé réservée « {key} » : ce nom ne peut pas servir de clé',
    en: 'Reserved key `{key}`: this name cannot be used as a key',
  },
  'yaml.reserved_key.hint': {
    fr: 'Renommez la clé (un critère de notation s’écrit comme dans suppliers.method.criteria).',
    en: 'Rename the key (a scoring criterion is written as in suppliers.method.criteria).',
  },
  'yaml.complex_key': { fr: 'Clé invalide : une clé doit être un simple mot', en: 'Invalid key: a key must be a plain word' },
  // names of what a message is about (`{kind:kind}`, `{kind:kinds}`, `{found:found}`)
  'kind.product': { fr: 'produit', en: 'product' },
  'kind.material': { fr: 'matière', en: 'material' },
  'kind.supplier': { fr: 'fournisseur', en: 'supplier' },
  'kind.channel': { fr: 'canal', en: 'channel' },
  'kind.acquisition': { fr: 'source d’acquisition', en: 'acquisition source' },
  'kind.persona': { fr: 'persona', en: 'persona' },
  'kind.criterion': { fr: 'critère', en: 'criterion' },
  'kind.material_or_product': { fr: 'matière ou produit', en: 'material or product' },
  'kinds.products': { fr: 'produits', en: 'products' },
  'kinds.channels': { fr: 'canaux', en: 'channels' },
  'kinds.carriers': { fr: 'transporteurs', en: 'carriers' },
  'kinds.criteria': { fr: 'critères', en: 'criteria' },
  'financing_kind.equity': { fr: 'apport', en: 'equity' },
  'financing_kind.loan': { fr: 'emprunt', en: 'loan' },
  'financing_kind.grant': { fr: 'subvention', en: 'grant' },
  'found.list': { fr: 'une liste', en: 'a list' },
  'found.empty': { fr: 'un document vide', en: 'an empty document' },
  'found.nothing': { fr: 'une valeur vide', en: 'an empty value' },
  'found.scalar': { fr: 'une valeur seule', en: 'a single value' },
  // shape
  'schema.required': { fr: 'Clé obligatoire manquante « {key} » dans {parent}', en: 'Missing required key `{key}` in {parent}' },
  'schema.required_top': { fr: 'Section obligatoire manquante « {key} »', en: 'Missing required section `{key}`' },
  'schema.required_top.hint': {
    fr: 'Un projet a au moins « ecomplan », « project » et « products » ; voir examples/.',
    en: 'A project has at least `ecomplan`, `project` and `products`; see examples/.',
  },
  'schema.unknown_key': { fr: 'Clé inconnue « {key} »', en: 'Unknown key `{key}`' },
  'schema.unknown_key.hint': { fr: 'Clés possibles ici : {allowed}', en: 'Keys allowed here: {allowed}' },
  'schema.decimal_comma': {
    fr: 'Clé inconnue « {key} » : dans { … }, la virgule sépare deux clés ; un nombre décimal s’écrit avec un point : « {previous}: {suggestion} »',
    en: 'Unknown key `{key}`: inside { … }, a comma separates two keys; a decimal number is written with a point: `{previous}: {suggestion}`',
  },
  'schema.flow_comma': {
    fr: 'La virgule a terminé la valeur de « {previous} » : « {key} » est lu comme une clé',
    en: 'The comma ended the value of `{previous}`: `{key}` is read as a key',
  },
  'schema.flow_comma.hint': {
    fr: 'Dans { … }, une virgule sépare deux clés : mettez le texte entre guillemets ({previous}: "…, {key}") ou écrivez une clé par ligne.',
    en: 'Inside { … }, a comma separates two keys: put the text in quotes ({previous}: "…, {key}") or write one key per line.',
  },
  'schema.unknown_key_suggest': {
    fr: 'Clé inconnue « {key} » : vouliez-vous dire « {suggestion} » ?',
    en: 'Unknown key `{key}`: did you mean `{suggestion}`?',
  },
  'schema.invalid': { fr: 'Valeur invalide ({detail})', en: 'Invalid value ({detail})' },
  'value.expected_number': { fr: 'Nombre attendu, trouvé {found}', en: 'Expected a number, found {found}' },
  'value.expected_number.hint': {
    fr: 'Écrivez le nombre sans guillemets ni symbole, avec un point décimal : 24.90',
    en: 'Write the number without quotes or symbols, with a decimal point: 24.90',
  },
  'value.negative_amount': { fr: 'Un montant ne peut pas être négatif ({found})', en: 'An amount cannot be negative ({found})' },
  'value.negative_number': { fr: 'Cette valeur ne peut pas être négative ({found})', en: 'This value cannot be negative ({found})' },
  'value.expected_integer': { fr: 'Nombre entier attendu, trouvé {value}', en: 'Expected a whole number, found {value}' },
  'value.out_of_range': { fr: 'Valeur {value} hors de l’intervalle {min}–{max}', en: 'Value {value} outside the range {min}–{max}' },
  'value.expected_rate': { fr: 'Taux attendu (ex. 20% ou 0.2), trouvé {found}', en: 'Expected a rate (e.g. 20% or 0.2), found {found}' },
  'value.rate_bare_number': {
    fr: 'Le taux « {value} » doit s’écrire « {suggestion} »',
    en: 'The rate `{value}` must be written `{suggestion}`',
  },
  'value.rate_bare_number.hint': {
    fr: 'Un taux s’écrit en pourcentage (20%) ou en fraction (0.2).',
    en: 'A rate is written as a percentage (20%) or a fraction (0.2).',
  },
  'value.bad_rate_text': {
    fr: 'Taux illisible « {value} » : écrivez par exemple 20% ou 0.2',
    en: 'Unreadable rate `{value}`: write e.g. 20% or 0.2',
  },
  'value.rate_below_minus_100': { fr: 'Une baisse ne peut pas dépasser -100 % ({value})', en: 'A decrease cannot exceed -100% ({value})' },
  'value.negative_rate': { fr: 'Ce taux ne peut pas être négatif ({value})', en: 'This rate cannot be negative ({value})' },
  'value.expected_month': {
    fr: 'Mois attendu (AAAA-MM ou numéro de mois), trouvé {found}',
    en: 'Expected a month (YYYY-MM or month number), found {found}',
  },
  'value.bad_month': {
    fr: 'Mois invalide « {value} » : écrivez 2027-03 ou un numéro de mois à partir de 1',
    en: 'Invalid month `{value}`: write 2027-03 or a month number from 1',
  },
  'value.expected_calendar_month': {
    fr: 'Mois attendu au format AAAA-MM, trouvé {found}',
    en: 'Expected a month as YYYY-MM, found {found}',
  },
  'value.bad_calendar_month': {
    fr: 'Mois invalide {found} : écrivez par exemple 2027-01',
    en: 'Invalid month {found}: write e.g. 2027-01',
  },
  'value.expected_text': { fr: 'Texte attendu, trouvé {found}', en: 'Expected text, found {found}' },
  'value.expected_text.hint': { fr: 'Mettez la valeur entre guillemets : "…"', en: 'Put the value in quotes: "…"' },
  'value.control_char': {
    fr: 'Caractère de contrôle invisible dans le texte {found} : retirez-le',
    en: 'Invisible control character in the text {found}: remove it',
  },
  'value.empty_text': { fr: 'Ce texte ne peut pas être vide', en: 'This text cannot be empty' },
  'value.expected_id': {
    fr: 'Identifiant attendu (ex. cire-du-sud), trouvé {found}',
    en: 'Expected an identifier (e.g. cire-du-sud), found {found}',
  },
  'value.bad_id': {
    fr: 'Identifiant invalide {found} : lettres, chiffres, « - », « _ » ou « . », sans espace',
    en: 'Invalid identifier {found}: letters, digits, `-`, `_` or `.`, no spaces',
  },
  'value.expected_boolean': { fr: 'true ou false attendu, trouvé {found}', en: 'Expected true or false, found {found}' },
  'value.expected_list': {
    fr: 'Liste attendue (lignes commençant par « - »), trouvé {found}',
    en: 'Expected a list (lines starting with `-`), found {found}',
  },
  'value.expected_mapping': { fr: 'Table de clés attendue, trouvé {found}', en: 'Expected a mapping of keys, found {found}' },
  'value.empty_list': { fr: 'La liste ne peut pas être vide', en: 'The list cannot be empty' },
  'value.above_max': { fr: 'Valeur {value} trop grande : le maximum est {max}', en: 'Value {value} too large: the maximum is {max}' },
  'value.above_max.hint': { fr: 'Vérifiez l’unité et le nombre de zéros.', en: 'Check the unit and the number of zeros.' },
  'value.rate_above_max': {
    fr: 'Taux « {value} » trop grand : le maximum est {max} %',
    en: 'Rate `{value}` too large: the maximum is {max}%',
  },
  'value.rate_above_max.hint': {
    fr: 'Une part, une conversion ou un taux de TVA s’écrit entre 0 % et 100 % (20%, 0.2).',
    en: 'A share, a conversion or a VAT rate is between 0% and 100% (20%, 0.2).',
  },
  'value.month_above_max': {
    fr: 'Mois {value} trop loin : au plus le mois {max} (50 ans après le début)',
    en: 'Month {value} too far: at most month {max} (50 years after the start)',
  },
  'value.month_above_max.hint': {
    fr: 'Un mois s’écrit AAAA-MM (2027-03) ou par son numéro depuis project.start (1 = premier mois).',
    en: 'A month is written YYYY-MM (2027-03) or by its number from project.start (1 = first month).',
  },
  'value.too_many': { fr: 'Liste trop longue : au plus {max} éléments', en: 'List too long: at most {max} items' },
  'value.too_small': { fr: 'Valeur trop petite (minimum {min})', en: 'Value too small (minimum {min})' },
  'value.not_in_enum': {
    fr: 'Valeur « {value} » non reconnue ; valeurs possibles : {allowed}',
    en: 'Unknown value `{value}`; allowed values: {allowed}',
  },
  'value.not_in_enum_suggest': {
    fr: 'Valeur « {value} » non reconnue : vouliez-vous dire « {suggestion} » ? (possibles : {allowed})',
    en: 'Unknown value `{value}`: did you mean `{suggestion}`? (allowed: {allowed})',
  },
  'value.bad_format_version': {
    fr: 'Version de format « {found} » non prise en charge : cette version d’ecomplan lit « ecomplan: 1 »',
    en: 'Unsupported format version `{found}`: this version of ecomplan reads `ecomplan: 1`',
  },
  'value.bad_currency': {
    fr: 'Devise invalide {found} : code ISO à 3 lettres (EUR)',
    en: 'Invalid currency {found}: a 3-letter ISO code (EUR)',
  },
  // semantics
  'ref.unknown': {
    fr: 'Référence inconnue « {ref} » ({kind:kind}) ; connus : {known}',
    en: 'Unknown reference `{ref}` ({kind:kind}); known: {known}',
  },
  'ref.unknown_suggest': {
    fr: 'Référence inconnue « {ref} » ({kind:kind}) : vouliez-vous dire « {suggestion} » ?',
    en: 'Unknown reference `{ref}` ({kind:kind}): did you mean `{suggestion}`?',
  },
  'ref.none_declared': {
    fr: 'Référence « {ref} » ({kind:kind}) alors qu’aucun n’est déclaré',
    en: 'Reference `{ref}` ({kind:kind}) but none is declared',
  },
  'ref.duplicate_id': { fr: 'Identifiant « {id} » en double ({kind:kind})', en: 'Duplicate identifier `{id}` ({kind:kind})' },
  'share.sum': {
    fr: 'Les « {key} » des {kind:kinds} totalisent {total} % au lieu de 100 %',
    en: 'The `{key}` values of {kind:kinds} add up to {total}% instead of 100%',
  },
  'share.partial': {
    fr: '« {key} » est donné pour certains {kind:kinds} seulement : donnez-le pour tous, ou pour aucun (parts égales)',
    en: '`{key}` is given for some {kind:kinds} only: give it for all, or for none (equal shares)',
  },
  'strategy.missing_field': { fr: 'La stratégie « {strategy} » demande « {key} »', en: 'Strategy `{strategy}` needs `{key}`' },
  'strategy.missing_field.hint': {
    fr: 'resale → purchase_cost et supplier ; outsourced → manufacturing_cost et supplier ; in_house → bill_of_materials',
    en: 'resale → purchase_cost and supplier; outsourced → manufacturing_cost and supplier; in_house → bill_of_materials',
  },
  'month.before_start': {
    fr: 'Le mois {month} est avant le début du projet ({start})',
    en: 'Month {month} is before the project start ({start})',
  },
  'month.after_horizon': {
    fr: 'Le mois {month} est au-delà de l’horizon ({horizon} mois) : il sera ignoré',
    en: 'Month {month} is beyond the horizon ({horizon} months): it will be ignored',
  },
  'company.vat_number_required': {
    fr: 'Le régime de TVA normal demande un numéro de TVA intracommunautaire (company.vat_number)',
    en: 'The normal VAT regime needs an EU VAT number (company.vat_number)',
  },
  'company.corporate_tax_ei_only': {
    fr: 'company.corporate_tax ne sert qu’à une EI qui opte pour l’impôt sur les sociétés (forme : {legal_form}) : il est ignoré',
    en: 'company.corporate_tax is only for an EI opting for the corporate tax (form: {legal_form}): it is ignored',
  },
  'company.manager_sarl_only': {
    fr: 'company.manager ne sert qu’à une SARL (part du gérant au capital ; forme : {legal_form}) : il est ignoré',
    en: 'company.manager is only for a SARL (the manager’s share of the capital; form: {legal_form}): it is ignored',
  },
  'company.versement_liberatoire_micro_only': {
    fr: 'Le versement libératoire n’existe que pour la micro-entreprise (forme : {legal_form})',
    en: 'The versement libératoire exists only for a micro-entreprise (form: {legal_form})',
  },
  'company.bad_siren': {
    fr: 'SIREN invalide « {value} » : 9 chiffres dont une clé de contrôle (Luhn)',
    en: 'Invalid SIREN `{value}`: 9 digits with a check key (Luhn)',
  },
  'company.bad_siret': {
    fr: 'SIRET invalide « {value} » : 14 chiffres dont une clé de contrôle (Luhn)',
    en: 'Invalid SIRET `{value}`: 14 digits with a check key (Luhn)',
  },
  'company.siret_siren_mismatch': { fr: 'Le SIRET ne commence pas par le SIREN', en: 'The SIRET does not start with the SIREN' },
  'demand.seasonality_length': {
    fr: 'La saisonnalité doit avoir 12 coefficients (janvier à décembre), pas {count}',
    en: 'Seasonality must have 12 coefficients (January to December), not {count}',
  },
  'acquisition.missing_field': {
    fr: 'Une source payante demande « {key} » (visiteurs = budget / coût par clic)',
    en: 'A paid source needs `{key}` (visitors = budget / cost per click)',
  },
  'acquisition.zero_cpc': { fr: 'Le coût par clic ne peut pas être nul', en: 'The cost per click cannot be zero' },
  'acquisition.paid_and_visitors': {
    fr: 'Source payante : les visiteurs se déduisent du budget, retirez « visitors »',
    en: 'Paid source: visitors follow from the budget, remove `visitors`',
  },
  'acquisition.no_traffic': {
    fr: 'La source « {id} » n’a ni « visitors » ni « monthly_budget » + « cost_per_click »',
    en: 'Source `{id}` has neither `visitors` nor `monthly_budget` + `cost_per_click`',
  },
  'fixed_cost.monthly_or_yearly': {
    fr: 'La charge « {name} » doit avoir soit « monthly », soit « yearly »',
    en: 'Cost `{name}` must have either `monthly` or `yearly`',
  },
  'financing.loan_months': {
    fr: 'L’emprunt « {name} » doit indiquer sa durée « months »',
    en: 'Loan `{name}` must give its duration `months`',
  },
  'financing.deferral_too_long': {
    fr: 'Le différé doit être plus court que la durée du prêt ({months} mois)',
    en: 'The deferral must be shorter than the loan ({months} months)',
  },
  'financing.loan_keys_only': {
    fr: '« rate », « months » et « deferral_months » ne concernent que les emprunts (ici : {kind:financing_kind})',
    en: '`rate`, `months` and `deferral_months` apply only to loans (here: {kind:financing_kind})',
  },
  'returns.cost_required': {
    fr: 'Retours payés par le marchand : indiquez « return_shipping_cost »',
    en: 'Returns paid by the merchant: give `return_shipping_cost`',
  },
} as const satisfies Catalog;
