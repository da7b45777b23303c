import { assertNoPersonalData, assertTopologicallyValid, badUserInput, forbidden, notFound, uuidArg, type Queryable, checkLength } from '@tk/gis';
import { ACCESS, ALL_ROWS, rolesFor, type Identity, type RowScope } from '@tk/access';
import { swedishDay } from '@tk/time';
import { TEXT } from '@tk/input';
import type { MeasuresContext } from '../context.js';
import { districtOf, findMeasure, insertMeasure, setStatus, updateMeasure, withdrawMeasure, type MeasureRow } from '../db/measures.js';
import type { MeasureStatus as Status } from '../kinds.js';
import { TRANSITIONS, transitionProblem } from '../lifecycle/status.js';
import { builder } from './builder.js';
import { Measure, MeasureStatus } from './measure.js';
import { MeasureInput, measureDetails } from './measure-input.js';

/** An area group may change measures in its own districts only; est and admin everywhere. */
const mayWrite = (scope: RowScope, districtId: string) => scope.all || scope.districtIds.includes(districtId);

function assertMayWrite(identity: Identity, scope: RowScope, districtId: string, what: string): void {
  if (!mayWrite(scope, districtId)) throw forbidden(`${identity.name} may not ${what} in the district "${districtId}": it is not one of yours.`);
}

/** The district the geometry lies in, or BAD_USER_INPUT: a measure outside the municipality's districts is refused. */
async function districtFor(tx: Queryable, geometry: MeasureRow['geometry']): Promise<string> {
  await assertTopologicallyValid(tx, geometry);
  const districtId = await districtOf(tx, geometry);
  if (!districtId) throw badUserInput('The geometry lies outside every district of the municipality', { field: 'geometry', reason: 'outside_area' });
  return districtId;
}

/** Looked up regardless of the caller's scope, so that "not yours" is FORBIDDEN, not NOT_FOUND. */
async function existing(tx: Queryable, id: string): Promise<MeasureRow> {
  const measure = await findMeasure(tx, ALL_ROWS, uuidArg(id)!);
  if (!measure) throw notFound(`There is no measure ${id}`);
  return measure;
}

/** The day of a step: not in the future, not before the step before it. */
function stepDay(today: string, measure: MeasureRow, on: string | null | undefined): string {
  const day = on ?? today;
  if (day > today) throw badUserInput(`The day ${day} lies in the future`, { field: 'on', reason: 'in_future' });
  const latest = [measure.decidedOn, measure.startedOn, measure.doneOn].filter((d): d is string => d !== null).sort().pop();
  if (latest && day < latest) throw badUserInput(`The day ${day} is before the measure's previous step (${latest})`, { field: 'on', reason: 'too_early' });
  return day;
}

const WRITE = { role: rolesFor(ACCESS.measureWrite) };

builder.mutationFields((t) => ({
  proposeMeasure: t.field({
    type: Measure,
    authScopes: WRITE,
    description: 'Proposes a measure; its district is the one its geometry lies in.',
    args: { input: t.arg({ type: MeasureInput, required: true }) },
    resolve: (_root, { input }, { db, identity, writeScope }: MeasuresContext) => {
      const details = measureDetails(input);
      return db.transaction(async (tx) => {
        const districtId = await districtFor(tx, details.geometry);
        assertMayWrite(identity!, writeScope, districtId, 'propose measures');
        return insertMeasure(tx, identity!, { ...details, districtId });
      });
    },
  }),
  updateMeasure: t.field({
    type: Measure,
    authScopes: WRITE,
    description: 'Changes a measure\'s details (not its status); the history keeps the values before and after.',
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: MeasureInput, required: true }) },
    resolve: (_root, { id, input }, { db, identity, writeScope }: MeasuresContext) => {
      const details = measureDetails(input);
      return db.transaction(async (tx) => {
        const before = await existing(tx, id);
        assertMayWrite(identity!, writeScope, before.districtId, 'change measures');
        if (details.kind !== before.kind && before.status !== 'proposed') {
          throw badUserInput('The kind of a measure can change only while it is proposed', { field: 'kind', reason: 'not_allowed_transition' });
        }
        const districtId = await districtFor(tx, details.geometry);
        assertMayWrite(identity!, writeScope, districtId, 'move measures');
        return updateMeasure(tx, identity!, before, { ...details, districtId });
      });
    },
  }),
  changeMeasureStatus: t.field({
    type: Measure,
    authScopes: WRITE,
    description: 'Moves a measure along proposed → decided → in progress → done → evaluated (or to rejected), on a day (default today).',
    args: {
      id: t.arg.id({ required: true }),
      status: t.arg({ type: MeasureStatus, required: true }),
      on: t.arg({ type: 'Date', description: 'The day it happened; not in the future, not before the previous step.' }),
    },
    resolve: (_root, { id, status, on }, { db, identity, now, writeScope }: MeasuresContext) =>
      db.transaction(async (tx) => {
        const before = await existing(tx, id);
        assertMayWrite(identity!, writeScope, before.districtId, 'change measures');
        const problem = transitionProblem({ from: before.status, to: status, kind: before.kind, permitState: before.camera?.permitState ?? null });
        // A step the lifecycle allows is refused only for a camera's missing permit.
        const reason = TRANSITIONS[before.status].includes(status as Exclude<Status, 'proposed'>) ? 'permit_required' : 'not_allowed_transition';
        if (problem) throw badUserInput(problem, { field: 'status', reason, allowed: TRANSITIONS[before.status].map((s) => s.toUpperCase()) });
        return setStatus(tx, identity!, before, status as Exclude<Status, 'proposed'>, stepDay(swedishDay(now), before, on));
      }),
  }),
  withdrawMeasure: t.field({
    type: 'Boolean',
    authScopes: WRITE,
    description: 'Withdraws a measure: it disappears from lists, and the audit log keeps it with the reason.',
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ required: true, description: '1–500 characters, no personal data.' }) },
    resolve: async (_root, { id, reason }, { db, identity, writeScope }: MeasuresContext) => {
      const why = reason.trim();
      uuidArg(id);
      checkLength('reason', why, TEXT.changeReason);
      assertNoPersonalData({ reason: why });
      return db.transaction(async (tx) => {
        const measure = await existing(tx, id);
        assertMayWrite(identity!, writeScope, measure.districtId, 'change measures');
        await withdrawMeasure(tx, identity!, measure, why);
        return true;
      });
    },
  }),
}));
