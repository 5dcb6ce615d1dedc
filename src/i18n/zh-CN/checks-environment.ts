import type { CheckTranslation } from '../define.js';

export const environment: CheckTranslation[] = [];
