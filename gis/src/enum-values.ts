/**
 * GraphQL enum values from a code list: the stored code (`drug_dealing`) is the value, the GraphQL
 * name is its upper case (`DRUG_DEALING`), and the Swedish label, where there is one, describes it.
 */
export function enumValues<K extends string>(
  codes: readonly K[] | Readonly<Record<K, string>>,
): Record<string, { value: K; description?: string }> {
  const entries: [K, string | undefined][] = Array.isArray(codes)
    ? (codes as readonly K[]).map((code) => [code, undefined])
    : (Object.entries(codes) as [K, string][]);
  return Object.fromEntries(
    entries.map(([code, label]) => [code.toUpperCase(), label === undefined ? { value: code } : { value: code, description: label }]),
  );
}
