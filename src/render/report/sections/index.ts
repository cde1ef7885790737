/**
 * The sections of the dossier that come from the project file alone, in the
 * referential's order, one file each, mirroring templates/report/sections/:
 * product (C1), suppliers and logistics (C2), brand (C3), customer experience (C4),
 * legal frame and RGPD (C5). Each returns display strings, Fields (value or
 * placeholder) and TableViews; no Decimal reaches a template.
 */
export { productSection } from './product.js';
export { supplySection } from './supply.js';
export { brandSection } from './brand.js';
export { experienceSection } from './experience.js';
export { legalSection } from './legal.js';
