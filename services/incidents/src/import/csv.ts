/**
 * A small RFC 4180 reader: comma or semicolon separated (Swedish spreadsheets write semicolons),
 * double-quoted fields with "" for a quote, CRLF or LF line ends. Returns the header and the rows
 * with their line numbers, so a report can point at the line a person sees in their editor.
 */
export interface CsvTable {
  header: string[];
  rows: { line: number; cells: string[] }[];
}

export function detectDelimiter(firstLine: string): ',' | ';' {
  return (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
}

/** Fields of one record that starts at `from`; returns them and where the next record starts. */
function readRecord(source: string, from: number, delimiter: string): { cells: string[]; next: number; lines: number } {
  const cells: string[] = [];
  let i = from;
  let lines = 0;
  for (;;) {
    if (source[i] === '"') {
      // A quoted field: "" is a quote, and delimiters and line ends inside are text.
      let value = '';
      let j = i + 1;
      for (;;) {
        const q = source.indexOf('"', j);
        if (q === -1) throw new Error('a quoted field is never closed');
        value += source.slice(j, q);
        if (source[q + 1] === '"') {
          value += '"';
          j = q + 2;
        } else {
          j = q + 1;
          break;
        }
      }
      lines += value.split('\n').length - 1;
      cells.push(value);
      i = j;
    } else {
      let end = i;
      while (end < source.length && source[end] !== delimiter && source[end] !== '\n' && source[end] !== '\r') end += 1;
      cells.push(source.slice(i, end));
      i = end;
    }
    if (source[i] === delimiter) {
      i += 1;
      continue;
    }
    if (source[i] === '\r') i += 1;
    if (source[i] === '\n') i += 1;
    return { cells, next: i, lines: lines + 1 };
  }
}

export function parseCsv(text: string): CsvTable {
  const source = text.replace(/^\uFEFF/, '');
  const firstEnd = source.indexOf('\n');
  const delimiter = detectDelimiter(firstEnd === -1 ? source : source.slice(0, firstEnd));
  const records: { line: number; cells: string[] }[] = [];
  let line = 1;
  for (let at = 0; at < source.length; ) {
    const { cells, next, lines } = readRecord(source, at, delimiter);
    if (cells.length > 1 || cells[0] !== '') records.push({ line, cells });
    line += lines;
    at = next;
  }
  const [head, ...rows] = records;
  return { header: (head?.cells ?? []).map((h) => h.trim().toLowerCase()), rows };
}
