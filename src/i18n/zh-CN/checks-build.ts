import type { CheckTranslation } from '../define.js';

export const build: CheckTranslation[] = [];
