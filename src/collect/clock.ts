/**
 * Milliseconds from a monotonic clock. process.hrtime rather than performance.now: the `performance`
 * global loads perf_hooks on first use, which a short go-doctor run can do without.
 */
export function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}
