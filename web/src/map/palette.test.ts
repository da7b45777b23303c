import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../utils/colorScale';
import { measureStatusColors, presenceColors } from './palette';

describe('the measure and presence colours', () => {
  it('keep the white kind letter readable on every status (4.5:1)', () => {
    const { letter, ...statuses } = measureStatusColors;
    for (const colour of Object.values(statuses)) expect(contrastRatio(colour, letter)).toBeGreaterThanOrEqual(4.5);
  });

  it('give every presence ring a contrast of 3:1 against its white centre (graphical objects)', () => {
    const { centre, ...actors } = presenceColors;
    for (const colour of Object.values(actors)) expect(contrastRatio(colour, centre)).toBeGreaterThanOrEqual(3);
  });
});
