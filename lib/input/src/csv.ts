import Papa from 'papaparse';
import { lineFinder } from './decode.js';
import type { ImportProblem } from './report.js';

/**
 * The one CSV reader and writer (PapaParse, MIT). Reading: comma or semicolon separated, whichever
 * the header uses more of (Swedish Excel writes semicolons, with decimal commas), quoted fields with
 * "" for a quote and line ends inside, CRLF or LF. Each record keeps the line it starts on, and every
 * problem names its true line: a broken quote, a record with the wrong number of fields, a header
 * column that is missing, unknown or there twice.
 */
export interface CsvRecord {
  /** The line the record starts on, the header being line 1. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  delimiter: ',' | ';';
  /** Trimmed and lower-cased. */
  header: string[];
  /** The records with as many fields as the header. */
  rows: CsvRecord[];
  /** Every record after the header, the refused ones too. */
  records: number;
  problems: ImportProblem[];
}

export interface CsvColumns {
  /** Every column the file may have. */
  known: readonly string[];
  required: readonly string[];
}

export function detectDelimiter(firstLine: string): ',' | ';' {
  return (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
}

function columnAt(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1) + 1;
}

const QUOTE_MESSAGES: Record<string, (at: number) => string> = {
  MissingQuotes: (at) => `the quoted field at character ${at} is never closed: a quote is missing, and the rest of the file would be one field`,
  InvalidQuotes: (at) => `text follows the closing quote of the field at character ${at}: quote the whole field, with "" for a quote inside it`,
};

function headerProblems(header: string[], columns: CsvColumns): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const problem = (column: string, message: string) => problems.push({ line: 1, column, message });
  header.forEach((name, i) => {
    const first = header.indexOf(name);
    if (name === '') problem(`(column ${i + 1})`, `column ${i + 1} has no name`);
    else if (first !== i) problem(name, `the column "${name}" is there twice (columns ${first + 1} and ${i + 1}): which one holds the value is unclear`);
    else if (!columns.known.includes(name)) problem(name, `unknown column "${name}"; the columns are ${columns.known.join(', ')}`);
  });
  for (const name of columns.required) if (!header.includes(name)) problem(name, `the header has no "${name}" column`);
  return problems;
}

/** `columns`: the header the file must have; without it any header is taken as it is (files we wrote). */
export function readCsv(text: string, columns?: CsvColumns): CsvTable {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const firstEnd = source.indexOf('\n');
  const delimiter = detectDelimiter(firstEnd === -1 ? source : source.slice(0, firstEnd));
  const records: (CsvRecord & { broken: boolean })[] = [];
  const problems: ImportProblem[] = [];
  const quoteLines = new Set<number>();
  const hasNul = source.includes('\u0000');
  let lineOfOffset: ((offset: number) => number) | null = null;
  // Lines are counted as the parser moves on: each record starts where the last one's cursor ended.
  let line = 1;
  let nextNewline = source.indexOf('\n');
  Papa.parse<string[]>(source, {
    delimiter,
    step: (result) => {
      const start = line;
      for (; nextNewline !== -1 && nextNewline < result.meta.cursor; nextNewline = source.indexOf('\n', nextNewline + 1)) line++;
      for (const error of result.errors) {
        // Papa points just past the quote that opened the field.
        const at = Math.max(0, (error.index ?? 1) - 1);
        lineOfOffset ??= lineFinder(source);
        const errorLine = error.index === undefined ? start : lineOfOffset(at);
        if (quoteLines.has(errorLine)) continue;
        quoteLines.add(errorLine);
        const message = QUOTE_MESSAGES[error.code]?.(columnAt(source, at)) ?? error.message;
        problems.push({ line: errorLine, column: null, message });
      }
      const cells = result.data;
      if (cells.length === 1 && cells[0] === '' && result.errors.length === 0) return;
      // PostgreSQL text cannot hold NUL; in a CSV it means a binary file, or UTF-16 without its mark.
      const nul = hasNul ? cells.findIndex((c) => c.includes('\u0000')) : -1;
      if (nul !== -1) problems.push({ line: start, column: null, message: `field ${nul + 1} holds a NUL character: the file may not be text, or is UTF-16 saved without its byte order mark` });
      records.push({ line: start, cells, broken: result.errors.length > 0 || nul !== -1 });
    },
  });
  const [head, ...body] = records;
  const header = head?.broken ? [] : (head?.cells ?? []).map((h) => h.trim().toLowerCase());
  if (head === undefined) problems.push({ line: 1, column: null, message: 'the file is empty: it has no header line' });
  else if (!head.broken && columns) problems.push(...headerProblems(header, columns));
  const rows: CsvRecord[] = [];
  for (const { line, cells, broken } of body) {
    if (broken) continue;
    if (cells.length === header.length) rows.push({ line, cells });
    else problems.push({ line, column: null, message: `has ${cells.length} field${cells.length === 1 ? '' : 's'}, the header has ${header.length}` });
  }
  return { delimiter, header, rows, records: body.length, problems };
}

/**
 * A CSV file for people's spreadsheets: `;` and a byte order mark for Swedish Excel by default.
 * A cell that starts with =, +, -, @, a tab or a carriage return is written with a leading ' so
 * that a spreadsheet shows it as text instead of running it as a formula (OWASP's advice).
 */
export function writeCsv(rows: readonly (readonly unknown[])[], options: { excel?: boolean } = {}): string {
  const excel = options.excel ?? true;
  const body = Papa.unparse(rows as unknown[][], { delimiter: excel ? ';' : ',', newline: '\r\n', escapeFormulae: true });
  return excel ? `\uFEFF${body}\r\n` : `${body}\r\n`;
}
