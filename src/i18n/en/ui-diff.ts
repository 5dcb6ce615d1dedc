/** English words of the `diff` output (source of truth; ../zh-CN/ui-diff.ts matches it key for key). */
export const diff = {};
