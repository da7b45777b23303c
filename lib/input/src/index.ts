/**
 * What the platform accepts as input and how it says no: the limits of text and numbers, the
 * reasons a refusal carries (which the web translates), and the reading of import files — their
 * encoding, CSV and JSON with every problem named by line, and the common import report. No Node,
 * no GraphQL: the web's importer decodes a file with the same code as the command line.
 */
export { inRange, MAX_INDICATORS, NUMBER, TEXT, type Range } from './limits.js';
export { isRefusalReason, REFUSAL_REASONS, type RefusalReason } from './refusal.js';
export { decodeImportFile, lineAt, lineFinder, lostCharacters, type DecodedFile, type LegacyEncodingPolicy } from './decode.js';
export { detectDelimiter, readCsv, writeCsv, type CsvColumns, type CsvRecord, type CsvTable } from './csv.js';
export { parsePath, readJsonDocument, type JsonDocument, type JsonPath } from './json.js';
export {
  exitCodeOf, formatImportReport, IMPORT_EXIT, MAX_LISTED_PROBLEMS, rejectedReport, sortProblems, type ImportProblem, type ImportReport,
} from './report.js';
