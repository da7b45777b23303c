import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { readConfig, type PlatformConfig } from '../config.js';
import { decodeImportFile, exitCodeOf, formatImportReport, IMPORT_EXIT, type ImportReport, rejectedReport } from '@tk/input';

/**
 * The frame of every `npm run import -- <kind> FILE [--json] …` command: arguments, reading and
 * decoding the file, the report as text or JSON, and the exit code (report.ts). A wrong argument or
 * an unreadable file is said in one line, never as a stack trace.
 */
export interface ImportCommand<O extends NonNullable<ParseArgsConfig['options']>> {
  kind: string;
  /** The command's own options besides --json. */
  options?: O;
  usage: string;
  run(input: { text: string; encoding: string; notes: string[]; file: string; options: Record<string, string | boolean | undefined>; config: PlatformConfig }): Promise<ImportReport>;
}

/** Thrown by a command's `run` for a wrong argument: said in one line with the usage, exit code 1. */
export class UsageError extends Error {}

function fail(message: string): never {
  console.error(message);
  process.exit(IMPORT_EXIT.usage);
}

export async function runImportCommand<O extends NonNullable<ParseArgsConfig['options']>>(command: ImportCommand<O>): Promise<void> {
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({ args: process.argv.slice(3), allowPositionals: true, options: { ...command.options, json: { type: 'boolean', default: false } } }) as typeof parsed;
  } catch (error) {
    fail(`${(error as Error).message}\nUsage: ${command.usage}`);
  }
  const file = parsed.positionals[0];
  if (!file || parsed.positionals.length > 1) fail(`Usage: ${command.usage}`);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(resolve(process.env.INIT_CWD ?? process.cwd(), file));
  } catch (error) {
    fail(`Cannot read ${file}: ${(error as Error).message}`);
  }
  let config: PlatformConfig;
  try {
    config = readConfig();
  } catch (error) {
    fail((error as Error).message);
  }
  const decoded = decodeImportFile(bytes, config.importLegacyEncoding);
  let report: ImportReport;
  try {
    report = decoded.ok
      ? await command.run({ text: decoded.text, encoding: decoded.encoding, notes: decoded.notes, file, options: parsed.values, config })
      : rejectedReport(command.kind, decoded.encoding, 0, [decoded.problem]);
  } catch (error) {
    if (error instanceof UsageError) fail(`${error.message}\nUsage: ${command.usage}`);
    // A database that cannot be reached, a disk that is full: said in a line, not a stack trace.
    // Each database's import is one transaction: the one that failed holds nothing of the file.
    fail(`The import could not run: ${(error as Error).message}`);
  }
  console.log(parsed.values.json ? JSON.stringify(report, null, 2) : formatImportReport(report));
  process.exitCode = exitCodeOf(report);
}
