/** English words of the `fixReport` output (source of truth; ../zh-CN/ui-fixReport.ts matches it key for key). */
export const fixReport = {};
