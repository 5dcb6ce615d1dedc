/** English words of the `shells` output (source of truth; ../zh-CN/ui-shells.ts matches it key for key). */
export const shells = {};
