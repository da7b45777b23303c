import { readFileSync } from 'node:fs';

/** One cell of the README's access table: what `role` may do with `resource`. */
export interface AccessCell {
  resource: string;
  role: string;
  rule: string;
}

const README = new URL('../../README.md', import.meta.url);

/**
 * Reads the table under "### Who may read and write what": resource keys and role codes are the
 * `backticked` words of the first column and of the header; "anonymous" is the column without one.
 */
export function readAccessTable(markdown = readFileSync(README, 'utf8')): AccessCell[] {
  const start = markdown.indexOf('### Who may read and write what');
  if (start < 0) throw new Error('README has no "Who may read and write what" table');
  const lines = markdown.slice(start).split('\n');
  const first = lines.findIndex((line) => line.startsWith('|'));
  // The first table under the heading, up to its last row: later tables are other matters.
  const end = lines.findIndex((line, i) => i > first && !line.startsWith('|'));
  const table = lines.slice(first, end < 0 ? undefined : end);
  const rows = table.map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
  const [header, , ...body] = rows;
  const code = (cell: string) => /`([^`]+)`/.exec(cell)?.[1] ?? cell.toLowerCase();
  const roles = header!.slice(1).map(code);
  return body.flatMap((cells) => roles.map((role, i) => ({ resource: code(cells[0]!), role, rule: cells[i + 1]! })));
}
