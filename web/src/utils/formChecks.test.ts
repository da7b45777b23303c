import { NUMBER, TEXT } from '@tk/input';
import { describe, expect, it } from 'vitest';
import { firstProblem, numberProblem, textProblem } from './formChecks';

describe('the form checks with the shared limits', () => {
  it('trims text as the server does, and says which end it missed with the bounds', () => {
    expect(textProblem('title', '  Trygghetsvandring  ', TEXT.measureTitle)).toBeNull();
    expect(textProblem('title', '   ', TEXT.measureTitle)).toEqual({ code: 'CLIENT', reason: 'required', field: 'title', min: 1, max: 200 });
    expect(textProblem('title', 'x'.repeat(201), TEXT.measureTitle)).toMatchObject({ reason: 'too_long', max: 200 });
    expect(textProblem('title', ` ${'x'.repeat(200)} `, TEXT.measureTitle)).toBeNull();
    expect(textProblem('description', '', TEXT.measureDescription)).toBeNull();
  });

  it('lets an optional number be empty, refuses an empty required one, and keeps a bearing below 360', () => {
    expect(numberProblem('costEstimateSek', '', NUMBER.costEstimateSek)).toBeNull();
    expect(numberProblem('costEstimateSek', -5, NUMBER.costEstimateSek)).toMatchObject({ reason: 'out_of_range', min: 0, max: 1_000_000_000 });
    expect(numberProblem('camera.rangeM', '', NUMBER.cameraRangeM, { required: true })).toMatchObject({ reason: 'required' });
    expect(numberProblem('camera.rangeM', 500, NUMBER.cameraRangeM)).toBeNull();
    expect(numberProblem('camera.directionDeg', 360, NUMBER.cameraDirectionDeg, { below: true })).toMatchObject({ reason: 'out_of_range' });
    expect(numberProblem('camera.directionDeg', 359.99, NUMBER.cameraDirectionDeg, { below: true })).toBeNull();
    expect(numberProblem('lighting.luxBefore', Number.NaN, NUMBER.lux)).toMatchObject({ reason: 'out_of_range' });
  });

  it('reports the first problem in the order given', () => {
    const a = textProblem('title', '', TEXT.measureTitle);
    const b = numberProblem('costEstimateSek', -1, NUMBER.costEstimateSek);
    expect(firstProblem(null, a, b)).toBe(a);
    expect(firstProblem(null, null)).toBeNull();
  });
});
