/** One field of an incident as it was before and after a change, as text for people to read. */
export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

// What a person reporting incidents edits; bookkeeping (updatedAt, …) is left out of the story.
const TRACKED = ['occurredAt', 'endedAt', 'category', 'description', 'location', 'radiusM', 'districtId', 'precision'] as const;

const asText = (value: unknown): string | null =>
  value === null || value === undefined ? null : typeof value === 'object' ? JSON.stringify(value) : String(value);

/** The tracked fields whose values differ between two audited versions of a record. */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  const [b, a] = [before, after].map((v) => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {})) as [Record<string, unknown>, Record<string, unknown>];
  return TRACKED.map((field) => ({ field, before: asText(b[field]), after: asText(a[field]) })).filter((c) => c.before !== c.after);
}
