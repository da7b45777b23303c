import type { PresenceActorKind, PresenceQuery } from '../gql/graphql';
import { type IsoWeek } from '@tk/time';
import { request, type RequestOptions } from './client';
import { presenceQuery } from './measureOperations';

export type { PresenceActorKind };
export type PresenceShift = NonNullable<NonNullable<PresenceQuery['districts']>[number]['presence']>[number];

/** The schema's actor kinds, in the legend's order: the police first, the volunteers last. */
export const ACTOR_KINDS = [
  'POLICE',
  'MUNICIPAL_GUARD',
  'SECURITY_GUARD',
  'FIELD_ASSISTANT',
  'LEISURE_LEADER',
  'SAFETY_HOST',
  'NIGHT_WALKER',
] as const satisfies readonly PresenceActorKind[];

/** The week's shifts in every district the user may see, by start (districts outside answer none). */
export async function fetchPresence(week: IsoWeek, options: RequestOptions): Promise<PresenceShift[]> {
  const data = await request(presenceQuery, { week: week.label }, options);
  const shifts = (data.districts ?? []).flatMap((district) => district.presence ?? []);
  return shifts.sort((a, b) => (a.startsAt ?? '').localeCompare(b.startsAt ?? ''));
}
