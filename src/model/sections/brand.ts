/** Brand and communication (personas, identity, competitors, actions) and the customer experience. */
import { id, int, list, money, month, nonEmptyText, rate, text, textList } from '../fields.js';
import { obj } from './kit.js';
import { Reviews } from './legal-2027.js';

const Persona = obj({
  id: id(),
  name: nonEmptyText(),
  age: int(0, 130).optional(),
  description: text().optional(),
  expectations: textList().optional(),
  habits: textList().optional(),
});
export const Brand = obj({
  consumer_analysis: obj({ method: text().optional(), personas: list(Persona).optional() }).optional(),
  identity: obj({
    mission: text().optional(),
    promise: text().optional(),
    values: textList().optional(),
    tone: text().optional(),
    positioning: text().optional(),
    visual: obj({ colors: textList().optional(), typography: text().optional(), logo: text().optional() }).optional(),
  }).optional(),
  competitors: list(
    obj({
      name: nonEmptyText(),
      url: text().optional(),
      positioning: text().optional(),
      price_range: text().optional(),
      strengths: textList().optional(),
      weaknesses: textList().optional(),
    }),
  ).optional(),
  communication: obj({
    strategy: text().optional(),
    actions: list(
      obj({
        name: nonEmptyText(),
        channel: text().optional(),
        personas: list(id()).optional(),
        objective: text().optional(),
        month: month().optional(),
        budget: money().optional(),
        kpis: textList().optional(),
      }),
    ).optional(),
  }).optional(),
});

export const Experience = obj({
  funnel: list(obj({ stage: nonEmptyText(), rate: rate(), kpi: text().optional() })).optional(),
  satisfaction: obj({ method: text().optional(), channels: textList().optional() }).optional(),
  reviews: Reviews.optional(),
  loyalty: obj({
    repeat_rate_yearly: rate().optional(),
    referral: obj({ referrer_reward: text().optional(), referee_reward: text().optional() }).optional(),
    program: text().optional(),
  }).optional(),
});
