import { addWeeks, isoWeekOrRefuse, type IsoWeek } from '@tk/gis';
import type { Window } from '../db/presence.js';

const windowOf = (week: IsoWeek): Window => ({ from: week.start, to: week.end });

/** An ISO week's bounds in Swedish time (Monday 00:00 to the next Monday 00:00; 167 or 169 hours across a clock change). */
export const isoWeek = (label: string): Window => windowOf(isoWeekOrRefuse(label));

/** The week after the one named, by the calendar (not seven times 24 hours). */
export const isoWeekAfter = (label: string): Window => windowOf(addWeeks(isoWeekOrRefuse(label), 1));
