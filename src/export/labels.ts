/** Sheet labels come from the i18n catalog (`xlsx.*` ids, French and English). */
import { t, type Lang } from '../i18n/index.js';

export type Labels = (key: string, data?: Record<string, unknown>) => string;

export function labelsFor(lang: Lang): Labels {
  return (key, data) => t(lang, `xlsx.${key}`, data);
}
