/** English words of the `relocate` output (source of truth; ../zh-CN/ui-relocate.ts matches it key for key). */
export const relocate = {};
