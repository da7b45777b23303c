/**
 * A plan file (plans/*.json) read and checked: every problem is named with its path in the file
 * (e.g. `areas[1].activities[2].goal`), all of them at once, so a person can fix the file in one go.
 */
export const CADENCES = ['weekly', 'monthly', 'yearly', 'recurring', 'ongoing', 'as_needed'] as const;
export type Cadence = (typeof CADENCES)[number];

export interface PlanGroup { code: string; id: string; name: string; members: string[]; task: string; cadence: Cadence; districts: string[] }
export interface PlanActivity { code: string; title: string; goal: string; description: string; lead: string[]; participants: string[]; cadence: Cadence; districts: string[] }
export interface PlanArea { code: string; title: string; goal: string; activities: PlanActivity[] }
export interface PlanFile {
  id: string;
  title: string;
  parties: string[];
  period: { from: string; to: string };
  agreement: { decided: string; reference: string; signedBy: string[]; validUntil: string };
  purpose: string;
  goal: string;
  groups: PlanGroup[];
  priorityDistricts: string[];
  areas: PlanArea[];
}

export class PlanFileError extends Error {
  constructor(readonly problems: string[]) {
    super(`The plan file has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n  ${problems.join('\n  ')}`);
  }
}

type Json = Record<string, unknown>;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Checks the file's shape and its codes (an activity's code lies under its area's: 6.2.3 under 6.2). */
export function readPlanFile(json: unknown): PlanFile {
  const problems: string[] = [];
  const text = (o: Json, key: string, at: string): string => {
    const v = o[key];
    if (typeof v !== 'string' || v.trim() === '') problems.push(`${at}${key}: text expected`);
    return typeof v === 'string' ? v.trim() : '';
  };
  const list = (o: Json, key: string, at: string): string[] => {
    const v = o[key] ?? [];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) problems.push(`${at}${key}: a list of texts expected`);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  };
  const day = (o: Json, key: string, at: string): string => {
    const v = text(o, key, at);
    if (v && !DAY.test(v)) problems.push(`${at}${key}: a day such as 2022-12-31 expected, got "${v}"`);
    return v;
  };
  const cadence = (o: Json, at: string): Cadence => {
    const v = o.cadence;
    if (!CADENCES.includes(v as Cadence)) problems.push(`${at}cadence: one of ${CADENCES.join(', ')} expected`);
    return v as Cadence;
  };
  const objects = (o: Json, key: string, at: string): Json[] => {
    const v = o[key];
    if (!Array.isArray(v) || v.length === 0 || v.some((x) => typeof x !== 'object' || x === null)) {
      problems.push(`${at}${key}: a non-empty list expected`);
      return [];
    }
    return v as Json[];
  };

  if (typeof json !== 'object' || json === null) throw new PlanFileError(['the file is not a JSON object']);
  const root = json as Json;
  const id = text(root, 'id', '');
  if (id && !/^[a-z0-9-]{3,60}$/.test(id)) problems.push('id: 3–60 lower-case letters, digits or hyphens expected');
  const period = (root.period ?? {}) as Json;
  const agreement = (root.agreement ?? {}) as Json;
  const plan: PlanFile = {
    id,
    title: text(root, 'title', ''),
    parties: list(root, 'parties', ''),
    period: { from: day(period, 'from', 'period.'), to: day(period, 'to', 'period.') },
    agreement: {
      decided: text(agreement, 'decided', 'agreement.'), reference: text(agreement, 'reference', 'agreement.'),
      signedBy: list(agreement, 'signedBy', 'agreement.'), validUntil: day(agreement, 'validUntil', 'agreement.'),
    },
    purpose: text(root, 'purpose', ''),
    goal: text(root, 'goal', ''),
    priorityDistricts: list(root, 'priorityDistricts', ''),
    groups: objects(root, 'groups', '').map((g, i) => {
      const at = `groups[${i}].`;
      return { code: text(g, 'code', at), id: text(g, 'id', at), name: text(g, 'name', at), members: list(g, 'members', at), task: text(g, 'task', at), cadence: cadence(g, at), districts: list(g, 'districts', at) };
    }),
    areas: objects(root, 'areas', '').map((a, i) => {
      const at = `areas[${i}].`;
      const code = text(a, 'code', at);
      return {
        code, title: text(a, 'title', at), goal: text(a, 'goal', at),
        activities: objects(a, 'activities', at).map((x, j) => {
          const here = `${at}activities[${j}].`;
          const activityCode = text(x, 'code', here);
          if (activityCode && !activityCode.startsWith(`${code}.`)) problems.push(`${here}code: "${activityCode}" does not lie under its area ${code}`);
          return {
            code: activityCode, title: text(x, 'title', here), goal: text(x, 'goal', here), description: text(x, 'description', here),
            lead: list(x, 'lead', here), participants: list(x, 'participants', here), cadence: cadence(x, here), districts: list(x, 'districts', here),
          };
        }),
      };
    }),
  };
  if (plan.period.from && plan.period.to && plan.period.to < plan.period.from) problems.push('period.to: before period.from');
  const codes = plan.areas.flatMap((a) => a.activities.map((x) => x.code));
  for (const dup of codes.filter((c, i) => c && codes.indexOf(c) !== i)) problems.push(`activity code ${dup} appears twice`);
  if (problems.length > 0) throw new PlanFileError(problems);
  return plan;
}
