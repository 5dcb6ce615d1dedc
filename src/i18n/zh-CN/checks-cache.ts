import type { CheckTranslation } from '../define.js';

export const cache: CheckTranslation[] = [];
