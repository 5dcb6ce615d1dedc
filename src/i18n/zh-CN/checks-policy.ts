import type { CheckTranslation } from '../define.js';

export const policy: CheckTranslation[] = [];
