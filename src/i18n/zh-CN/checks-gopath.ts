import type { CheckTranslation } from '../define.js';

export const gopath: CheckTranslation[] = [];
