/** A write that fails halfway leaves nothing behind: the measure and its audit entry are one transaction. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform?.stop());

const count = async (table: string) =>
  (await platform.databases.get('measures')!.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n;

it('rolls the measure back when its audit entry cannot be written', async () => {
  const db = platform.databases.get('measures')!;
  const before = { measures: await count('measures.measure'), audit: await count('measures.audit_log') };
  // Break the second half of the write: the insert succeeds, the audit insert then fails.
  await db.exec(`ALTER TABLE measures.audit_log ADD CONSTRAINT refuse_everything CHECK (false) NOT VALID`);
  try {
    const res = await platform.gql(
      `mutation($input: MeasureInput!) { proposeMeasure(input: $input) { id } }`,
      { input: { kind: 'LIGHTING', title: 'Halvvägs', geometry: { type: 'Point', coordinates: [15.587, 58.426] } } },
      { as: 'est' },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(res)).not.toMatch(/refuse_everything|audit_log|INSERT/);
  } finally {
    await db.exec(`ALTER TABLE measures.audit_log DROP CONSTRAINT refuse_everything`);
  }
  expect(await count('measures.measure')).toBe(before.measures);
  expect(await count('measures.audit_log')).toBe(before.audit);
});
