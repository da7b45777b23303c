import type { ImportProblem } from './report.js';

/**
 * The text of an imported file, whatever the program that saved it. UTF-8 (with or without a byte
 * order mark) is read as it is, UTF-16 with its mark too (Excel's "Unicode text"). Anything else is
 * the legacy Windows-1252 that older Excel and many municipal systems write ("CSV (semikolonavgränsad)"),
 * of which ISO-8859-1 is a part: converted with a note, or refused by name when the setting
 * `IMPORT_LEGACY_ENCODING=refuse` says so. The decoders are the platform's own (WHATWG Encoding).
 */
export type LegacyEncodingPolicy = 'convert' | 'refuse';

export type DecodedFile =
  | { ok: true; text: string; encoding: string; notes: string[] }
  | { ok: false; encoding: string; problem: ImportProblem };

const startsWith = (bytes: Uint8Array, ...mark: number[]) => mark.every((b, i) => bytes[i] === b);

/** The 1-based line of a character offset in a text. */
export function lineAt(text: string, offset: number): number {
  return lineFinder(text)(offset);
}

/**
 * The line of any offset in one text, by binary search over where its lines end: a report naming
 * thousands of entries of a large file reads the file once, not once per entry.
 */
export function lineFinder(text: string): (offset: number) => number {
  const ends: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) ends.push(i);
  return (offset) => {
    let low = 0;
    let high = ends.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (ends[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    return low + 1;
  };
}

const REPLACEMENT = '\uFFFD';

export function decodeImportFile(bytes: Uint8Array, policy: LegacyEncodingPolicy): DecodedFile {
  if (startsWith(bytes, 0xff, 0xfe)) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le', notes: ['the file is UTF-16 (Excel\'s "Unicode text") and was read as such'] };
  if (startsWith(bytes, 0xfe, 0xff)) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be', notes: ['the file is UTF-16 and was read as such'] };
  try {
    // A BOM is dropped by the decoder (ignoreBOM false).
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', notes: [] };
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const line = lineAt(lenient, lenient.indexOf(REPLACEMENT));
    if (policy === 'refuse' || startsWith(bytes, 0xef, 0xbb, 0xbf)) {
      const marked = startsWith(bytes, 0xef, 0xbb, 0xbf);
      return {
        ok: false,
        encoding: marked ? 'utf-8' : 'windows-1252',
        problem: {
          line,
          column: null,
          message: marked
            ? `the file says it is UTF-8 but line ${line} holds bytes that are not: it is damaged, or was joined from files in different encodings`
            : `the file is not UTF-8: from line ${line} it looks like Windows-1252 or ISO-8859-1 (older Excel's "CSV"). Save it as "CSV UTF-8", or let the platform convert such files (IMPORT_LEGACY_ENCODING=convert)`,
        },
      };
    }
    return {
      ok: true,
      text: new TextDecoder('windows-1252').decode(bytes),
      encoding: 'windows-1252',
      notes: [`the file is not UTF-8 and was read as Windows-1252 (ISO-8859-1), from line ${line} on; å, ä and ö are kept`],
    };
  }
}

/**
 * Text that reached us as a string (a GraphQL argument, a file the browser read as UTF-8): a
 * replacement character means a legacy file was read as UTF-8 and letters were lost on the way.
 */
export function lostCharacters(text: string): ImportProblem | null {
  const at = text.indexOf(REPLACEMENT);
  if (at === -1) return null;
  const line = lineAt(text, at);
  return {
    line,
    column: null,
    message: `line ${line} holds a character that could not be read (\uFFFD): the file was saved in another encoding than UTF-8, likely Windows-1252 by older Excel. Save it as "CSV UTF-8" and import it again`,
  };
}
