import type { CheckTranslation } from '../define.js';

export const toolchain: CheckTranslation[] = [];
