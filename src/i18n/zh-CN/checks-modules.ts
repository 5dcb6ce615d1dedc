import type { CheckTranslation } from '../define.js';

export const modules: CheckTranslation[] = [];
