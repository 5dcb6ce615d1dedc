/** English words of the `explain` output (source of truth; ../zh-CN/ui-explain.ts matches it key for key). */
export const explain = {};
