import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import {
  getNamedType, GraphQLError, isObjectType, isInterfaceType, Kind, parse,
  type DocumentNode, type ExecutionResult, type FragmentDefinitionNode, type GraphQLSchema, type SelectionSetNode,
} from 'graphql';

type Path = (string | number)[];
type Owners = Map<string, Set<string>>;

function argValue(directive: { arguments?: readonly { name: { value: string }; value: { kind: string; value?: unknown } }[] }, name: string): unknown {
  return directive.arguments?.find((a) => a.name.value === name)?.value.value;
}

/** "Type.field" → the subgraphs that resolve it, read from the supergraph's join directives. */
export function fieldOwners(supergraphSdl: string): Owners {
  const doc = parse(supergraphSdl);
  const graphNames = new Map<string, string>();
  const owners: Owners = new Map();
  for (const def of doc.definitions) {
    if (def.kind === Kind.ENUM_TYPE_DEFINITION && def.name.value === 'join__Graph') {
      for (const v of def.values ?? []) {
        const d = v.directives?.find((x) => x.name.value === 'join__graph');
        if (d) graphNames.set(v.name.value, String(argValue(d, 'name')));
      }
    }
  }
  for (const def of doc.definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
    const typeGraphs = (def.directives ?? []).filter((d) => d.name.value === 'join__type').map((d) => String(argValue(d, 'graph')));
    for (const field of def.fields ?? []) {
      const joins = (field.directives ?? []).filter((d) => d.name.value === 'join__field' && argValue(d, 'external') !== true && argValue(d, 'graph') !== undefined);
      const graphs = joins.length > 0 ? joins.map((d) => String(argValue(d, 'graph'))) : typeGraphs;
      owners.set(`${def.name.value}.${field.name.value}`, new Set(graphs.map((g) => graphNames.get(g) ?? g.toLowerCase())));
    }
  }
  return owners;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  owners: Owners;
  failed: Set<string>;
  found: { path: Path; service: string }[];
}

/** Every requested field that came back null and belongs to a failed subgraph, with its path. */
function walk(w: Walk, typeName: string, selections: SelectionSetNode, value: unknown, path: Path): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) return value.forEach((item, i) => walk(w, typeName, selections, item, [...path, i]));
  const record = value as Record<string, unknown>;
  const concrete = typeof record.__typename === 'string' ? record.__typename : typeName;
  for (const sel of selections.selections) {
    if (sel.kind === Kind.INLINE_FRAGMENT) {
      walk(w, sel.typeCondition?.name.value ?? concrete, sel.selectionSet, value, path);
      continue;
    }
    if (sel.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = w.fragments.get(sel.name.value);
      if (fragment) walk(w, fragment.typeCondition.name.value, fragment.selectionSet, value, path);
      continue;
    }
    const key = sel.alias?.value ?? sel.name.value;
    if (!(key in record)) continue;
    const owner = [...(w.owners.get(`${concrete}.${sel.name.value}`) ?? w.owners.get(`${typeName}.${sel.name.value}`) ?? [])].find((s) => w.failed.has(s));
    if (record[key] === null && owner) {
      w.found.push({ path: [...path, key], service: owner });
      continue;
    }
    const parent = w.schema.getType(concrete) ?? w.schema.getType(typeName);
    const field = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[sel.name.value] : undefined;
    if (field && sel.selectionSet) walk(w, getNamedType(field.type).name, sel.selectionSet, record[key], [...path, key]);
  }
}

const VARIABLE_ERROR = /^Variable "\$[^"]+" (got invalid value|of required type|of non-null type)/;

/** What a subgraph's failure becomes: no request echoed, a code, and the service's name. */
function subgraphError(service: string, path: Path | undefined, timedOut: boolean): GraphQLError {
  return new GraphQLError(timedOut ? `The ${service} service did not answer in time` : `The ${service} service is unavailable`, {
    path,
    extensions: { code: 'SUBGRAPH_UNAVAILABLE', service },
  });
}

/** Codes the gateway gives a subgraph that did not answer (its own GraphQL errors keep theirs). */
const FAILURE_CODES = new Set(['SUBREQUEST_HTTP_ERROR', 'GATEWAY_TIMEOUT', 'DOWNSTREAM_SERVICE_ERROR']);

function isSubgraphFailure(error: GraphQLError): string | null {
  const { serviceName, code, request } = error.extensions ?? {};
  if (typeof serviceName !== 'string') return null;
  return FAILURE_CODES.has(String(code)) || request !== undefined ? serviceName : null;
}

/**
 * A failed or silent subgraph: its error is placed on every field it left null, so the web can
 * say which figure is missing; the subgraph request the gateway sent (query, representations) is
 * never echoed. A variable the gateway refuses is the caller's error: BAD_USER_INPUT.
 */
export function useSubgraphErrors(supergraphSdl: string): GatewayPlugin {
  const owners = fieldOwners(supergraphSdl);
  const rewrite = (result: ExecutionResult, document: DocumentNode, schema: GraphQLSchema, operationName?: string | null): ExecutionResult | null => {
    if (!result.errors?.length) return null;
    const failures = result.errors.map((e) => ({ error: e, service: isSubgraphFailure(e) }));
    const failed = new Set(failures.map((f) => f.service).filter((s): s is string => s !== null));
    const timedOut = new Set(failures.filter((f) => f.service && /timeout|timed out/i.test(f.error.message)).map((f) => f.service!));
    const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
    const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName));
    const w: Walk = { schema, fragments, owners, failed, found: [] };
    if (operation?.kind === Kind.OPERATION_DEFINITION && failed.size > 0) {
      const root = schema.getRootType(operation.operation);
      if (root) walk(w, root.name, operation.selectionSet, result.data ?? {}, []);
    }
    const placed = new Set(w.found.map((f) => f.service));
    const errors = [
      ...failures.filter((f) => !f.service).map(({ error }) => cleaned(error)),
      ...w.found.map((f) => subgraphError(f.service, f.path, timedOut.has(f.service))),
      ...[...failed].filter((s) => !placed.has(s)).map((s) => subgraphError(s, undefined, timedOut.has(s))),
    ];
    return { ...result, errors };
  };
  return {
    // Errors raised before execution (a variable that does not coerce, a subscription) carry no
    // code from the gateway; the web needs one to say what is wrong.
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || !('errors' in result) || !result.errors?.length) return;
      const errors = result.errors.map(withCode);
      setResult({ ...result, errors } as typeof result);
    },
    onExecute({ args }) {
      return {
        onExecuteDone({ result, setResult }) {
          if (!('errors' in result)) return;
          const next = rewrite(result as ExecutionResult, args.document, args.schema, args.operationName);
          if (next) setResult(next);
        },
      };
    },
  };
}

const BEFORE_EXECUTION: [RegExp, string][] = [
  [VARIABLE_ERROR, 'BAD_USER_INPUT'],
  [/^Schema is not configured to execute (subscription|mutation)/, 'BAD_USER_INPUT'],
];

/**
 * The web translates a refusal by its reason and never shows the message ("Variable "$input" got
 * invalid value …"), so a refusal GraphQL raised before execution gets the generic one.
 */
const withReason = (code: unknown, extensions: Record<string, unknown>): Record<string, unknown> =>
  code === 'BAD_USER_INPUT' && extensions.reason === undefined ? { reason: 'invalid_input' } : {};

function withCode(error: GraphQLError): GraphQLError {
  const known = error.extensions?.code;
  const code = known ?? BEFORE_EXECUTION.find(([pattern]) => pattern.test(error.message))?.[1] ?? (error.path ? undefined : 'GRAPHQL_VALIDATION_FAILED');
  if (!code) return error;
  const reason = withReason(code, error.extensions ?? {});
  if (known && !('reason' in reason)) return error;
  return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path, extensions: { ...error.extensions, code, ...reason } });
}

/**
 * Any other error keeps its message and code, without the subgraph request it may carry. A
 * GraphQLError, not a plain object: Yoga answers 500 to a result without data whose errors are not.
 */
function cleaned(error: GraphQLError): GraphQLError {
  const { request: _request, response: _response, ...extensions } = (error.extensions ?? {}) as Record<string, unknown>;
  const code = VARIABLE_ERROR.test(error.message) ? 'BAD_USER_INPUT' : extensions.code;
  return new GraphQLError(error.message, {
    nodes: error.nodes, source: error.source, positions: error.positions, path: error.path,
    extensions: { ...extensions, ...(code ? { code } : {}), ...withReason(code, extensions) },
  });
}
