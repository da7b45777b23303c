import type { Db } from '@tk/gis';
import { type ImportProblem, type ImportReport, type JsonDocument, parsePath, readJsonDocument, rejectedReport } from '@tk/input';
import { importPlan } from '../db/plans.js';
import { PlanFileError, readPlanFile } from './read.js';

/** "areas[1].activities[2].goal: text expected", at the line of that goal. */
function placed(problem: string, document: JsonDocument): ImportProblem {
  const split = problem.indexOf(': ');
  const path = split > 0 ? parsePath(problem.slice(0, split)) : [];
  const last = path.at(-1);
  return { line: document.lineOf(path), column: typeof last === 'string' ? last : null, message: problem };
}

/** A plan file, as text, into the common import report: all of it or, with a problem, nothing. */
export async function importPlanFile(db: Db, text: string, read: { encoding: string; notes: string[] }): Promise<ImportReport> {
  const { encoding, notes } = read;
  const parsed = readJsonDocument(text);
  if (!parsed.ok) return rejectedReport('plan', encoding, 0, [parsed.problem], notes);
  let plan;
  try {
    plan = readPlanFile(parsed.document.value);
  } catch (error) {
    if (!(error instanceof PlanFileError)) throw error;
    return rejectedReport('plan', encoding, 1, error.problems.map((p) => placed(p, parsed.document)), notes);
  }
  const r = await importPlan(db, plan);
  return {
    importer: 'plan', encoding, rows: 1,
    imported: r.outcome === 'unchanged' ? 0 : 1, alreadyImported: r.outcome === 'unchanged' ? 1 : 0,
    rejected: false, problems: [],
    notes: [...notes, `plan ${r.planId}: ${r.outcome} (${r.areas} priority areas, ${r.activities} activities, ${r.groups} groups)`],
    details: { ...r },
  };
}
