export interface Orderable {
  name?: string | null;
  priority?: boolean | null;
}

/** Priority districts first, then alphabetically in the UI language (å, ä, ö sort last in Swedish). */
export function byPriorityThenName(localeTag: string): (a: Orderable, b: Orderable) => number {
  const collator = new Intl.Collator(localeTag);
  return (a, b) => Number(Boolean(b.priority)) - Number(Boolean(a.priority)) || collator.compare(a.name ?? '', b.name ?? '');
}
