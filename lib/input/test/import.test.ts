import { describe, expect, it } from 'vitest';
import { readCsv, writeCsv } from '../src/csv.js';
import { decodeImportFile, lostCharacters } from '../src/decode.js';
import { formatImportReport, rejectedReport } from '../src/report.js';

const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

describe('decoding a file to import', () => {
  it.each([
    ['UTF-8', Buffer.from('plats;år\nSkäggetorp;2026\n'), 'utf-8'],
    ['UTF-8 with a byte order mark', Buffer.from('\uFEFFplats;år\nSkäggetorp;2026\n'), 'utf-8'],
    ['UTF-16 with its mark (Excel\'s "Unicode text")', utf16le('plats;år\nSkäggetorp;2026\n'), 'utf-16le'],
    ['Windows-1252', Buffer.from('plats;år\nSkäggetorp;2026\n', 'latin1'), 'windows-1252'],
  ])('reads %s', (_what, bytes, encoding) => {
    const decoded = decodeImportFile(bytes, 'convert');
    expect(decoded).toMatchObject({ ok: true, encoding, text: 'plats;år\nSkäggetorp;2026\n' });
  });

  it('refuses a legacy file by name when told to, at the line of its first such letter', () => {
    expect(decodeImportFile(Buffer.from('a;b\n1;2\nGärstad;3\n', 'latin1'), 'refuse')).toEqual({
      ok: false, encoding: 'windows-1252', problem: { line: 3, column: null, message: expect.stringMatching(/^the file is not UTF-8: from line 3/) },
    });
  });

  it('refuses a file that says it is UTF-8 and is not, whatever the setting', () => {
    const bytes = Buffer.concat([Buffer.from('\uFEFFa;b\n'), Buffer.from('ö;1\n', 'latin1')]);
    expect(decodeImportFile(bytes, 'convert')).toMatchObject({ ok: false, problem: { line: 2, message: expect.stringMatching(/says it is UTF-8 but line 2/) } });
  });

  it('finds letters lost before the text reached us', () => {
    expect(lostCharacters('a\nb\nSk\uFFFDggetorp')).toMatchObject({ line: 3 });
    expect(lostCharacters('Skäggetorp')).toBeNull();
  });
});

describe('the CSV reader', () => {
  it('keeps the line each record starts on through CRLF, quoted line ends and blank lines', () => {
    const table = readCsv('a,b\r\n1,"x\r\ny"\r\n\r\n2,3\r\n', { known: ['a', 'b'], required: ['a'] });
    expect(table).toMatchObject({ delimiter: ',', header: ['a', 'b'], records: 2, problems: [] });
    expect(table.rows).toEqual([{ line: 2, cells: ['1', 'x\r\ny'] }, { line: 5, cells: ['2', '3'] }]);
  });

  it('names a nameless column, an unknown one and a missing one', () => {
    expect(readCsv('a;;c\n', { known: ['a', 'b'], required: ['a', 'b'] }).problems.map((p) => p.message)).toEqual([
      'column 2 has no name', 'unknown column "c"; the columns are a, b', 'the header has no "b" column',
    ]);
  });
});

describe('the CSV writer', () => {
  it('neutralises cells a spreadsheet would run as formulas, and writes for Swedish Excel', () => {
    const out = writeCsv([['text', 'tal'], ['=HYPERLINK("http://x";"y")', 3.5], ['+cmd', -2], ['@SUM(A1)', 0], ['-1+1', 1], ['\tflik', 2], ['vanlig; text', 3]]);
    expect(out.startsWith('\uFEFFtext;tal\r\n')).toBe(true);
    const back = readCsv(out).rows.map((r) => r.cells);
    expect(back).toEqual([
      ['\'=HYPERLINK("http://x";"y")', '3.5'], ["'+cmd", '-2'], ["'@SUM(A1)", '0'], ["'-1+1", '1'], ["'\tflik", '2'], ['vanlig; text', '3'],
    ]);
    expect(writeCsv([['a', 'b'], ['1', '2']], { excel: false })).toBe('a,b\r\n1,2\r\n');
  });
});

describe('the report', () => {
  it('reads the same for every importer, with a count when it is long', () => {
    const problems = Array.from({ length: 1_002 }, (_, i) => ({ line: i + 2, column: i % 2 ? 'value' : null, message: 'fel' }));
    const text = formatImportReport(rejectedReport('survey', 'utf-8', 1_002, problems, ['a note']));
    const lines = text.split('\n');
    expect(lines[0]).toBe('note: a note');
    expect(lines[1]).toBe('line 2: fel');
    expect(lines[2]).toBe('line 3 (value): fel');
    expect(lines.at(-2)).toBe('… and 2 more problems');
    expect(lines.at(-1)).toBe('refused: 1002 problems on 1002 lines of 1002 rows; nothing was imported');
  });
});
