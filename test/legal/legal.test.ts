import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localize } from '../../src/diagnostics/problem.js';
import type { Lang } from '../../src/i18n/index.js';
import { loadText } from '../../src/model/load.js';
import { CLAUSES, clausesIn, mandatoryClauses } from '../../src/render/legal/clauses.js';
import { RULES_DATE, legalRule } from '../../src/model/rules-fr.js';
import { collectsPhone } from '../../src/render/legal/view.js';
import { renderLegal, type LegalResult } from '../../src/render/legal/index.js';
import { expectGolden } from '../helpers/golden.js';
import { completeProjects, exampleFiles, fixture, projectName } from '../helpers/projects.js';

function load(text: string, name = 'p.yaml', lang?: Lang) {
  const loaded = loadText({ name, text }, lang);
  if (!loaded.project) throw new Error(`invalid fixture ${name}: ${JSON.stringify(loaded.problems)}`);
  return loaded as typeof loaded & { project: NonNullable<typeof loaded.project> };
}

function legalOf(text: string, lang: Lang = 'fr'): LegalResult & { loaded: ReturnType<typeof load> } {
  const loaded = load(text, 'p.yaml', lang);
  return { ...renderLegal(loaded.project, loaded.map, lang), loaded };
}

const file = (r: LegalResult, name: string): string => {
  const f = r.files.find((x) => x.name === name);
  if (!f) throw new Error(`no ${name} in ${r.files.map((x) => x.name).join(', ')}`);
  return f.content;
};

const complete = readFileSync(fixture('complete.ecomplan.yaml'), 'utf8');

/** French typography of the templates: no-break spaces inside « » and before « : ; ! ? ». */
const nb = (s: string): string =>
  s
    .replace(/« /g, '«\u00A0')
    .replace(/ »/g, '\u00A0»')
    .replace(/ ([:;!?])/g, '\u00A0$1');

describe.each(completeProjects().map((f) => [projectName(f), f] as const))('legal drafts of %s', (name, path) => {
  const text = readFileSync(path, 'utf8');
  for (const lang of ['fr', 'en'] as const) {
    const r = legalOf(text, lang);
    const names = lang === 'fr' ? ['mentions-legales', 'cgv', 'confidentialite', 'registre-rgpd'] : ['legal-notice', 'terms-of-sale', 'privacy-policy', 'gdpr-register'];
    const docs = ['mentions', 'cgv', 'privacy', 'register'] as const;

    it(`[${lang}] contains every mandatory clause, in Markdown and in HTML`, () => {
      docs.forEach((doc, i) => {
        const ids = mandatoryClauses(r.loaded.project, doc).map((c) => c.id);
        expect(ids.length).toBeGreaterThan(0);
        for (const ext of ['md', 'html']) {
          const found = clausesIn(file(r, `${names[i]}.${ext}`));
          expect(
            ids.filter((id) => !found.has(id)),
            `${names[i]}.${ext}`,
          ).toEqual([]);
        }
      });
      expect(r.problems.filter((p) => p.code === 'legal.clause_absent')).toEqual([]);
    });

    it(`[${lang}] dates every draft, says it is a draft and not legal advice, never links the closed ODR platform`, () => {
      // One date, from the rules table (issue 20, item 9): the latest date of LEGAL_RULES_FR.
      const date = lang === 'fr' ? '1er septembre 2027' : 'September 1, 2027';
      for (const f of r.files.filter((x) => !x.name.endsWith('.csv'))) {
        expect(f.content, f.name).toContain(date);
        expect(f.content, f.name).toContain(lang === 'fr' ? 'Il ne constitue pas un conseil juridique' : 'It is not legal advice');
        expect(f.content, f.name).not.toMatch(/ec\.europa\.eu\/consumers\/odr|\bODR\b|\bRLL\b|règlement en ligne des litiges|online dispute resolution/i);
      }
    });

    it(`[${lang}] matches its golden Markdown`, () => {
      expectGolden(`legal/${name}.${lang}.md`, r.markdown);
    });
  }
});

describe('legal drafts: content', () => {
  const r = legalOf(complete, 'fr');
  const cgv = file(r, 'cgv.md');

  it('fills the drafts of a complete project with no placeholder and no warning', () => {
    expect(r.markdown).not.toMatch(/\[À compléter : (?!…)/);
    expect(localize(r.problems, 'fr')).toEqual([]);
  });

  it('reproduces the D211-2 guarantee box and the withdrawal function in the CGV', () => {
    expect(cgv).toContain('<!-- clause: cgv.guarantee_box -->\n> **Garanties légales (encadré de l’annexe à l’article D211-2 du code de la consommation)**');
    for (const sentence of [
      'Le consommateur dispose d’un délai de deux ans à compter de la délivrance du bien pour obtenir la mise en œuvre de la garantie légale de conformité',
      'Si le bien est réparé dans le cadre de la garantie légale de conformité, le consommateur bénéficie d’une extension de six mois de la garantie initiale.',
      'Les droits mentionnés ci-dessus résultent de l’application des articles L. 217-1 à L. 217-32 du code de la consommation.',
      'amende civile d’un montant maximal de 300 000 euros',
      'garantie légale des vices cachés en application des articles 1641 à 1649 du code civil, pendant une durée de deux ans à compter de la découverte du défaut',
    ])
      expect(cgv).toContain(sentence);
    expect(cgv).toContain(nb('au moyen de la fonction « renoncer au contrat ici », accessible en permanence sur le site pendant tout le délai de rétractation'));
    expect(cgv).toContain(nb('« Commande avec obligation de paiement »'));
    expect(cgv).toContain(nb('recourir gratuitement au médiateur de la consommation dont relève le vendeur : CM2C, https://www.cm2c.net, 49 rue de Ponthieu, 75008 Paris.'));
    expect(file(r, 'cgv.html')).toContain('<a href="https://www.cm2c.net" rel="noopener noreferrer">https://www.cm2c.net</a>');
    expect(cgv).toContain('Le client dispose d’un délai de 14 jours pour se rétracter');
    // Issue 12, item 11: the exceptions the project declares, and no others (no hygiene or perishable exception for candles).
    expect(cgv).toContain(nb('le droit de rétractation ne peut pas être exercé pour : bougies personnalisées.'));
    expect(cgv).not.toMatch(/hygiène|périmer/);
    // D221-5 as amended by décret 2026-3: the confirmation step and the content of the acknowledgement.
    expect(cgv).toContain(
      nb(
        'la valide au moyen de la fonction « confirmer la rétractation » ; il reçoit dans les meilleurs délais, sur support durable (courriel), un accusé de réception indiquant le contenu de sa déclaration ainsi que la date et l’heure de son envoi',
      ),
    );
    // L216-3: refund within 14 days after a cancellation for late delivery.
    expect(cgv).toContain(nb('la totalité des sommes versées au plus tard dans les quatorze jours suivant la date à laquelle le contrat a été dénoncé (article L216-3)'));
    expect(cgv).toContain('Les frais directs de renvoi sont à la charge du client.');
    expect(cgv).toContain('5,90\u00A0€ par commande, offerts à partir de 60,00\u00A0€ d’achats');
    expect(cgv).toContain('TVA non applicable, art. 293 B du CGI');
    expect(cgv).not.toMatch(/ [:;]|« | »/); // French typography: no breakable space before : ; or inside « »
  });

  it('gives an English translation of the box with --lang en', () => {
    const en = file(legalOf(complete, 'en'), 'terms-of-sale.md');
    expect(en).toContain('English translation for information; the French text is the one that applies');
    expect(en).toContain('The consumer has two years from the delivery of the goods to obtain the application of the legal guarantee of conformity');
    expect(en).toContain('“withdraw from the contract here” function (« renoncer au contrat ici »)');
  });

  it('writes the mentions légales of a micro-entrepreneur with « EI » and the SIREN grouped', () => {
    const ml = file(r, 'mentions-legales.md');
    expect(ml).toContain(nb('est édité par Camille Martin, entrepreneur individuel (EI) au régime de la micro-entreprise, sous le nom commercial « Atelier Lumière »'));
    expect(ml).toContain(nb('Immatriculation : RNE 732 829 320 — SIREN 732 829 320'));
    expect(ml).toContain('Le site est hébergé par Shopify International Limited');
  });

  it('exports the register as CSV: BOM, « ; », one row per processing', () => {
    const csv = file(r, 'registre-rgpd.csv');
    expect(csv.startsWith('\uFEFFFinalité;Base légale;Personnes concernées;Catégories de données;Destinataires;Transferts hors UE et garanties;Durée de conservation;Mesures de sécurité\r\n')).toBe(
      true,
    );
    const rows = csv.slice(1).trimEnd().split('\r\n');
    expect(rows).toHaveLength(4);
    expect(rows[2]).toBe('Newsletter;consentement (art. 6.1.a RGPD);abonnés;e-mail;Brevo;aucun;3 ans sans interaction;"mots de passe uniques et double authentification ; sauvegardes chiffrées"');
    expect(file(legalOf(complete, 'en'), 'gdpr-register.csv').split('\r\n')[0]).toBe(
      '\uFEFFPurpose,Legal basis,Data subjects,Categories of data,Recipients,Transfers outside the EU and safeguards,Retention period,Security measures',
    );
  });

  it('lists the documents in a fixed order, md and html for each, csv for the register', () => {
    expect(r.files.map((f) => f.name)).toEqual([
      'mentions-legales.md',
      'mentions-legales.html',
      'cgv.md',
      'cgv.html',
      'confidentialite.md',
      'confidentialite.html',
      'registre-rgpd.md',
      'registre-rgpd.html',
      'registre-rgpd.csv',
    ]);
  });
});

describe('legal drafts: what the file lacks', () => {
  const withoutMediator = complete.replace(/^ {2}mediator: .*\n/m, '');

  it('shows the mediator placeholder and warns, located at the legal section', () => {
    expect(withoutMediator).not.toContain('mediator');
    const r = legalOf(withoutMediator, 'fr');
    const placeholder = '[À compléter : médiateur de la consommation (nom et site internet) (legal.mediator)]';
    expect(file(r, 'cgv.md')).toContain(`${nb('recourir gratuitement au médiateur de la consommation dont relève le vendeur :')} **${placeholder}**. Avant`);
    expect(file(r, 'cgv.html')).toContain(`<mark class="todo">${placeholder}</mark>`);
    const warnings = localize(r.problems, 'fr');
    expect(warnings.map((w) => [w.code, w.severity, w.path])).toEqual([['legal.missing', 'warning', 'legal.mediator']]);
    const legalLine = withoutMediator.split('\n').indexOf('legal:') + 1;
    expect(warnings[0]!.line).toBe(legalLine + 1); // the first key of `legal:` (nearest existing ancestor)
    expect(warnings[0]!.message).toBe('Manque pour CGV : médiateur de la consommation (nom et site internet) ; le brouillon affiche « [À compléter : …] »');
    expect(warnings[0]!.hint).toBe('Renseignez cette clé du fichier de projet, puis relancez ecomplan legal.');
  });

  it('asks for the website alone when only the mediator’s name is given', () => {
    const r = legalOf(complete.replace(/^ {2}mediator: .*\n/m, '  mediator: { name: CM2C }\n'), 'en');
    expect(file(r, 'terms-of-sale.md')).toContain(
      'the seller belongs to: CM2C, **[To be completed: consumer mediator’s website (legal.mediator.url)]**, **[To be completed: consumer mediator’s postal address (legal.mediator.address)]**.',
    );
    // Its postal address too (R616-1, issue 20).
    expect(r.problems.map((p) => p.path)).toEqual(['legal.mediator.url', 'legal.mediator.address']);
  });

  it('never writes less than 14 days to withdraw nor more than 14 days to refund, and says so', () => {
    const r = legalOf(complete.replace('withdrawal_days: 14', 'withdrawal_days: 7').replace('refund_days: 14', 'refund_days: 30'), 'fr');
    const cgv = file(r, 'cgv.md');
    expect(cgv).toContain('Le client dispose d’un délai de 14 jours pour se rétracter');
    expect(cgv).toContain('au plus tard 14 jours à compter du jour où il est informé');
    expect(r.problems.map((p) => [p.code, p.path, p.data?.days])).toEqual([
      ['legal.withdrawal_below_minimum', 'legal.withdrawal_days', 7],
      ['legal.refund_above_maximum', 'legal.refund_days', 30],
    ]);
  });

  it('puts a placeholder for the withdrawal function when it is not declared', () => {
    const r = legalOf(complete.replace('withdrawal_button: true', 'withdrawal_button: false'), 'fr');
    expect(file(r, 'cgv.md')).toContain(
      `${nb('En ligne, au moyen de la fonction « renoncer au contrat ici » :')} **[À compléter : fonction en ligne « renoncer au contrat ici », obligatoire depuis le 19 juin 2026 (legal.withdrawal_button)]**\u00A0;`,
    );
    expect(r.problems.map((p) => p.path)).toEqual(['legal.withdrawal_button']);
  });

  it('gives one warning per missing path, naming every draft that needs it', () => {
    const r = legalOf(readFileSync(fixture('minimal.ecomplan.yaml'), 'utf8'), 'fr');
    const byPath = new Map(localize(r.problems, 'fr').map((d) => [d.path, d]));
    expect(byPath.get('company.address')?.data?.documents).toEqual(['mentions légales', 'CGV', 'politique de confidentialité', 'registre RGPD']);
    expect(byPath.get('legal.mediator')?.data?.documents).toEqual(['CGV']);
    expect(byPath.has('company.owner.name')).toBe(false); // a SASU has no entrepreneur name to show
    expect(byPath.has('company.share_capital')).toBe(true);
    expect(new Set(r.problems.map((p) => `${p.code}|${p.path}`)).size).toBe(r.problems.length);
    // Every mandatory clause is still there, as placeholders.
    for (const doc of ['mentions', 'cgv', 'privacy', 'register'] as const) {
      const ids = mandatoryClauses(r.loaded.project, doc).map((c) => c.id);
      const names = { mentions: 'mentions-legales', cgv: 'cgv', privacy: 'confidentialite', register: 'registre-rgpd' };
      const found = clausesIn(file(r, `${names[doc]}.md`));
      expect(ids.filter((id) => !found.has(id))).toEqual([]);
    }
    expect(r.problems.some((p) => p.code === 'legal.clause_absent')).toBe(false);
  });

  it('requires the share capital only from companies', () => {
    const micro = load(complete).project;
    const sasu = load(readFileSync(fixture('minimal.ecomplan.yaml'), 'utf8')).project;
    expect(mandatoryClauses(micro).map((c) => c.id)).not.toContain('ml.share_capital');
    expect(mandatoryClauses(sasu).map((c) => c.id)).toContain('ml.share_capital');
    expect(CLAUSES.every((c) => /^(ml|cgv|privacy|register)\.[a-z_]+$/.test(c.id))).toBe(true);
    // One date, from the rules table (issue 20, item 9): its latest date, the issuance of e-invoices by small businesses.
    expect(RULES_DATE).toBe('2027-09-01');
    expect(RULES_DATE).toBe(legalRule('e_invoicing_issuance').inForceFrom);
  });
});

describe('legal drafts: hostile text', () => {
  const r = legalOf(readFileSync(fixture('hostile.ecomplan.yaml'), 'utf8'), 'fr');

  it('shows <script>, {{ }}, quotes and emoji as text in HTML', () => {
    for (const f of r.files.filter((x) => x.name.endsWith('.html'))) {
      expect(f.content, f.name).not.toMatch(/<script|<img|<svg|<b>|<i>|<u>|onerror|href="javascript/i);
      expect(f.content, f.name).toContain('&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; {{constructor}} &quot;Chez Zoé&quot; | *gras* 🕯️');
    }
    expect(file(r, 'cgv.html')).toContain('Médiateur &quot;Test&quot; 😀, javascript:alert(4)');
  });

  it('shows them as text in Markdown', () => {
    for (const f of r.files.filter((x) => x.name.endsWith('.md'))) {
      expect(f.content, f.name).not.toMatch(/<script|<img|<svg|<b>|<i>|<u>/i);
      expect(f.content, f.name).toContain('&lt;script&gt;alert(\'x\')&lt;/script&gt; {{constructor}} "Chez Zoé" \\| \\*gras\\* 🕯️');
    }
    expect(file(r, 'registre-rgpd.md')).toContain(nb('- Outil {{x}} — hébergement : UE — contrat de sous-traitance : non — contrat à signer'));
  });

  it('keeps spreadsheet formulas inert in the CSV and warns about the missing processor agreement', () => {
    expect(file(r, 'registre-rgpd.csv').split('\r\n')[1]).toBe(`'=cmd|' /C calc'!A0;exécution du contrat (art. 6.1.b RGPD);clients;"e-mail; ""nom""";<script>;aucun;3 ans;chiffrement | TLS`);
    expect(r.problems.map((p) => [p.code, p.path])).toEqual([
      ['legal.missing', 'legal.rep'],
      ['legal.missing', 'shipping.charged_to_customer'],
      ['legal.missing', 'returns.return_shipping_paid_by'],
      ['legal.missing', 'products[0].safety'],
      ['legal.missing', 'shipping.zones'],
      ['legal.missing', 'legal.mediator.address'],
      ['legal.no_dpa', 'legal.rgpd.tools[0].dpa'],
    ]);
  });
});

describe('legal drafts: telephone canvassing (issue 12, item 12)', () => {
  const withPhone = readFileSync(exampleFiles().find((f) => f.includes('bougies')) as string, 'utf8');
  const withoutPhone = withPhone.replace(/, téléphone/g, '');
  it('states that canvassing needs prior consent when a phone number is collected, and only then', () => {
    expect(file(legalOf(withPhone, 'fr'), 'confidentialite.md')).toContain(
      nb('aucune prospection commerciale par téléphone sans votre consentement préalable, libre, spécifique, éclairé, univoque et révocable'),
    );
    expect(file(legalOf(withPhone, 'en'), 'privacy-policy.md')).toContain('without your prior, free, specific, informed, unambiguous and revocable consent');
    expect(file(legalOf(withoutPhone, 'fr'), 'confidentialite.md')).not.toContain('prospection commerciale par téléphone');
  });
  it('relies on the rule only from its entry into force', () => {
    expect(collectsPhone([{ data: ['e-mail', 'téléphone'] }])).toBe(true);
    expect(collectsPhone([{ data: ['e-mail'] }])).toBe(false);
    expect(legalRule('phone_canvassing_consent').inForceFrom).toBe('2026-08-11');
    expect(legalRule('phone_canvassing_consent').inForceFrom <= RULES_DATE).toBe(true);
  });
});
