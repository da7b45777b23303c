import { addWeeks, isoWeekAt, type IsoWeek } from '@tk/gis';

/** The ISO week before the one `now` falls in, in Sweden: the last whole week. */
export const lastCompleteWeek = (now: Date): IsoWeek => addWeeks(isoWeekAt(now), -1);
