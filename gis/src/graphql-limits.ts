import {
  GraphQLError,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  parse,
} from 'graphql';
import type {
  ASTNode,
  DocumentNode,
  FieldNode,
  FragmentSpreadNode,
  GraphQLCompositeType,
  GraphQLField,
  GraphQLNamedType,
  GraphQLSchema,
  InlineFragmentNode,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
} from 'graphql';

/**
 * Limits on the shape of one operation. The gateway and every subgraph apply the same numbers, so a
 * query the gateway accepts is not refused later by a subgraph (the gateway's subgraph fetches are
 * never deeper or wider than the query that caused them).
 */
export interface QueryLimits {
  /** Longest chain of nested fields; `{ districts { id } }` has depth 2. */
  maxDepth: number;
  /** Aliased fields in one operation, each fragment counted as often as it is spread. */
  maxAliases: number;
  /** Lexical tokens in the document, checked while parsing so a huge document is never built. */
  maxTokens: number;
  /** Top-level fields of one operation after expanding fragments. */
  maxRootFields: number;
  /** See `operationCost` below. */
  maxCost: number;
  /**
   * Longest chain of fragments inside one another (inline fragments and fragment spreads alike), on
   * any path through the operation. Fields are bounded by `maxDepth`, fragments only by this: without
   * it, `... on Query { ... on Query { … } }` three hundred deep passes every other limit and takes
   * a recursive parser further down (the gateway's query planner gives up with an internal error).
   */
  maxFragmentNesting: number;
}

/**
 * Depth 12 leaves room for district → neighbours → … chains a client really writes; the gateway's
 * `_entities` fetches start below the path that led to the entity, so they are shallower than the query.
 * 30 aliases and 20 root fields cover a dashboard asking for several districts side by side.
 * 2000 tokens is several times the largest query the web client sends; 30 nested fragments are
 * many more than anyone writes by hand or a client library generates.
 */
export const DEFAULT_LIMITS: QueryLimits = Object.freeze({
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 2000,
  maxRootFields: 20,
  maxCost: 5000,
  maxFragmentNesting: 30,
});

/**
 * Cost model, kept simple so a client developer can compute it by hand: every field selection costs 1,
 * counted after expanding fragments; a field whose type is a list multiplies the cost of what is
 * selected inside it by LIST_FACTOR (we assume ~10 items without reading `first`/`limit` arguments).
 * `__typename` is free, as for depth and root fields: it runs no resolver, and the gateway's query
 * planner adds it to every subgraph fetch, which must not push an accepted query over a limit.
 */
const LIST_FACTOR = 10;

/** Validation rules for depth, aliases, root fields, cost and fragment nesting; run them together with `specifiedRules`. */
export function limitRules(limits: QueryLimits): ValidationRule[] {
  // All five rules need the same walk; share it per validation run instead of walking five times.
  const measured = new WeakMap<ValidationContext, Map<OperationDefinitionNode, SelectionStats>>();
  const measure: Measure = (context, operation) => operationStats(measured, context, operation, limits.maxFragmentNesting);
  const limitRule = (limit: string, max: number, pick: (stats: SelectionStats) => number, message: (actual: number, max: number) => string) =>
    limitRuleWith(measure, limit, max, pick, message);
  return [
    limitRule('depth', limits.maxDepth, (s) => s.depth, (actual, max) => `Query is too deep: depth ${actual}, at most ${max} is allowed`),
    limitRule('aliases', limits.maxAliases, (s) => s.aliases, (actual, max) => `Query uses too many aliases: ${actual}, at most ${max} are allowed`),
    limitRule(
      'rootFields',
      limits.maxRootFields,
      (s) => s.fields,
      (actual, max) => `Query asks for too many root fields: ${actual}, at most ${max} are allowed`,
    ),
    limitRule(
      'cost',
      limits.maxCost,
      (s) => s.cost,
      (actual, max) =>
        `Query is too expensive: cost ${actual}, at most ${max} is allowed ` +
        `(each field costs 1, a list field multiplies what is selected inside it by ${LIST_FACTOR})`,
    ),
    limitRule(
      'fragmentNesting',
      limits.maxFragmentNesting,
      (s) => s.fragmentNesting,
      (actual, max) => `Query nests fragments too deeply: ${Number.isFinite(actual) ? actual : `more than ${max}`} levels, at most ${max} are allowed`,
    ),
  ];
}

/** `parse` with a token limit, so an oversized document is refused before its AST is built. */
export function parseWithLimits(source: string, limits: QueryLimits): DocumentNode {
  try {
    return parse(source, { maxTokens: limits.maxTokens });
  } catch (error) {
    if (error instanceof GraphQLError && isTokenLimitError(error)) {
      throw limitError(`Query is too large: more than ${limits.maxTokens} tokens, at most ${limits.maxTokens} are allowed`, {
        limit: 'tokens',
        max: limits.maxTokens,
        source: error.source,
        positions: error.positions,
      });
    }
    throw error;
  }
}

// graphql-js gives the token limit no error code, only a message ("more that" in 16, "more than" in 17);
// the test on a token bomb fails if an upgrade changes the wording.
function isTokenLimitError(error: GraphQLError): boolean {
  return /contains more th(?:at|an) \d+ tokens/.test(error.message);
}

/** What the rules measure, for one selection set relative to where it sits. */
interface SelectionStats {
  depth: number;
  aliases: number;
  /** Fields directly in this selection set (through fragments); at the root these are the root fields. */
  fields: number;
  cost: number;
  /** Fragments inside one another below this selection set; Infinity once the walk stopped going deeper. */
  fragmentNesting: number;
}

const NOTHING: SelectionStats = Object.freeze({ depth: 0, aliases: 0, fields: 0, cost: 0, fragmentNesting: 0 });
/**
 * What a fragment nested past the limit measures: the walk does not enter it, so the recursion stays
 * as shallow as the limit whatever the document (the token limit alone would allow ~600 levels).
 * The operation is refused for its nesting, so the other numbers need not be exact.
 */
const TOO_NESTED: SelectionStats = Object.freeze({ ...NOTHING, fragmentNesting: Infinity });

type Measure = (context: ValidationContext, operation: OperationDefinitionNode) => SelectionStats;

function limitRuleWith(
  measure: Measure,
  limit: string,
  max: number,
  pick: (stats: SelectionStats) => number,
  message: (actual: number, max: number) => string,
): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const actual = pick(measure(context, operation));
      if (actual > max) context.reportError(limitError(message(actual, max), { limit, max, actual, nodes: operation }));
      // Everything below the operation was measured by the walk above.
      return false;
    },
  });
}

interface LimitErrorDetails {
  limit: string;
  max: number;
  actual?: number;
  nodes?: ASTNode;
  source?: GraphQLError['source'];
  positions?: GraphQLError['positions'];
}

/** Same shape as `badUserInput` in errors.ts, plus the location so a client sees which operation failed. */
function limitError(message: string, { limit, max, actual, nodes, source, positions }: LimitErrorDetails): GraphQLError {
  // Fragments spread many times can multiply past what a JSON number holds; then the message suffices.
  const known = actual !== undefined && Number.isFinite(actual) ? { actual } : {};
  return new GraphQLError(message, {
    ...(nodes ? { nodes } : {}),
    ...(source ? { source } : {}),
    ...(positions ? { positions } : {}),
    extensions: { code: 'BAD_USER_INPUT', reason: 'too_costly', limit, max, ...known },
  });
}

function operationStats(
  statsByContext: WeakMap<ValidationContext, Map<OperationDefinitionNode, SelectionStats>>,
  context: ValidationContext,
  operation: OperationDefinitionNode,
  maxFragmentNesting: number,
): SelectionStats {
  let byOperation = statsByContext.get(context);
  if (!byOperation) statsByContext.set(context, (byOperation = new Map()));
  let stats = byOperation.get(operation);
  if (!stats) {
    const schema = context.getSchema();
    const walk: Walk = { context, schema, maxFragmentNesting, fragmentStats: new Map(), expanding: new Set() };
    stats = selectionSetStats(walk, operation.selectionSet, schema.getRootType(operation.operation) ?? undefined, 0);
    byOperation.set(operation, stats);
  }
  return stats;
}

interface Walk {
  context: ValidationContext;
  schema: GraphQLSchema;
  maxFragmentNesting: number;
  /**
   * A fragment's numbers do not depend on where it is spread (its type condition fixes its types),
   * so each is measured once: otherwise fragments spreading each other twice over grow exponentially.
   * A fragment cut short by the nesting limit is stored as TOO_NESTED: the operation is refused anyway.
   */
  fragmentStats: Map<string, SelectionStats>;
  /** Fragments on the current path, to cut cycles; NoFragmentCycles reports them as errors. */
  expanding: Set<string>;
}

/**
 * `level` is the number of fragments around this selection set on the path from the operation; past
 * the limit the walk stops (TOO_NESTED). `typeConditionsFree`: the inline fragments directly in it are
 * not counted, for `_entities`, where the gateway adds one to every entity fetch (`... on District`),
 * so that a query the gateway accepted is not refused by a subgraph for the fragment the gateway added.
 */
function selectionSetStats(
  walk: Walk,
  selectionSet: SelectionSetNode,
  parentType: GraphQLCompositeType | undefined,
  level: number,
  typeConditionsFree = false,
): SelectionStats {
  let total = NOTHING;
  for (const selection of selectionSet.selections) {
    const stats =
      selection.kind === Kind.FIELD
        ? fieldStats(walk, selection, parentType, level)
        : selection.kind === Kind.INLINE_FRAGMENT
          ? inlineFragmentStats(walk, selection, parentType, typeConditionsFree ? level : level + 1, typeConditionsFree ? 0 : 1)
          : fragmentSpreadStats(walk, selection, level + 1);
    total = combine(total, stats);
  }
  return total;
}

/** Siblings: the deepest decides the depth and the nesting, everything else adds up. */
function combine(a: SelectionStats, b: SelectionStats): SelectionStats {
  return {
    depth: Math.max(a.depth, b.depth),
    aliases: a.aliases + b.aliases,
    fields: a.fields + b.fields,
    cost: a.cost + b.cost,
    fragmentNesting: Math.max(a.fragmentNesting, b.fragmentNesting),
  };
}

function fieldStats(walk: Walk, field: FieldNode, parentType: GraphQLCompositeType | undefined, level: number): SelectionStats {
  const aliases = field.alias ? 1 : 0;
  if (field.name.value === '__typename') return { ...NOTHING, aliases };
  // An unknown field is reported by FieldsOnCorrectType; still measure what is under it.
  const definition = parentType ? fieldDefinition(walk.schema, parentType, field.name.value) : undefined;
  const entities = field.name.value === '_entities' && parentType === walk.schema.getQueryType();
  const inner = field.selectionSet
    ? selectionSetStats(walk, field.selectionSet, compositeOrUndefined(definition && getNamedType(definition.type)), level, entities)
    : NOTHING;
  const factor = definition && isListType(getNullableType(definition.type)) ? LIST_FACTOR : 1;
  return { depth: 1 + inner.depth, aliases: aliases + inner.aliases, fields: 1, cost: 1 + factor * inner.cost, fragmentNesting: inner.fragmentNesting };
}

// `__schema` and `__type` are not in the query type's field map but must be measured like any field.
function fieldDefinition(schema: GraphQLSchema, parentType: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (parentType === schema.getQueryType()) {
    if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  }
  return isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields()[name] : undefined;
}

function compositeOrUndefined(type: GraphQLNamedType | null | undefined): GraphQLCompositeType | undefined {
  return type && isCompositeType(type) ? type : undefined;
}

/** `level` already counts this fragment unless it is one the nesting does not count (`counted` 0). */
function inlineFragmentStats(
  walk: Walk,
  fragment: InlineFragmentNode,
  parentType: GraphQLCompositeType | undefined,
  level: number,
  counted: 0 | 1,
): SelectionStats {
  if (level > walk.maxFragmentNesting) return TOO_NESTED;
  const type = fragment.typeCondition ? compositeOrUndefined(walk.schema.getType(fragment.typeCondition.name.value)) : parentType;
  const inner = selectionSetStats(walk, fragment.selectionSet, type, level);
  return { ...inner, fragmentNesting: counted + inner.fragmentNesting };
}

/** `level` counts this spread. */
function fragmentSpreadStats(walk: Walk, spread: FragmentSpreadNode, level: number): SelectionStats {
  const name = spread.name.value;
  const known = walk.fragmentStats.get(name);
  if (known) return known;
  const fragment = walk.context.getFragment(name);
  // Unknown fragments are KnownFragmentNames' to report; a cycle contributes nothing more.
  if (!fragment || walk.expanding.has(name)) return NOTHING;
  if (level > walk.maxFragmentNesting) return TOO_NESTED;
  walk.expanding.add(name);
  const inner = selectionSetStats(walk, fragment.selectionSet, compositeOrUndefined(walk.schema.getType(fragment.typeCondition.name.value)), level);
  walk.expanding.delete(name);
  // Measured from the spread, so the same wherever it is spread (or TOO_NESTED, when cut short).
  const stats = { ...inner, fragmentNesting: 1 + inner.fragmentNesting };
  walk.fragmentStats.set(name, stats);
  return stats;
}

const INTROSPECTION_ROOTS = new Set(['__schema', '__type', '__typename']);

/** True when every operation asks only for introspection fields at its root. */
export function isIntrospectionOnly(document: DocumentNode): boolean {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return operations.length > 0 && operations.every((op) =>
    op.selectionSet.selections.every((s) => s.kind === Kind.FIELD && INTROSPECTION_ROOTS.has(s.name.value)));
}

/**
 * The same rules, skipped for introspection-only documents: GraphiQL's introspection query is
 * deeper (15) and costlier than any limit meant for data. Used only where introspection is on,
 * i.e. outside production.
 */
export function exceptIntrospection(rules: ValidationRule[]): ValidationRule[] {
  return rules.map((rule) => (context) => (isIntrospectionOnly(context.getDocument()) ? {} : rule(context)));
}
