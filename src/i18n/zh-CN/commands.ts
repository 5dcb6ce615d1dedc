import type { CommandText } from '../types.js';

export const commands: Record<string, CommandText> = {};
