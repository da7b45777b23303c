import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { lineAt, lineFinder, lostCharacters } from './decode.js';
import type { ImportProblem } from './report.js';

/**
 * A JSON file to import, read with the place of everything in it (jsonc-parser, MIT, in strict JSON
 * mode): a syntax error is named by line and character, and a problem with an entry
 * (`features[3]`, `areas[1].activities[2].goal`) by the line the entry is on, as for CSV.
 */
export type JsonPath = (string | number)[];

export interface JsonDocument {
  value: unknown;
  /** The 1-based line the value at `path` starts on; the nearest enclosing value's when it is absent. */
  lineOf(path: JsonPath): number;
}

const WORDS: Record<string, string> = {
  InvalidSymbol: 'a character that JSON does not allow',
  InvalidNumberFormat: 'a number JSON cannot read',
  PropertyNameExpected: 'a property name in double quotes was expected',
  ValueExpected: 'a value was expected',
  ColonExpected: 'a colon was expected',
  CommaExpected: 'a comma was expected',
  CloseBraceExpected: 'a } was expected',
  CloseBracketExpected: 'a ] was expected',
  EndOfFileExpected: 'the file should end here',
  InvalidCommentToken: 'JSON has no comments',
  UnexpectedEndOfComment: 'JSON has no comments',
  UnexpectedEndOfString: 'a string is never closed',
  UnexpectedEndOfNumber: 'a number ends too early',
  InvalidUnicode: 'a \\u escape is not valid',
  InvalidEscapeCharacter: 'a \\ escape is not valid',
  InvalidCharacter: 'a control character inside a string',
};

function syntaxProblem(text: string, error: ParseError): ImportProblem {
  const line = lineAt(text, error.offset);
  const character = error.offset - (text.lastIndexOf('\n', error.offset - 1) + 1) + 1;
  const code = printParseErrorCode(error.error);
  return { line, column: null, message: `not JSON at line ${line}, character ${character}: ${WORDS[code] ?? code}` };
}

const TOO_DEEP: ImportProblem = { line: 1, column: null, message: 'the JSON is nested deeper than any file to import is' };

/** The first syntax error by place; null when jsonc-parser finds none or cannot (nesting too deep). */
function firstSyntaxError(source: string): ImportProblem | null {
  try {
    const errors: ParseError[] = [];
    parseTree(source, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    return errors[0] ? syntaxProblem(source, errors[0]) : null;
  } catch {
    return null;
  }
}

/**
 * V8's JSON.parse reads the value (fast, and strict); the tree with places is built only when a
 * problem needs a line. Both recurse: a file nested thousands deep is a problem, not a crash.
 */
export function readJsonDocument(text: string): { ok: true; document: JsonDocument } | { ok: false; problem: ImportProblem } {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const lost = lostCharacters(source);
  if (lost) return { ok: false, problem: lost };
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, problem: TOO_DEEP };
    const problem = source.trim() === '' ? { line: 1, column: null, message: 'the file is empty' } : firstSyntaxError(source);
    return { ok: false, problem: problem ?? { line: 1, column: null, message: `not JSON: ${(error as Error).message}` } };
  }
  let tree: Node | undefined | null = null;
  let lineOfOffset: ((offset: number) => number) | null = null;
  const nearest = (path: JsonPath): Node | undefined => {
    if (tree === null) {
      try {
        tree = parseTree(source) ?? undefined;
      } catch {
        tree = undefined;
      }
    }
    if (!tree) return undefined;
    for (let n = path.length; n > 0; n--) {
      const node = findNodeAtLocation(tree, path.slice(0, n));
      if (node) return node;
    }
    return tree;
  };
  const lineOf = (path: JsonPath) => {
    lineOfOffset ??= lineFinder(source);
    return lineOfOffset(nearest(path)?.offset ?? 0);
  };
  return { ok: true, document: { value, lineOf } };
}

/** `areas[1].activities[2].goal` as a path. */
export function parsePath(text: string): JsonPath {
  return [...text.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}
