import { describe, expect, it } from 'vitest';
import { cellCode } from './hexCell';

describe('cellCode', () => {
  it('names a cell by two base-36 digits per axis, negative coordinates included', () => {
    // -21369 ≡ 663 = 18·36 + 15 (I, F) and 49836 ≡ 588 = 16·36 + 12 (G, C), modulo 1,296.
    expect(cellCode('-21369:49836')).toBe('IF-GC');
    expect(cellCode('0:35')).toBe('00-0Z');
    expect(cellCode('1:-1')).toBe('01-ZZ');
  });

  it('gives the cells of a whole municipality distinct codes', () => {
    const codes = new Set<string>();
    for (let q = -21500; q < -21300; q += 1) for (let r = 49700; r < 49900; r += 1) codes.add(cellCode(`${q}:${r}`));
    expect(codes.size).toBe(200 * 200);
  });

  it('leaves a key it cannot read as it is', () => {
    expect(cellCode('x')).toBe('x');
  });
});
