import { describe, expect, it } from 'vitest';
import { COLD_CLASSES, HOT_CLASSES } from '../api/hotspots';
import { en } from '../i18n/en';
import { sv } from '../i18n/sv';
import { hotspotColors, incidentColors, measureStatusColors, presenceColors, venueColors } from './palette';

/** A symbol as a reader tells it apart on the map and in the legend: its letters and its colour. */
type Symbol = { layer: string; letter: string; colour: string };

const { letter: _measureInk, ...statusColours } = measureStatusColors;
const { ring: _incidentRing, ...categoryColours } = incidentColors;
const { centre: _presenceCentre, ...actorColours } = presenceColors;
const VENUE_STATES = ['recent', 'due', 'overdue', 'none'] as const;

function symbols(messages: typeof sv): Symbol[] {
  const measures = Object.values(messages.measures.letters).flatMap((letter) => Object.values(statusColours).map((colour) => ({ layer: 'measures', letter, colour })));
  const venues = Object.values(messages.venues.letters).flatMap((letter) => VENUE_STATES.map((state) => ({ layer: 'venues', letter, colour: venueColors[state] })));
  const dots = (layer: string, colours: Record<string, string>) => Object.values(colours).map((colour) => ({ layer, letter: '', colour }));
  const hotCells = Object.fromEntries([...HOT_CLASSES, ...COLD_CLASSES, 'pattern' as const].map((c) => [c, hotspotColors[c]]));
  return [...measures, ...venues, ...dots('incidents', categoryColours), ...dots('presence', actorColours), ...dots('hotspots', hotCells)];
}

describe.each([['sv', sv], ['en', en]] as const)('the map symbols in %s', (_locale, messages) => {
  it('are never the same letters in the same colour in two layers', () => {
    const byLook = new Map<string, Set<string>>();
    for (const { layer, letter, colour } of symbols(messages)) {
      const look = `${letter}|${colour.toLowerCase()}`;
      byLook.set(look, (byLook.get(look) ?? new Set()).add(layer));
    }
    expect([...byLook].filter(([, layers]) => layers.size > 1)).toEqual([]);
  });

  it('give the measures and the venues letters of their own, one per kind', () => {
    const measures = Object.values(messages.measures.letters);
    const venues = Object.values(messages.venues.letters);
    expect(new Set(measures).size).toBe(measures.length);
    expect(new Set(venues).size).toBe(venues.length);
    expect(measures.filter((letter) => venues.includes(letter))).toEqual([]);
  });
});
