/** C4 — Construire l'expérience utilisateur (conversion, fidélisation). */
import { HUNDRED } from '../model/decimal.js';
import { filled, gap, judge, missing, missingSection } from './helpers.js';
import type { CriterionDefinition, GapSpec } from './types.js';

const C4_1: CriterionDefinition = {
  id: 'C4.1',
  block: 'C4',
  title: { fr: 'Moyens d’acquisition définis', en: 'Acquisition means defined' },
  jury: { fr: 'Le candidat a défini des moyens d’acquisition', en: 'The candidate has defined acquisition means' },
  passes: {
    fr: 'Au moins une source d’acquisition avec son coût et son trafic attendu : budget et coût par clic pour une source payante, visiteurs et coût mensuel (monthly_cost, 0 si gratuit) pour une autre.',
    en: 'At least one acquisition source with its cost and expected traffic: budget and cost per click for a paid source, visitors and monthly cost (monthly_cost, 0 when free) for another.',
  },
  reads: ['acquisition'],
  severity: 'error',
  example: `acquisition:
  - { id: instagram, kind: organic_social, visitors: 600, monthly_cost: 0 }
  - { id: google-ads, kind: paid_ads, monthly_budget: 150, cost_per_click: 0.45 }
`,
  check({ project: p }) {
    const sources = p.acquisition ?? [];
    if (sources.length === 0) return judge([missingSection(['acquisition'], ['id', 'kind', 'visitors', 'monthly_cost'])], true);
    const paid = (s: (typeof sources)[number]) => s.monthly_budget !== undefined && s.cost_per_click !== undefined;
    const complete = sources.filter((s) => paid(s) || (s.visitors !== undefined && s.monthly_cost !== undefined));
    const gaps: GapSpec[] = [];
    if (complete.length === 0) {
      const i = sources.findIndex((s) => s.visitors !== undefined);
      const k = Math.max(i, 0);
      const s = sources[k]!;
      gaps.push(s.visitors === undefined ? gap('gap.source_traffic', ['acquisition', k], { source: s.id }) : gap('gap.source_cost', ['acquisition', k, 'monthly_cost'], { source: s.id }));
    }
    return judge(gaps, false, { id: 'criteria.C4.1.pass', path: ['acquisition'], data: { sources: complete.map((s) => s.id) } });
  },
};

const FUNNEL = ['experience', 'funnel'] as const;

const C4_2: CriterionDefinition = {
  id: 'C4.2',
  block: 'C4',
  title: { fr: 'Tunnel de vente construit, avec ses indicateurs', en: 'Sales funnel built, with its indicators' },
  jury: {
    fr: 'Présenter un tunnel de vente ; le candidat a déterminé ou construit un tunnel de vente (et les indicateurs qu’il souhaite suivre)',
    en: 'Present a sales funnel; the candidate has determined or built a sales funnel (and the indicators they want to follow)',
  },
  passes: {
    fr: 'Au moins 3 étapes aux taux non croissants, chacune avec un indicateur ; le taux de la dernière étape concorde avec le taux de conversion du prévisionnel (écart relatif de 10 % au plus, réglable).',
    en: 'At least 3 stages with non-increasing rates, each with a KPI; the last stage’s rate agrees with the conversion rate the forecast uses (at most 10 % relative difference, configurable).',
  },
  reads: ['experience.funnel', 'demand.conversion_rate'],
  severity: 'error',
  example: `demand:
  conversion_rate: 1.8%
experience:
  funnel:
    - { stage: Visite, rate: 100%, kpi: sessions }
    - { stage: Panier, rate: 7%, kpi: taux d'ajout au panier }
    - { stage: Achat, rate: 1.8%, kpi: taux de conversion }
`,
  check({ project: p, config }) {
    const funnel = p.experience?.funnel ?? [];
    if (funnel.length === 0) return judge([missingSection([...FUNNEL], ['stage', 'rate', 'kpi'])], true);
    const gaps: GapSpec[] = [];
    const min = config.thresholds.minFunnelStages;
    if (funnel.length < min) gaps.push(gap('gap.too_few', [...FUNNEL], { count: funnel.length, min }));
    funnel.forEach((s, i) => {
      const prev = funnel[i - 1];
      if (prev && s.rate.gt(prev.rate))
        gaps.push(
          gap('gap.funnel_rate_increases', [...FUNNEL, i, 'rate'], {
            stage: s.stage,
            rate: s.rate.times(HUNDRED),
            previous: prev.rate.times(HUNDRED),
          }),
        );
      if (!filled(s.kpi)) gaps.push(missing([...FUNNEL, i, 'kpi']));
    });
    const end = funnel[funnel.length - 1]!;
    const conv = p.demand?.conversion_rate;
    if (conv === undefined) gaps.push(missing(['demand', 'conversion_rate']));
    else {
      const tol = config.thresholds.funnelTolerance;
      const rel = conv.isZero() ? (end.rate.isZero() ? conv : null) : end.rate.minus(conv).abs().div(conv);
      // A zero conversion has no relative difference: say so rather than print « de null % ».
      if (rel === null) gaps.push(gap('gap.funnel_end_rate_zero_conversion', [...FUNNEL, funnel.length - 1, 'rate'], { end: end.rate.times(HUNDRED) }));
      else if (rel.gt(tol))
        gaps.push(
          gap('gap.funnel_end_rate', [...FUNNEL, funnel.length - 1, 'rate'], {
            end: end.rate.times(HUNDRED),
            conversion: conv.times(HUNDRED),
            difference: rel.times(HUNDRED).toDecimalPlaces(1),
            tolerance: tol.times(HUNDRED),
          }),
        );
    }
    return judge(gaps, false, {
      id: 'criteria.C4.2.pass',
      path: [...FUNNEL],
      data: { stages: funnel.length, end: end.rate.times(HUNDRED) },
    });
  },
};

/**
 * Feedback channels where an unhappy customer can speak privately (not in public
 * reviews): e-mail, contact form, phone, chat, customer service. Free text, so
 * matched on words (fr/en); documented in docs/check.md.
 */
const PRIVATE_CHANNEL = /(e-?mail|mail|courriel|formulaire|form|t[ée]l[ée]phone|phone|appel|chat|messagerie|message priv|service client|customer service|sav|support|contact)/i;

const C4_3: CriterionDefinition = {
  id: 'C4.3',
  block: 'C4',
  title: { fr: 'Recueil d’avis : procédures et plusieurs canaux', en: 'Collecting reviews: procedures and several channels' },
  jury: {
    fr: 'Présenter un dispositif d’analyse de la satisfaction ; le candidat a déterminé ou mis en place des procédures de récolte d’avis utilisateurs et plusieurs canaux permettant aux clients satisfaits ou non de s’exprimer',
    en: 'Present a satisfaction analysis set-up; the candidate has set procedures to collect user reviews and several channels that let satisfied or unhappy customers speak',
  },
  passes: {
    fr: 'Une méthode de mesure de la satisfaction et au moins 2 canaux d’avis, dont un où un client mécontent peut s’exprimer en privé (e-mail, formulaire, téléphone, chat…).',
    en: 'A satisfaction measurement method and at least 2 feedback channels, one of which lets an unhappy customer speak privately (e-mail, form, phone, chat…).',
  },
  reads: ['experience.satisfaction'],
  severity: 'error',
  example: `experience:
  satisfaction:
    method: NPS par e-mail à J+10
    channels: [avis Google, formulaire de contact]
`,
  check({ project: p, config }) {
    const sat = p.experience?.satisfaction;
    const base = ['experience', 'satisfaction'];
    const channels = (sat?.channels ?? []).filter((c) => filled(c));
    if (!sat || (!filled(sat.method) && channels.length === 0)) return judge([missingSection(base, ['method', 'channels'])], true);
    const gaps: GapSpec[] = [];
    if (!filled(sat.method)) gaps.push(missing([...base, 'method']));
    const min = config.thresholds.minFeedbackChannels;
    if (channels.length < min) gaps.push(gap('gap.too_few', [...base, 'channels'], { count: channels.length, min }));
    if (!channels.some((c) => PRIVATE_CHANNEL.test(c))) gaps.push(gap('gap.no_private_channel', [...base, 'channels']));
    return judge(gaps, false, { id: 'criteria.C4.3.pass', path: base, data: { channels } });
  },
};

const C4_4: CriterionDefinition = {
  id: 'C4.4',
  block: 'C4',
  title: { fr: 'Procédures de fidélisation (par exemple parrainage)', en: 'Loyalty procedures (e.g. referral)' },
  jury: {
    fr: 'Présenter une procédure visant à favoriser la fidélisation ; le candidat a déterminé des procédures de fidélisation par exemple grâce à des logiques de parrainage',
    en: 'Present a procedure to encourage loyalty; the candidate has set loyalty procedures, for example through referral',
  },
  passes: {
    fr: 'Un mécanisme de fidélité ou de parrainage avec sa récompense, et une hypothèse de réachat (repeat_rate_yearly).',
    en: 'A loyalty or referral mechanism with its reward, and a repeat-purchase assumption (repeat_rate_yearly).',
  },
  reads: ['experience.loyalty'],
  severity: 'error',
  example: `experience:
  loyalty:
    repeat_rate_yearly: 25%
    referral: { referrer_reward: bon de 5 €, referee_reward: -10 % sur la 1re commande }
`,
  check({ project: p }) {
    const l = p.experience?.loyalty;
    const base = ['experience', 'loyalty'];
    if (!l) return judge([missingSection(base, ['repeat_rate_yearly', 'referral'])], true);
    const gaps: GapSpec[] = [];
    const rewarded = filled(l.referral?.referrer_reward) || filled(l.referral?.referee_reward);
    if (!rewarded && !filled(l.program)) {
      if (l.referral) gaps.push(gap('gap.missing_one_of', [...base, 'referral', 'referrer_reward'], { alternatives: ['referee_reward'] }));
      else gaps.push(gap('gap.missing_one_of', [...base, 'referral'], { alternatives: ['program'] }));
    }
    if (l.repeat_rate_yearly === undefined) gaps.push(missing([...base, 'repeat_rate_yearly']));
    return judge(gaps, gaps.length === 2, {
      id: 'criteria.C4.4.pass',
      path: base,
      data: { repeat: l.repeat_rate_yearly?.times(HUNDRED) ?? null, referral: rewarded },
    });
  },
};

export const C4: CriterionDefinition[] = [C4_1, C4_2, C4_3, C4_4];
