/** Turns the measured targets into the printed table, the ratios and the JSON document. */
import type { ServiceName } from '@tk/gis';
import type { LoadResult } from './protocol.js';

const divide = (a: number, b: number): number => (b > 0 ? a / b : Number.NaN);

export type TargetKey = 'hive-rust' | 'hive-js' | 'apollo' | 'direct-plan' | 'direct-incidents';

export interface TargetReport {
  key: TargetKey;
  label: string;
  url: string;
  /** The GraphQL document sent. */
  query: string;
  result: LoadResult;
  /** HTTP requests each subgraph received during the measured run. */
  subgraphRequests: Record<ServiceName, number>;
}

/** Subgraph HTTP requests per completed client request (a direct target counts its own request: 1). */
export function subgraphRequestsPerRequest(report: TargetReport): number {
  const total = Object.values(report.subgraphRequests).reduce((sum, n) => sum + n, 0);
  return divide(total, report.result.requests);
}

/** numerator / denominator for throughput and latency: req/s above 1 and latency below 1 favour the numerator. */
export interface Ratio {
  label: string;
  numerator: TargetKey;
  denominator: TargetKey;
  rps: number;
  p50: number;
  p99: number;
}

const RATIOS: ReadonlyArray<{ label: string; numerator: TargetKey; denominator: TargetKey }> = [
  { label: 'Hive (rust) / Apollo gateway', numerator: 'hive-rust', denominator: 'apollo' },
  { label: 'Hive (js) / Apollo gateway', numerator: 'hive-js', denominator: 'apollo' },
  { label: 'Hive (rust) / Hive (js)', numerator: 'hive-rust', denominator: 'hive-js' },
  { label: 'Hive (rust) / direct plan subgraph', numerator: 'hive-rust', denominator: 'direct-plan' },
  { label: 'Apollo gateway / direct plan subgraph', numerator: 'apollo', denominator: 'direct-plan' },
];

export function computeRatios(reports: readonly TargetReport[]): Ratio[] {
  const byKey = new Map(reports.map((r) => [r.key, r.result]));
  return RATIOS.flatMap((ratio) => {
    const a = byKey.get(ratio.numerator);
    const b = byKey.get(ratio.denominator);
    if (!a || !b) return [];
    return [{
      ...ratio,
      rps: divide(a.rps, b.rps),
      p50: divide(a.latencyMs.p50, b.latencyMs.p50),
      p99: divide(a.latencyMs.p99, b.latencyMs.p99),
    }];
  });
}

function table(head: readonly string[], rows: readonly (readonly string[])[], rightAligned: (column: number) => boolean): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]) =>
    cells.map((cell, i) => (rightAligned(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const fixed = (value: number, digits: number) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');

export function formatResults(reports: readonly TargetReport[], ratios: readonly Ratio[]): string {
  const results = table(
    ['target', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'non-2xx', 'requests', 'subgraph req/req'],
    reports.map((report) => [
      report.label,
      fixed(report.result.rps, 0),
      fixed(report.result.latencyMs.p50, 2),
      fixed(report.result.latencyMs.p95, 2),
      fixed(report.result.latencyMs.p99, 2),
      String(report.result.errors),
      String(report.result.non2xx),
      String(report.result.requests),
      fixed(subgraphRequestsPerRequest(report), 2),
    ]),
    (i) => i > 0,
  );
  const ratioTable = table(
    ['ratio', 'req/s', 'p50', 'p99'],
    ratios.map((r) => [r.label, `${fixed(r.rps, 2)}×`, `${fixed(r.p50, 2)}×`, `${fixed(r.p99, 2)}×`]),
    (i) => i > 0,
  );
  return `${results}\n\n${ratioTable}`;
}
