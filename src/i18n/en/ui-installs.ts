/** English words of the `installs` output (source of truth; ../zh-CN/ui-installs.ts matches it key for key). */
export const installs = {};
