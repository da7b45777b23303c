import { describe, expect, it } from 'vitest';
import { erf, erfc, normalCdf, normalUpperTail, twoSidedP } from '../src/index.js';

// Reference values from the tables (Abramowitz & Stegun ch. 7 and 26, and the usual critical values).

describe('normal distribution', () => {
  it('gives the two-sided p-values of the 90/95/99 % critical z-values', () => {
    expect(twoSidedP(1.6448536269514722)).toBeCloseTo(0.1, 14);
    expect(twoSidedP(1.959963984540054)).toBeCloseTo(0.05, 14);
    expect(twoSidedP(2.5758293035489004)).toBeCloseTo(0.01, 14);
    expect(twoSidedP(-1.959963984540054)).toBeCloseTo(0.05, 14);
    expect(twoSidedP(0)).toBe(1);
  });

  it('matches table values of Φ', () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(1)).toBeCloseTo(0.8413447460685429, 14);
    expect(normalCdf(-1)).toBeCloseTo(0.15865525393145707, 14);
    expect(normalCdf(2)).toBeCloseTo(0.9772498680518208, 14);
    expect(normalCdf(3)).toBeCloseTo(0.9986501019683699, 14);
    expect(normalUpperTail(1.959963984540054)).toBeCloseTo(0.025, 15);
  });

  it('matches table values of erf and erfc, keeping relative precision far in the tail', () => {
    expect(erf(0.5)).toBeCloseTo(0.5204998778130465, 15);
    expect(erf(1)).toBeCloseTo(0.8427007929497149, 15);
    expect(erf(-1)).toBeCloseTo(-0.8427007929497149, 15);
    expect(erfc(0.5)).toBeCloseTo(0.4795001221869535, 15);
    expect(erfc(2)).toBeCloseTo(0.004677734981047266, 16);
    const rel = (a: number, b: number) => Math.abs(a - b) / b;
    expect(rel(erfc(3), 2.209049699858544e-5)).toBeLessThan(1e-13);
    expect(rel(erfc(5), 1.5374597944280349e-12)).toBeLessThan(1e-13);
    expect(rel(erfc(10), 2.088487583762545e-45)).toBeLessThan(1e-13);
    // p of z = 8: erfc(8/√2) = 1.2441921148543658e-15
    expect(rel(twoSidedP(8), 1.2441921148543658e-15)).toBeLessThan(1e-12);
    expect(erfc(30)).toBe(0);
    expect(erfc(-30)).toBe(2);
    expect(Number.isNaN(erfc(Number.NaN))).toBe(true);
  });

  it('is continuous where the method switches (x = 1)', () => {
    expect(Math.abs(erfc(1 - 1e-12) - erfc(1))).toBeLessThan(1e-11);
    expect(erfc(1)).toBeCloseTo(0.15729920705028513, 15);
  });
});
