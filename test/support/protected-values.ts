import type { Db } from '@tk/gis';

/**
 * Values that must never appear in a refused response: ids and names of incidents, venues and
 * measures, and the words that betray SQL or a stack trace.
 */
export async function protectedValues(dbs: { incidents: Db; venues: Db; measures: Db }): Promise<string[]> {
  const [incidents, venues, measures] = await Promise.all([
    dbs.incidents.query<{ v: string }>(`SELECT id::text AS v FROM incidents.incident`),
    dbs.venues.query<{ v: string }>(`SELECT id::text AS v FROM venues.venue UNION SELECT name FROM venues.venue`),
    dbs.measures.query<{ v: string }>(`SELECT id::text AS v FROM measures.measure UNION SELECT title FROM measures.measure WHERE NOT synthetic`),
  ]);
  return [...incidents, ...venues, ...measures].map((r) => r.v);
}

export const LEAK_MARKERS = ['SELECT ', 'incidents.incident', 'measures.measure', 'venues.venue', 'geo.property', '    at '];

/** The protected values (or leak markers) found in a response body; [] when clean. */
export function leaksIn(body: string, secrets: readonly string[]): string[] {
  return [...LEAK_MARKERS, ...secrets].filter((s) => body.includes(s));
}
