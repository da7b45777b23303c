import { describe, expect, it } from 'vitest';
import { INDICATOR_MEANING, MAP_INDICATORS } from '../api/overview';
import { CHOROPLETH_RAMP, CHOROPLETH_RAMPS, NO_DATA_COLOR, classIndex, colorFor, equalClasses, niceCeiling } from './choropleth';
import { contrastRatio } from './colorScale';

describe('niceCeiling', () => {
  it('rounds up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceCeiling(7)).toBe(10);
    expect(niceCeiling(13)).toBe(20);
    expect(niceCeiling(21)).toBe(25);
    expect(niceCeiling(0.37)).toBe(0.5);
    expect(niceCeiling(100)).toBe(100);
  });

  it('is 0 for nothing to show', () => {
    expect(niceCeiling(0)).toBe(0);
    expect(niceCeiling(Number.NaN)).toBe(0);
  });
});

describe('equalClasses', () => {
  it('splits 0 to the round maximum into equal classes, light to dark', () => {
    const classes = equalClasses([3, 18.2, null, 40]);
    expect(classes.map((c) => [c.from, c.to])).toEqual([[0, 10], [10, 20], [20, 30], [30, 40], [40, 50]]);
    expect(classes[0]!.color).toBe(CHOROPLETH_RAMP[0]);
    expect(classes.at(-1)!.color).toBe(CHOROPLETH_RAMP.at(-1));
  });

  it('spreads fewer classes over the whole ramp', () => {
    const classes = equalClasses([9], 3);
    expect(classes.map((c) => c.color)).toEqual([CHOROPLETH_RAMP[0], CHOROPLETH_RAMP[2], CHOROPLETH_RAMP[4]]);
  });

  it('has one class when every value is 0 and none without values', () => {
    expect(equalClasses([0, 0])).toHaveLength(1);
    expect(equalClasses([null, undefined])).toEqual([]);
  });
});

describe('classIndex and colorFor', () => {
  const classes = equalClasses([50]);

  it('puts bounds in the lower class and 0 in the first', () => {
    expect(classIndex(0, classes)).toBe(0);
    expect(classIndex(10, classes)).toBe(0);
    expect(classIndex(10.01, classes)).toBe(1);
    expect(classIndex(50, classes)).toBe(4);
  });

  it('gives no class, and the no-data colour, to missing values', () => {
    expect(classIndex(null, classes)).toBeNull();
    expect(colorFor(undefined, classes)).toBe(NO_DATA_COLOR);
    expect(colorFor(5, [])).toBe(NO_DATA_COLOR);
  });

  it('keeps the darkest class of every ramp apart from the no-data grey', () => {
    for (const ramp of Object.values(CHOROPLETH_RAMPS)) expect(contrastRatio(ramp.at(-1)!, NO_DATA_COLOR)).toBeGreaterThan(3);
  });

  it('colours feeling safe apart from the risks, and each indicator by what a high value means', () => {
    expect(INDICATOR_MEANING.SAFE_AT_NIGHT).toBe('safety');
    expect(INDICATOR_MEANING.incidentRate).toBe('risk');
    expect(INDICATOR_MEANING.WORRIED_ABOUT_CRIME).toBe('risk');
    const colours = Object.values(CHOROPLETH_RAMPS).map((ramp) => new Set<string>(ramp));
    for (const [i, a] of colours.entries()) for (const b of colours.slice(i + 1)) expect([...a].filter((c) => b.has(c))).toEqual([]);
    expect(Object.keys(INDICATOR_MEANING).sort()).toEqual([...MAP_INDICATORS].sort());
  });
});
