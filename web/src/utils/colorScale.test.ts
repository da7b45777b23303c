import { describe, expect, it } from 'vitest';
import { palette } from '../map/palette';
import { contrastRatio, mixColors, parseHex, sequentialColor, toHex } from './colorScale';

describe('parseHex and toHex', () => {
  it('round-trip six-digit colours', () => {
    expect(toHex(parseHex('#e8590c'))).toBe('#e8590c');
  });

  it('expand three-digit colours', () => {
    expect(parseHex('#fa0')).toEqual([255, 170, 0]);
  });

  it('reject anything else', () => {
    expect(() => parseHex('orange')).toThrow(/hex/);
  });
});

describe('mixColors', () => {
  it('returns the ends at 0 and 1 and clamps beyond', () => {
    expect(mixColors('#000000', '#ffffff', 0)).toBe('#000000');
    expect(mixColors('#000000', '#ffffff', 1)).toBe('#ffffff');
    expect(mixColors('#000000', '#ffffff', 7)).toBe('#ffffff');
  });

  it('mixes halfway', () => {
    expect(mixColors('#000000', '#ffffff', 0.5)).toBe('#808080');
  });
});

describe('sequentialColor', () => {
  const ramp = ['#000000', '#ff0000', '#ffffff'];

  it('hits the stops at 0, max/2 and max', () => {
    expect(sequentialColor(0, 10, ramp)).toBe('#000000');
    expect(sequentialColor(5, 10, ramp)).toBe('#ff0000');
    expect(sequentialColor(10, 10, ramp)).toBe('#ffffff');
  });

  it('caps values above max at the last stop', () => {
    expect(sequentialColor(99, 10, ramp)).toBe('#ffffff');
  });

  it('gives the first stop when there is no range', () => {
    expect(sequentialColor(3, 0, ramp)).toBe('#000000');
  });
});

describe('contrastRatio', () => {
  it('is 21 for black on white and 1 for equal colours', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });

  it('keeps map label text readable (WCAG AA, 4.5:1)', () => {
    expect(contrastRatio(palette.labelText, palette.labelBackground)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(palette.priorityLabelText, palette.labelBackground)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(palette.labelBackground, palette.selectedOutline)).toBeGreaterThanOrEqual(4.5);
  });
});
