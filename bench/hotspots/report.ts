/** The printed table of the hot-spot benchmark. */
import type { Summary } from './timing.js';

export interface TableRow {
  label: string;
  summary: Summary | null;
  /** load average (1 min) when the measured runs started */
  load1?: number;
  note?: string;
}

export const fixed = (value: number, digits: number) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
export const thousands = (value: number) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en-GB') : 'n/a');
/** Milliseconds with a precision that suits their size. */
export const ms = (value: number) => (!Number.isFinite(value) ? 'n/a' : value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));

function table(head: readonly string[], rows: readonly (readonly string[])[], rightAligned: (column: number) => boolean): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]) =>
    cells.map((cell, i) => (rightAligned(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function formatMeasurements(rows: readonly TableRow[]): string {
  return table(
    ['measurement', 'runs', 'min ms', 'median ms', 'max ms', 'load 1m', 'note'],
    rows.map((r) => [
      r.label,
      r.summary ? String(r.summary.runs) : '',
      r.summary ? ms(r.summary.minMs) : '',
      r.summary ? ms(r.summary.medianMs) : '',
      r.summary ? ms(r.summary.maxMs) : '',
      r.load1 === undefined ? '' : fixed(r.load1, 2),
      r.note ?? '',
    ]),
    (i) => i >= 1 && i <= 5,
  );
}

export interface TargetRow {
  name: string;
  targetMs: number;
  medianMs: number;
  maxMs: number;
  pass: boolean;
}

export function formatTargets(targets: readonly TargetRow[]): string {
  return table(
    ['target (issue)', 'limit ms', 'median ms', 'max ms', 'verdict'],
    targets.map((t) => [t.name, thousands(t.targetMs), ms(t.medianMs), ms(t.maxMs), t.pass ? 'PASS' : 'MISS']),
    (i) => i >= 1 && i <= 3,
  );
}
