/**
 * Issue 12 item 13: C5.4 checks that the register and the tools tell the same story —
 * every recipient among the tools (processors), every tool a recipient, a transfer
 * declared for a tool hosted outside the EU — else partial, naming the gap.
 */
import { describe, expect, it } from 'vitest';
import { tCode } from '../../src/i18n/index.js';
import { edited, judge, type Edit } from './fixtures.js';

function c54(edits: Edit[]) {
  const r = judge(edited(edits)).result.criteria.find((x) => x.id === 'C5.4')!;
  return {
    status: r.status,
    gaps: r.gaps.map((g) => ({ id: g.id, path: g.path, data: JSON.parse(JSON.stringify(g.data)) as Record<string, unknown> })),
    messages: r.gaps.map((g) => tCode('fr', g.id, g.data)),
  };
}

const P = ['legal', 'rgpd', 'processings'];
const T = ['legal', 'rgpd', 'tools'];

describe('C5.4: recipients, tools and transfers agree', () => {
  it('the complete project passes (recipients Shopify and Brevo are its tools; the Canadian hosting has its transfer)', () => {
    expect(c54([]).status).toBe('pass');
  });
  it('a recipient that is not among the tools', () => {
    const r = c54([['set', [...P, 1, 'recipients'], ['Brevo', 'Mailchimp']]]);
    expect(r.status).toBe('partial');
    expect(r.gaps).toEqual([
      {
        id: 'gap.rgpd_recipient_not_tool',
        path: 'legal.rgpd.processings[1].recipients[1]',
        data: { path: 'legal.rgpd.processings[1].recipients[1]', recipient: 'Mailchimp', purpose: 'Newsletter' },
      },
    ]);
    expect(r.messages[0]).toContain('Mailchimp');
  });
  it('a tool that is the recipient of no processing', () => {
    const r = c54([['set', [...T, 2], { name: 'Hotjar', purpose: 'cartes de chaleur', hosting: 'UE', dpa: true }]]);
    expect(r.gaps).toEqual([{ id: 'gap.rgpd_tool_not_recipient', path: 'legal.rgpd.tools[2].name', data: { path: 'legal.rgpd.tools[2].name', tool: 'Hotjar' } }]);
  });
  it('a tool hosted outside the EU without a declared transfer (« aucun » declares none)', () => {
    const none = c54([['set', [...P, 0, 'transfers'], 'aucun']]);
    expect(none.status).toBe('partial');
    expect(none.gaps).toEqual([
      {
        id: 'gap.rgpd_transfer_undeclared',
        path: 'legal.rgpd.tools[0].hosting',
        data: { path: 'legal.rgpd.tools[0].hosting', tool: 'Shopify', hosting: 'Canada/UE' },
      },
    ]);
    expect(c54([['delete', [...P, 0, 'transfers']]]).gaps.map((g) => g.id)).toEqual(['gap.rgpd_transfer_undeclared']);
  });
  it('names match as whole words, accents and remarks aside; an authority is not a recipient to list among the tools', () => {
    const r = c54([
      ['set', [...P, 0, 'recipients'], ['shopify (boutique)', 'DDPP du Rhône en cas de rappel']],
      ['set', [...P, 1, 'recipients'], ['BRÉVO']],
    ]);
    expect(r.gaps).toEqual([]);
    expect(r.status).toBe('pass');
  });
});
