import type { MeasureStatus } from '../kinds.js';

/**
 * The measure's life: proposed → decided → in progress → done → evaluated, and rejected from
 * proposed or decided. Data, not branches: the allowed moves are this table.
 */
export const TRANSITIONS: Readonly<Record<MeasureStatus, readonly MeasureStatus[]>> = {
  proposed: ['decided', 'rejected'],
  decided: ['in_progress', 'rejected'],
  in_progress: ['done'],
  done: ['evaluated'],
  evaluated: [],
  rejected: [],
};

/** The column that records the day a measure reached a status. */
export const DATE_OF_STATUS: Readonly<Record<Exclude<MeasureStatus, 'proposed'>, string>> = {
  decided: 'decided_on',
  in_progress: 'started_on',
  done: 'done_on',
  evaluated: 'evaluated_on',
  rejected: 'rejected_on',
};

export type PermitState = 'not_applied' | 'applied' | 'granted' | 'refused' | 'expired';

/** Camera surveillance by a municipality needs a permit: no work on a camera starts without one. */
const NEEDS_GRANTED_PERMIT: readonly MeasureStatus[] = ['in_progress', 'done'];

export interface TransitionCheck {
  from: MeasureStatus;
  to: MeasureStatus;
  kind: string;
  permitState: PermitState | null;
}

/** Why a move is refused, in words a person can act on; null when it is allowed. */
export function transitionProblem({ from, to, kind, permitState }: TransitionCheck): string | null {
  const allowed = TRANSITIONS[from];
  if (!allowed.includes(to)) {
    return allowed.length === 0
      ? `A measure that is ${from.replace('_', ' ')} cannot change status any more`
      : `A measure cannot go from ${from.replace('_', ' ')} to ${to.replace('_', ' ')}; allowed: ${allowed.map((s) => s.replace('_', ' ')).join(', ')}`;
  }
  if (kind === 'camera' && NEEDS_GRANTED_PERMIT.includes(to) && permitState !== 'granted') {
    return `A camera cannot be ${to.replace('_', ' ')} without a granted permit (the permit is ${(permitState ?? 'not_applied').replace('_', ' ')})`;
  }
  return null;
}
