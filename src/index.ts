/**
 * go-doctor as a library: collect facts, run checks, render reports. Nothing here writes to the
 * terminal or exits the process.
 */
export { allChecks, diskChecks, findCheck } from './checks/index.js';
export { type CollectOptions, collectFacts } from './collect/index.js';
export { findPolicy, loadPolicy, PolicyError } from './collect/policy.js';
export type {
  Check,
  CheckContext,
  CheckDefinition,
  CheckResult,
  GroupId,
  RawFinding,
  Severity,
} from './core/check.js';
export { defineCheck, GROUPS } from './core/check.js';
export type { Facts, PathInfo } from './core/facts.js';
export { FACTS_SCHEMA_VERSION } from './core/facts.js';
export { FactsError, parseFacts } from './core/factsfile.js';
export type { Finding, Summary } from './core/findings.js';
export { exitCodeFor } from './core/findings.js';
export type { Fix } from './core/fix.js';
export { POLICY_SCHEMA, type Policy } from './core/policy.js';
export { createContext, runChecks } from './core/run.js';
export { selectToolchain, type ToolchainSelection } from './core/toolchain.js';
export { type DiagnoseOptions, diagnose } from './diagnose.js';
export { type Lang, loadLang } from './i18n/index.js';
export { renderChecksDoc } from './report/checks-doc.js';
export { renderGithub } from './report/github.js';
export { renderJson } from './report/json.js';
export { renderJunit } from './report/junit.js';
export { renderMarkdown } from './report/markdown.js';
export { buildReport, type CheckReport } from './report/model.js';
export { FORMATS, type Format, type RenderOptions, render } from './report/render.js';
export { renderSarif } from './report/sarif.js';
export { renderFix, type ShellName } from './report/shell.js';
export { renderText } from './report/text.js';
export { VERSION } from './version.js';
