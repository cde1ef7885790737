/** Consumers, brand identity and communication in the dossier (C3). */
import type { Path } from '../../../diagnostics/diagnostic.js';
import { given, present } from '../../field.js';
import type { TableCell, TableView } from '../../handlebars.js';
import type { ReportContext } from '../context.js';
import { type Part, none, personaNames } from './shared.js';

/** Colours (with swatches in HTML), typography and logo, joined by dashes. */
function visualCell(v: { colors?: string[] | undefined; typography?: string | undefined; logo?: string | undefined }): TableCell {
  const rest = [given(v.typography) ?? '', given(v.logo) ?? ''].filter(Boolean).join(' — ');
  const colours = (v.colors ?? []).filter((x) => x.trim() !== '');
  return colours.length ? { colours, rest } : present(rest);
}

export function brandSection(c: ReportContext) {
  const consumers = consumersPart(c);
  const identity = identityPart(c);
  const competitors = competitorsPart(c);
  const communication = communicationPart(c);
  return { consumers, identity, competitors, communication };
}

/** C3 consumers: the method and the personas. */
function consumersPart(c: ReportContext) {
  const ca = c.project.brand?.consumer_analysis;
  const personas = ca?.personas ?? [];
  return {
    method: c.text(ca?.method, 'report.element.consumer_method', ['brand', 'consumer_analysis', 'method']),
    personas: personas.length
      ? ({
          id: 'personas',
          columns: [
            { label: c.t('report.col.persona') },
            { label: c.t('report.col.age'), align: 'right' },
            { label: c.t('report.col.description') },
            { label: c.t('report.col.expectations') },
            { label: c.t('report.col.habits') },
          ],
          rows: personas.map((x, i) => [
            x.name,
            x.age !== undefined ? String(x.age) : '',
            c.optional(x.description, 'report.element.persona_description', ['brand', 'consumer_analysis', 'personas', i, 'description']),
            c.list(x.expectations, 'report.element.expectations', ['brand', 'consumer_analysis', 'personas', i, 'expectations']),
            c.list(x.habits, 'report.element.habits', ['brand', 'consumer_analysis', 'personas', i, 'habits']),
          ]),
        } satisfies TableView)
      : null,
    noPersonas: personas.length ? null : c.missing('report.element.personas', ['brand', 'consumer_analysis', 'personas']),
  };
}

/** C3 brand identity: mission, values, tone, positioning, visual identity. */
function identityPart(c: ReportContext): Part<{ sheet: TableView }> {
  const id = c.project.brand?.identity;
  const I = (key: string): Path => ['brand', 'identity', key];
  return id
    ? {
        missing: null,
        sheet: c.sheet('identity', [
          [
            c.t('report.identity.mission'),
            given(id.mission) || given(id.promise)
              ? present([given(id.mission), given(id.promise)].filter(Boolean).join(' — '))
              : c.text(id.mission ?? id.promise, 'report.element.mission', I(id.mission ? 'mission' : 'promise')),
          ],
          [c.t('report.identity.values'), c.list(id.values, 'report.element.values', I('values'))],
          [c.t('report.identity.tone'), c.text(id.tone, 'report.element.tone', I('tone'))],
          [c.t('report.identity.positioning'), c.text(id.positioning, 'report.element.positioning', I('positioning'))],
          [
            c.t('report.identity.visual'),
            id.visual && (id.visual.colors?.length || given(id.visual.typography) || given(id.visual.logo)) ? visualCell(id.visual) : c.missing('report.element.visual', I('visual')),
          ],
        ]),
      }
    : none(c, 'report.element.identity', ['brand', 'identity']);
}

/** C3 competitors: one row each. */
function competitorsPart(c: ReportContext): Part<{ table: TableView }> {
  const comps = c.project.brand?.competitors ?? [];
  return comps.length
    ? {
        missing: null,
        table: {
          id: 'competitors',
          columns: [
            { label: c.t('report.col.competitor') },
            { label: c.t('report.col.positioning') },
            { label: c.t('report.col.price_range') },
            { label: c.t('report.col.strengths') },
            { label: c.t('report.col.weaknesses') },
          ],
          rows: comps.map((k, i) => [
            k.name,
            c.text(k.positioning, 'report.element.positioning', ['brand', 'competitors', i, 'positioning']),
            c.text(k.price_range, 'report.element.price_range', ['brand', 'competitors', i, 'price_range']),
            c.list(k.strengths, 'report.element.strengths', ['brand', 'competitors', i, 'strengths']),
            c.list(k.weaknesses, 'report.element.weaknesses', ['brand', 'competitors', i, 'weaknesses']),
          ]),
        },
      }
    : none(c, 'report.element.competitors', ['brand', 'competitors']);
}

/** C3 communication: the strategy and the actions. */
function communicationPart(c: ReportContext) {
  const com = c.project.brand?.communication;
  const actions = com?.actions ?? [];
  const names = personaNames(c);
  return {
    strategy: c.text(com?.strategy, 'report.element.com_strategy', ['brand', 'communication', 'strategy']),
    actions: actions.length
      ? ({
          id: 'actions',
          columns: [
            { label: c.t('report.col.action') },
            { label: c.t('report.col.channel') },
            { label: c.t('report.col.target') },
            { label: c.t('report.col.objective') },
            { label: c.t('report.col.month') },
            { label: c.t('report.col.budget'), align: 'right' },
            { label: c.t('report.col.kpis') },
          ],
          rows: actions.map((a, i) => {
            const A = (key: string): Path => ['brand', 'communication', 'actions', i, key];
            return [
              a.name,
              c.text(a.channel, 'report.element.channel', A('channel')),
              a.personas?.length ? c.join(a.personas.map((x) => names.get(x) ?? x)) : c.missing('report.element.action_personas', A('personas')),
              c.text(a.objective, 'report.element.objective', A('objective')),
              a.month !== undefined ? c.month(a.month) : c.missing('report.element.action_month', A('month')),
              a.budget !== undefined ? c.money(a.budget, 0) : c.missing('report.element.budget', A('budget')),
              c.list(a.kpis, 'report.element.kpis', A('kpis')),
            ];
          }),
        } satisfies TableView)
      : null,
    noActions: actions.length ? null : c.missing('report.element.actions', ['brand', 'communication', 'actions']),
  };
}

// ---------------------------------------------------------------- C4 experience
