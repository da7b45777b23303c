import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { refusedField } from '../src/http/refused-field.js';

describe('the field of a refused variable', () => {
  const document = parse('query($w: IsoWeek!, $i: MeasureInput!) { situation(week: $w, districtId: "ryd") { week } proposeMeasure(input: $i) { id } }');

  it('is the argument the variable is given to', () => {
    expect(refusedField('Variable "$w" got invalid value "2025-W53"; An IsoWeek must be an ISO week', document)).toBe('week');
  });

  it('is the path inside an input object, without the variable', () => {
    expect(refusedField('Variable "$i" got invalid value "x" at "i.motivation.week"; Expected type "IsoWeek"', document)).toBe('motivation.week');
  });

  it('is unknown for other messages and for a variable the document does not use', () => {
    expect(refusedField('Cannot query field "x" on type "Query".', document)).toBeUndefined();
    expect(refusedField('Variable "$nope" got invalid value 1; Int cannot represent', document)).toBeUndefined();
  });
});
