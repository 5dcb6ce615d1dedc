import type { CheckTranslation } from '../define.js';

export const network: CheckTranslation[] = [];
