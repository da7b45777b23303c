import { NUMBER, REFUSAL_REASONS, TEXT } from '@tk/input';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';

// Every refusal the web translates carries a reason from the closed vocabulary, the field, and the
// bounds of @tk/input, through the gateway against a real database.
let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform?.stop());

const PROPOSE = `mutation($input: MeasureInput!) { proposeMeasure(input: $input) { id } }`;
const SITUATION = `mutation($w: IsoWeek!, $d: ID!, $t: String!) { saveSituationDraft(week: $w, districtId: $d, text: $t) { version } }`;
const VENUE = `mutation($input: VenueInput!) { createVenue(input: $input) { id } }`;
const ASSESS = `mutation($d: ID!, $y: Int!, $s: Int!, $t: String!) { assessInfluence(districtId: $d, year: $y, stage: $s, summary: $t) { stage } }`;
const inSkaggetorp = { type: 'Point', coordinates: [15.587, 58.426] };
const lakeRoxen = { type: 'Point', coordinates: [15.75, 58.52] };
const measure = (extra: Record<string, unknown>) => ({ kind: 'OTHER', title: 'Trygghetsvandring', geometry: inSkaggetorp, ...extra });

async function refusal(query: string, variables: Record<string, unknown>, as: string): Promise<Record<string, unknown>> {
  const res = await platform.gql(query, variables, { as });
  expect(res.errors, JSON.stringify(res.data)).toBeDefined();
  const extensions = res.errors![0]!.extensions as Record<string, unknown>;
  expect(REFUSAL_REASONS).toContain(extensions.reason);
  return extensions;
}

describe('the reason of a refusal', () => {
  it('says a measure\'s title is too long or missing, with the shared limit', async () => {
    expect(await refusal(PROPOSE, { input: measure({ title: 'x'.repeat(TEXT.measureTitle.max + 1) }) }, 'est'))
      .toMatchObject({ code: 'BAD_USER_INPUT', field: 'title', reason: 'too_long', max: TEXT.measureTitle.max });
    expect(await refusal(PROPOSE, { input: measure({ title: '   ' }) }, 'est')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title', reason: 'required' });
  });

  it('says a camera\'s range is out of range, with its bounds', async () => {
    const input = measure({ kind: 'CAMERA', camera: { directionDeg: 90, angleDeg: 60, rangeM: 2000 } });
    expect(await refusal(PROPOSE, { input }, 'est'))
      .toMatchObject({ code: 'BAD_USER_INPUT', field: 'camera.rangeM', reason: 'out_of_range', min: NUMBER.cameraRangeM.min, max: NUMBER.cameraRangeM.max });
  });

  it('names the kind of personal data found, never the value', async () => {
    const ext = await refusal(PROPOSE, { input: measure({ description: 'Ring 070-123 45 67' }) }, 'est');
    expect(ext).toMatchObject({ field: 'description', reason: 'phone_number' });
    expect(JSON.stringify(ext)).not.toContain('070');
  });

  it('says a place outside the districts is outside the area', async () => {
    expect(await refusal(PROPOSE, { input: measure({ geometry: lakeRoxen }) }, 'est')).toMatchObject({ field: 'geometry', reason: 'outside_area' });
    expect(await refusal(VENUE, { input: { name: 'Sjöbaren', kind: 'BAR', location: lakeRoxen } }, 'tillsyn')).toMatchObject({ field: 'location', reason: 'outside_area' });
  });

  it('says a lägesbild text is too long, and a stage is out of range', async () => {
    expect(await refusal(SITUATION, { w: '2026-W10', d: 'ryd', t: 'x'.repeat(TEXT.situation.max + 1) }, 'est'))
      .toMatchObject({ field: 'text', reason: 'too_long', max: TEXT.situation.max });
    expect(await refusal(ASSESS, { d: 'skaggetorp', y: 2022, s: 5, t: 'x' }, 'polisen')).toMatchObject({ field: 'stage', reason: 'out_of_range', min: 1, max: 4 });
    expect(await refusal(SITUATION, { w: '2026-W99', d: 'ryd', t: 'x' }, 'est')).toMatchObject({ reason: 'invalid_format' });
  });

  it('gives GraphQL\'s refusal of a variable the generic reason the web translates', async () => {
    const ext = await refusal(PROPOSE, { input: measure({ costEstimateSek: 'a lot' }) }, 'est');
    expect(ext).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'invalid_input' });
    const missing = await refusal(PROPOSE, { input: { kind: 'OTHER', geometry: inSkaggetorp } }, 'est');
    expect(missing).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'invalid_input' });
  });
});
