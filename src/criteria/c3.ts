/** C3 — Construire une image de marque différenciante. */
import { filled, gap, hasItems, judge, missing, missingKeys, missingSection } from './helpers.js';
import type { CriterionDefinition, GapSpec } from './types.js';

const PERSONAS = ['brand', 'consumer_analysis', 'personas'] as const;
const ACTIONS = ['brand', 'communication', 'actions'] as const;

const C3_1: CriterionDefinition = {
  id: 'C3.1',
  block: 'C3',
  title: { fr: 'Étudier les attentes et habitudes des consommateurs', en: 'Study consumers’ expectations and habits' },
  jury: {
    fr: 'Présenter l’analyse des attentes des consommateurs ; le candidat a étudié les attentes et habitudes des consommateurs',
    en: 'Present the analysis of consumers’ expectations; the candidate has studied consumers’ expectations and habits',
  },
  passes: {
    fr: 'Une méthode d’étude (questionnaire, entretiens, données) et au moins un persona avec ses attentes et ses habitudes.',
    en: 'A stated method (survey, interviews, data) and at least one persona with their expectations and habits.',
  },
  reads: ['brand.consumer_analysis'],
  severity: 'error',
  example: `brand:
  consumer_analysis:
    method: questionnaire en ligne (120 réponses) et 8 entretiens
    personas:
      - { id: claire, name: Claire, expectations: [naturel, fait main], habits: [achète sur mobile] }
`,
  check({ project: p }) {
    const ca = p.brand?.consumer_analysis;
    if (!ca || (!filled(ca.method) && !hasItems(ca.personas))) return judge([missingSection(['brand', 'consumer_analysis'], ['method', 'personas'])], true);
    const gaps: GapSpec[] = [];
    if (!filled(ca.method)) gaps.push(missing(['brand', 'consumer_analysis', 'method']));
    const personas = ca.personas ?? [];
    const complete = personas.findIndex((x) => missingKeys([], x, ['expectations', 'habits']).length === 0);
    if (personas.length === 0) gaps.push(missingSection([...PERSONAS], ['id', 'name', 'expectations', 'habits']));
    else if (complete < 0) gaps.push(...missingKeys([...PERSONAS, 0], personas[0], ['expectations', 'habits']));
    const persona = personas[Math.max(complete, 0)];
    return judge(gaps, false, {
      id: 'criteria.C3.1.pass',
      path: ['brand', 'consumer_analysis'],
      data: { personas: personas.length, persona: persona?.name ?? '' },
    });
  },
};

const C3_2: CriterionDefinition = {
  id: 'C3.2',
  block: 'C3',
  title: { fr: 'Identité de marque définie', en: 'Brand identity defined' },
  jury: {
    fr: 'Présenter son identité de marque ; le candidat a défini une identité de marque',
    en: 'Present one’s brand identity; the candidate has defined a brand identity',
  },
  passes: {
    fr: 'Une mission ou une promesse, des valeurs, un ton, un positionnement et des repères visuels (couleurs, typographie ou logo).',
    en: 'A mission or promise, values, a tone, a positioning and visual cues (colours, typography or logo).',
  },
  reads: ['brand.identity'],
  severity: 'error',
  example: `brand:
  identity:
    mission: Rendre le fait-main accessible au quotidien.
    values: [artisanat, transparence]
    tone: chaleureux, simple
    positioning: bougie artisanale premium accessible
    visual: { colors: ["#F4EDE4", "#2F4B3C"], typography: Fraunces }
`,
  check({ project: p }) {
    const id = p.brand?.identity;
    const base = ['brand', 'identity'];
    if (!id) return judge([missingSection(base, ['mission', 'values', 'tone', 'positioning', 'visual'])], true);
    const gaps: GapSpec[] = [];
    if (!filled(id.mission) && !filled(id.promise)) gaps.push(gap('gap.missing_one_of', [...base, 'mission'], { alternatives: ['promise'] }));
    gaps.push(...missingKeys(base, id, ['values', 'tone', 'positioning']));
    const v = id.visual;
    if (!v || (!(v.colors ?? []).some((c) => filled(c)) && !filled(v.typography) && !filled(v.logo))) gaps.push(missing([...base, 'visual']));
    return judge(gaps, gaps.length >= 5, { id: 'criteria.C3.2.pass', path: base, data: { positioning: id.positioning ?? '' } });
  },
};

const C3_3: CriterionDefinition = {
  id: 'C3.3',
  block: 'C3',
  title: {
    fr: 'Stratégie de communication (contexte, concurrence, produits)',
    en: 'Communication strategy (context, competition, products)',
  },
  jury: {
    fr: 'Le candidat a rédigé une stratégie de communication prenant en compte son contexte, sa concurrence et ses produits',
    en: 'The candidate has written a communication strategy that takes their context, competition and products into account',
  },
  passes: {
    fr: 'Une stratégie rédigée et au moins 2 concurrents analysés (positionnement, gamme de prix, forces, faiblesses).',
    en: 'A written strategy and at least 2 competitors analysed (positioning, price range, strengths, weaknesses).',
  },
  reads: ['brand.communication.strategy', 'brand.competitors'],
  severity: 'error',
  example: `brand:
  competitors:
    - { name: Maison Cire, positioning: luxe, price_range: 35-60 €, strengths: [notoriété], weaknesses: [prix] }
    - { name: Bougies & Co, positioning: entrée de gamme, price_range: 10-20 €, strengths: [prix], weaknesses: [paraffine] }
  communication:
    strategy: Instagram d’abord, puis micro-influence et marchés de créateurs ; se distinguer par la transparence.
`,
  check({ project: p, config }) {
    const strategy = p.brand?.communication?.strategy;
    const competitors = p.brand?.competitors ?? [];
    const keys = ['positioning', 'price_range', 'strengths', 'weaknesses'];
    if (!filled(strategy) && competitors.length === 0)
      return judge([missing(['brand', 'communication', 'strategy']), gap('gap.too_few', ['brand', 'competitors'], { count: 0, min: config.thresholds.minCompetitors })], true);
    const gaps: GapSpec[] = [];
    if (!filled(strategy)) gaps.push(missing(['brand', 'communication', 'strategy']));
    const min = config.thresholds.minCompetitors;
    const analysed = competitors.filter((c) => missingKeys([], c, keys).length === 0).length;
    if (analysed < min) {
      if (competitors.length < min) gaps.push(gap('gap.too_few', ['brand', 'competitors'], { count: competitors.length, min }));
      competitors.forEach((c, i) => gaps.push(...missingKeys(['brand', 'competitors', i], c, keys)));
    }
    return judge(gaps, false, { id: 'criteria.C3.3.pass', path: ['brand', 'competitors'], data: { competitors: analysed } });
  },
};

const C3_4: CriterionDefinition = {
  id: 'C3.4',
  block: 'C3',
  title: { fr: 'Au moins une action de communication', en: 'At least one communication action' },
  jury: { fr: 'Présenter au moins une action de communication', en: 'Present at least one communication action' },
  passes: {
    fr: 'Une action avec son canal, son objectif, sa date, son budget et au moins un indicateur (KPI).',
    en: 'An action with its channel, objective, date, budget and at least one KPI.',
  },
  reads: ['brand.communication.actions'],
  severity: 'error',
  example: `brand:
  communication:
    actions:
      - { name: Lancement avec 5 micro-influenceuses, channel: instagram, personas: [claire], objective: 2 000 visiteurs, month: 2, budget: 400, kpis: [visiteurs, code promo utilisé] }
`,
  check({ project: p }) {
    const actions = p.brand?.communication?.actions ?? [];
    const keys = ['channel', 'objective', 'month', 'budget', 'kpis'];
    if (actions.length === 0) return judge([missingSection([...ACTIONS], ['name', ...keys])], true);
    const complete = actions.find((a) => missingKeys([], a, keys).length === 0);
    const gaps = complete ? [] : missingKeys([...ACTIONS, 0], actions[0], keys);
    return judge(gaps, false, {
      id: 'criteria.C3.4.pass',
      path: [...ACTIONS],
      data: { action: (complete ?? actions[0])!.name, actions: actions.length },
    });
  },
};

const C3_5: CriterionDefinition = {
  id: 'C3.5',
  block: 'C3',
  title: {
    fr: 'Corrélation entre la stratégie et le besoin de l’e-consommateur type',
    en: 'Strategy matched to the typical e-consumer’s needs',
  },
  jury: {
    fr: 'Le candidat explique la corrélation entre sa stratégie et l’analyse du besoin du e-consommateur type',
    en: 'The candidate explains how their strategy matches the analysis of the typical e-consumer’s needs',
  },
  passes: {
    fr: 'Chaque action vise au moins un persona, et chaque persona est visé par au moins une action ; sinon partiel, en listant les orphelins.',
    en: 'Every action targets at least one persona, and every persona is targeted by at least one action; otherwise partial, listing the orphans.',
  },
  reads: ['brand.communication.actions', 'brand.consumer_analysis.personas'],
  severity: 'error',
  example: `brand:
  consumer_analysis:
    personas:
      - { id: claire, name: Claire }
  communication:
    actions:
      - { name: Lancement Instagram, personas: [claire] }
`,
  check({ project: p }) {
    const actions = p.brand?.communication?.actions ?? [];
    const personas = p.brand?.consumer_analysis?.personas ?? [];
    const gaps: GapSpec[] = [];
    if (actions.length === 0) gaps.push(missingSection([...ACTIONS], ['name', 'personas']));
    if (personas.length === 0) gaps.push(missingSection([...PERSONAS], ['id', 'name']));
    if (gaps.length > 0) return judge(gaps, true);
    const targeted = new Set(actions.flatMap((a) => a.personas ?? []));
    actions.forEach((a, i) => {
      if (!hasItems(a.personas)) gaps.push(gap('gap.action_without_persona', [...ACTIONS, i, 'personas'], { action: a.name }));
    });
    personas.forEach((x, j) => {
      if (!targeted.has(x.id)) gaps.push(gap('gap.persona_not_targeted', [...PERSONAS, j], { persona: x.id }));
    });
    return judge(gaps, targeted.size === 0, {
      id: 'criteria.C3.5.pass',
      path: [...ACTIONS],
      data: { actions: actions.length, personas: personas.length },
    });
  },
};

export const C3: CriterionDefinition[] = [C3_1, C3_2, C3_3, C3_4, C3_5];
