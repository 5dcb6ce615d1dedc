/** `diff` 输出中的固定用语（简体中文）。键与 ../en/ui-diff.ts 一一对应。 */
import type { Ui } from '../en/ui.js';

export const diff: Ui['diff'] = {};
