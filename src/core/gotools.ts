/**
 * Go developer tools whose behaviour depends on the Go release that built them: they type-check Go code
 * with the go/types (and go/packages) compiled into them, or read Go binaries and runtime internals
 * (dlv). A go/types built by Go 1.N refuses a package whose go.mod says go 1.M with M > N:
 * "package requires newer Go version go1.M" (reproduced with go/types built by 1.21 and 1.22; see
 * docs for stale-gobin-tool). Plain formatters and generators that only parse are left out. Pure.
 */
export const VERSION_SENSITIVE_TOOLS: ReadonlySet<string> = new Set([
  'gopls',
  'staticcheck',
  'golangci-lint',
  'govulncheck',
  'dlv',
  'revive',
  'errcheck',
  'gosec',
  'ineffassign',
  'unparam',
  'deadcode',
  'stringer',
  'nilaway',
  'fieldalignment',
  'shadow',
  'gocritic',
]);

/** The tool name for a file in GOBIN ("gopls.exe" on Windows is "gopls"). */
export function toolName(file: string, windows: boolean): string {
  return windows && file.toLowerCase().endsWith('.exe') ? file.slice(0, -4) : file;
}
