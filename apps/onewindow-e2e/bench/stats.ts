// Percentiles and the number formats the end-to-end benchmark prints.

export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
}

/** Nearest-rank percentiles: every value reported is one that was measured. */
export function summarize(values: readonly number[]): LatencySummary {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
  return { count: sorted.length, p50: at(50), p95: at(95), p99: at(99) };
}

export const oneDecimal = (value: number): string => value.toFixed(1);

export const milliseconds = (value: number): string => (value < 10 ? value.toFixed(2) : value.toFixed(0));

export const latencyLine = (label: string, summary: LatencySummary): string =>
  `  ${label.padEnd(30)} p50 ${milliseconds(summary.p50).padStart(6)} ms   p95 ${milliseconds(summary.p95).padStart(6)} ms   p99 ${milliseconds(summary.p99).padStart(6)} ms`;

export const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

export const perSecond = (count: number, ms: number): number => (ms > 0 ? count / (ms / 1000) : Number.NaN);
