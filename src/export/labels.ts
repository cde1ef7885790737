/** Sheet labels come from the i18n catalog (`xlsx.*` ids, French and English; built from data, so through tCode — the catalog test checks every label the workbook uses). */
import { tCode, type Lang } from '../i18n/index.js';

export type Labels = (key: string, data?: Record<string, unknown>) => string;

export function labelsFor(lang: Lang): Labels {
  return (key, data) => tCode(lang, `xlsx.${key}`, data);
}
