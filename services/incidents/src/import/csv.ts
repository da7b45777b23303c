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

export function parseCsv(text: string): CsvTable {
  const source = text.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(source.slice(0, source.indexOf('\n') === -1 ? undefined : source.indexOf('\n')));
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  const endField = () => {
    cells.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    if (cells.length > 1 || cells[0] !== '') records.push({ line: recordLine, cells });
    cells = [];
  };
  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i]!;
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line += 1;
        field += ch;
      }
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) endField();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else field += ch;
  }
  if (field !== '' || cells.length > 0) endRecord();
  const [head, ...rows] = records;
  return { header: (head?.cells ?? []).map((h) => h.trim().toLowerCase()), rows };
}
