/**
 * The one report every importer gives, on the command line (as text or `--json`) and through the
 * GraphQL import mutations, and the one set of exit codes. A file is imported whole or not at all:
 * `rejected` means nothing was written, and `problems` says why, each with the line a person sees in
 * their editor (the header is line 1) and, where it is one cell, its column.
 */
export interface ImportProblem {
  /** 1-based line in the file; a record spanning lines is named by its first. */
  line: number;
  /** The column's header name, or null when the problem is the whole line or the file. */
  column: string | null;
  message: string;
}

export interface ImportReport {
  /** Which importer: est-csv, survey, polisen … */
  importer: string;
  /** How the file was read: utf-8, utf-16le, windows-1252 (converted); utf-8 for text given as a string. */
  encoding: string;
  /** Records read, the header not counted. */
  rows: number;
  /** Records written: new, or replacing what was stored. */
  imported: number;
  /** Records that were already stored as they are: nothing to write. */
  alreadyImported: number;
  /** True when nothing was written, because of the problems (a file is imported whole or not at all). */
  rejected: boolean;
  problems: ImportProblem[];
  /** What the import did that is worth knowing and is no problem (a converted encoding). */
  notes: string[];
  /** The importer's own figures (a district's name in each outcome, the Police's precision levels …). */
  details?: Record<string, unknown>;
}

/** Exit codes of every `npm run import -- <kind>` command. */
export const IMPORT_EXIT = {
  /** Imported (or nothing new to import). */
  imported: 0,
  /** Wrong use of the command, or the file cannot be read. */
  usage: 1,
  /** The file was read and refused: nothing was written; the report says why. */
  rejected: 2,
} as const;

export const exitCodeOf = (report: ImportReport): number => (report.rejected ? IMPORT_EXIT.rejected : IMPORT_EXIT.imported);

/** At most this many problems are listed; the count says how many there were. */
export const MAX_LISTED_PROBLEMS = 1_000;

export function rejectedReport(importer: string, encoding: string, rows: number, problems: ImportProblem[], notes: string[] = []): ImportReport {
  return { importer, encoding, rows, imported: 0, alreadyImported: 0, rejected: true, problems: sortProblems(problems), notes };
}

export function sortProblems(problems: ImportProblem[]): ImportProblem[] {
  return [...problems].sort((a, b) => a.line - b.line);
}

/** The report as a person reads it in a terminal, one problem a line. */
export function formatImportReport(report: ImportReport): string {
  const out = report.notes.map((note) => `note: ${note}`);
  for (const p of report.problems.slice(0, MAX_LISTED_PROBLEMS)) out.push(`line ${p.line}${p.column ? ` (${p.column})` : ''}: ${p.message}`);
  if (report.problems.length > MAX_LISTED_PROBLEMS) out.push(`… and ${report.problems.length - MAX_LISTED_PROBLEMS} more problems`);
  const lines = new Set(report.problems.map((p) => p.line)).size;
  out.push(report.rejected
    ? `refused: ${report.problems.length} problem${report.problems.length === 1 ? '' : 's'} on ${lines} line${lines === 1 ? '' : 's'} of ${report.rows} rows; nothing was imported`
    : `${report.rows} rows: imported ${report.imported}, already imported ${report.alreadyImported}`);
  return out.join('\n');
}
