import { GraphQLError, buildSchema, getIntrospectionQuery, parse, specifiedRules, validate } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, limitRules, parseWithLimits, type QueryLimits } from '../src/graphql-limits.js';

const schema = buildSchema(`
  type District { id: ID! name: String neighbours: [District!]! }
  type Query { districts: [District!]! district(id: ID!): District }
`);

/** Roughly what a federation subgraph exposes to the gateway. */
const subgraphSchema = buildSchema(`
  scalar _Any
  union _Entity = District
  type District { id: ID! name: String neighbours: [District!]! }
  type Query { districts: [District!]! _entities(representations: [_Any!]!): [_Entity]! }
`);

const unlimited: QueryLimits = {
  maxDepth: Infinity, maxAliases: Infinity, maxTokens: Infinity, maxRootFields: Infinity, maxCost: Infinity, maxFragmentNesting: Infinity,
};

function check(query: string, limits: Partial<QueryLimits> = {}, against: GraphQLSchema = schema): readonly GraphQLError[] {
  return validate(against, parse(query), [...specifiedRules, ...limitRules({ ...DEFAULT_LIMITS, ...limits })]);
}

/** Only one limit is tight, so the test shows that very rule at work. */
function checkOnly(limit: keyof QueryLimits, max: number, query: string): readonly GraphQLError[] {
  return check(query, { ...unlimited, [limit]: max });
}

function extensionsOf(errors: readonly GraphQLError[]) {
  return errors.map((e) => e.extensions);
}

/** `{ district(id: "x") { neighbours { … { id } } } }`: depth is the number of fields on the path. */
function nestedNeighbours(depth: number, leaf = 'id'): string {
  const levels = depth - 2; // `district` and the leaf are two of them
  return `{ district(id: "x") { ${'neighbours { '.repeat(levels)}${leaf}${' }'.repeat(levels)} } }`;
}

function aliasedDistricts(n: number): string {
  return `{ ${Array.from({ length: n }, (_, i) => `a${i + 1}: districts { id }`).join(' ')} }`;
}

function rootFields(n: number): string {
  return `{ ${Array.from({ length: n }, (_, i) => `d${i + 1}: district(id: "${i}") { id }`).join(' ')} }`;
}

describe('DEFAULT_LIMITS', () => {
  it('has the agreed numbers and cannot be changed by accident', () => {
    expect(DEFAULT_LIMITS).toEqual({ maxDepth: 12, maxAliases: 30, maxTokens: 2000, maxRootFields: 20, maxCost: 5000, maxFragmentNesting: 30 });
    expect(Object.isFrozen(DEFAULT_LIMITS)).toBe(true);
  });

  it('accept an ordinary query without any error', () => {
    expect(check('query Map { districts { id name neighbours { id name } } district(id: "ryd") { __typename id } }')).toEqual([]);
  });

  it('accept the shallow `_entities` fetch the gateway sends a subgraph', () => {
    const fetch = 'query ($r: [_Any!]!) { _entities(representations: $r) { __typename ... on District { id name neighbours { id } } } }';
    expect(check(fetch, {}, subgraphSchema)).toEqual([]);
  });
});

describe('depth', () => {
  // Nested lists cost 10^n, so the cost limit is lifted here to show the depth rule alone.
  const noCost = { maxCost: unlimited.maxCost };

  it('allows depth 12 and refuses 13 with a clear message', () => {
    expect(check(nestedNeighbours(12), noCost)).toEqual([]);
    const errors = check(nestedNeighbours(13), noCost);
    expect(errors.map((e) => e.message)).toEqual(['Query is too deep: depth 13, at most 12 is allowed']);
    expect(extensionsOf(errors)).toEqual([{ code: 'BAD_USER_INPUT', reason: 'too_costly', limit: 'depth', max: 12, actual: 13 }]);
    expect(errors[0]!.locations).toEqual([{ line: 1, column: 1 }]);
  });

  it('refuses a deep nesting of neighbours (which is far too expensive as well)', () => {
    const found = extensionsOf(check(nestedNeighbours(14)));
    expect(found).toContainEqual({ code: 'BAD_USER_INPUT', reason: 'too_costly', limit: 'depth', max: 12, actual: 14 });
    // district 1 + 12 nested lists: 1 + (1 + 10 × (1 + 10 × … (1 + 10 × id 1))) = 1 + 1,111,111,111,111
    expect(found).toContainEqual(expect.objectContaining({ limit: 'cost', actual: 1_111_111_111_112 }));
  });

  it('does not count __typename as a level', () => {
    expect(checkOnly('maxDepth', 2, '{ districts { neighbours { __typename } } }')).toEqual([]);
    expect(extensionsOf(checkOnly('maxDepth', 2, '{ districts { neighbours { id } } }'))).toMatchObject([{ limit: 'depth', actual: 3 }]);
  });

  it('follows fragments and inline fragments, which add no level themselves', () => {
    const query = `
      { districts { ...Near } }
      fragment Near on District { neighbours { ... on District { neighbours { ...Leaf } } } }
      fragment Leaf on District { id }`;
    expect(checkOnly('maxDepth', 4, query)).toEqual([]);
    expect(extensionsOf(checkOnly('maxDepth', 3, query))).toMatchObject([{ limit: 'depth', max: 3, actual: 4 }]);
  });

  it('counts introspection fields like any other', () => {
    expect(extensionsOf(checkOnly('maxDepth', 3, '{ __schema { types { fields { name } } } }'))).toMatchObject([{ limit: 'depth', actual: 4 }]);
    expect(extensionsOf(checkOnly('maxDepth', 3, '{ __type(name: "District") { fields { type { name } } } }'))).toMatchObject([
      { limit: 'depth', actual: 4 },
    ]);
  });

  it('refuses the standard introspection query (GraphiQL\'s) at the default depth', () => {
    // __schema › types › fields › args › type is 5 levels, then TypeRef nests kind under 9 ofType levels: 15.
    expect(extensionsOf(check(getIntrospectionQuery()).filter((e) => e.extensions['limit'] === 'depth'))).toEqual([
      { code: 'BAD_USER_INPUT', reason: 'too_costly', limit: 'depth', max: 12, actual: 15 },
    ]);
  });
});

describe('aliases', () => {
  it('allows 30 aliases and refuses 31', () => {
    expect(check(aliasedDistricts(30), { maxRootFields: 100 })).toEqual([]);
    const errors = check(aliasedDistricts(31), { maxRootFields: 100 });
    expect(errors.map((e) => e.message)).toEqual(['Query uses too many aliases: 31, at most 30 are allowed']);
    expect(extensionsOf(errors)).toEqual([{ code: 'BAD_USER_INPUT', reason: 'too_costly', limit: 'aliases', max: 30, actual: 31 }]);
  });

  it('counts a fragment’s aliases each time it is spread, also aliased __typename', () => {
    const query = `
      { districts { ...Two neighbours { ...Two } } x: district(id: "1") { ... on District { t: __typename } } }
      fragment Two on District { a: id b: name }`;
    // 2 + 2 from the spreads, x, t
    expect(checkOnly('maxAliases', 6, query)).toEqual([]);
    expect(extensionsOf(checkOnly('maxAliases', 5, query))).toMatchObject([{ limit: 'aliases', max: 5, actual: 6 }]);
  });

  it('measures fragments that spread each other many times over without walking every copy', () => {
    // F0 spreads F1 twice, F1 spreads F2 twice, … F16 holds one alias: 2^16 = 65,536 aliases in all.
    // Walking every copy would take minutes; the test's timeout is the check.
    const fragments = Array.from({ length: 16 }, (_, i) => `fragment F${i} on District { ...F${i + 1} ...F${i + 1} }`);
    const query = `{ districts { ...F0 } } ${fragments.join(' ')} fragment F16 on District { a: id }`;
    expect(extensionsOf(checkOnly('maxAliases', 30, query))).toEqual([{ code: 'BAD_USER_INPUT', reason: 'too_costly', limit: 'aliases', max: 30, actual: 65_536 }]);
  });
});

describe('root fields', () => {
  it('allows 20 root fields and refuses 25', () => {
    expect(check(rootFields(20))).toEqual([]);
    const errors = check(rootFields(25), { maxAliases: 100 });
    expect(errors.map((e) => e.message)).toEqual(['Query asks for too many root fields: 25, at most 20 are allowed']);
    expect(extensionsOf(errors)).toEqual([{ code: 'BAD_USER_INPUT', reason: 'too_costly', limit: 'rootFields', max: 20, actual: 25 }]);
  });

  it('counts root fields reached through fragments, but not nested fields or __typename', () => {
    const query = `
      { __typename districts { id name } ...Roots ... on Query { c: district(id: "c") { id } } }
      fragment Roots on Query { a: district(id: "a") { id } b: district(id: "b") { id } }`;
    expect(checkOnly('maxRootFields', 4, query)).toEqual([]);
    expect(extensionsOf(checkOnly('maxRootFields', 3, query))).toMatchObject([{ limit: 'rootFields', max: 3, actual: 4 }]);
  });

  it('measures each operation of a document on its own', () => {
    const document = `query Small { districts { id } } query Big ${rootFields(4)}`;
    const errors = checkOnly('maxRootFields', 3, document);
    expect(extensionsOf(errors)).toMatchObject([{ limit: 'rootFields', actual: 4 }]);
    expect(errors[0]!.locations).toEqual([{ line: 1, column: 34 }]);
  });
});

describe('cost', () => {
  // By hand: districts is a list, so what is inside it counts 10 times; district is not.
  //   districts                    1 + 10 × (id 1 + name 1 + neighbours) = 1 + 10 × 13 = 131
  //     neighbours (a list)        1 + 10 × (id 1)                       = 11
  //   district(id: "a")            1 + 1 × (name 1)                      = 2
  //   __typename                   free                                  = 0
  //   total                                                              = 133
  const query = '{ districts { id name neighbours { id __typename } } district(id: "a") { name } __typename }';

  it('is computed as in the comment above', () => {
    expect(checkOnly('maxCost', 133, query)).toEqual([]);
    const errors = checkOnly('maxCost', 132, query);
    expect(errors.map((e) => e.message)).toEqual([
      'Query is too expensive: cost 133, at most 132 is allowed (each field costs 1, a list field multiplies what is selected inside it by 10)',
    ]);
    expect(extensionsOf(errors)).toEqual([{ code: 'BAD_USER_INPUT', reason: 'too_costly', limit: 'cost', max: 132, actual: 133 }]);
  });

  it('is the same when the selections come from fragments and inline fragments', () => {
    const withFragments = `
      { districts { ...Named neighbours { ... on District { id } } } district(id: "a") { ... { name } } }
      fragment Named on District { id name }`;
    expect(checkOnly('maxCost', 133, withFragments)).toEqual([]);
    expect(extensionsOf(checkOnly('maxCost', 132, withFragments))).toMatchObject([{ limit: 'cost', actual: 133 }]);
  });

  it('refuses four nested lists at the default limit', () => {
    // 1 + 10 × (1 + 10 × (1 + 10 × (1 + 10 × 1))) = 11,111
    const errors = check('{ districts { neighbours { neighbours { neighbours { id } } } } }');
    expect(extensionsOf(errors)).toEqual([{ code: 'BAD_USER_INPUT', reason: 'too_costly', limit: 'cost', max: 5000, actual: 11_111 }]);
  });
});

describe('fragment nesting', () => {
  const inline = (n: number) => `{ ${'... on Query { '.repeat(n)}districts { id }${' }'.repeat(n)} }`;

  it('allows 30 inline fragments inside one another and refuses 31', () => {
    expect(check(inline(30))).toEqual([]);
    const errors = check(inline(31));
    expect(errors.map((e) => e.message)).toEqual(['Query nests fragments too deeply: more than 30 levels, at most 30 are allowed']);
    expect(extensionsOf(errors)).toEqual([{ code: 'BAD_USER_INPUT', reason: 'too_costly', limit: 'fragmentNesting', max: 30 }]);
  });

  it('refuses 600 levels (what 2000 tokens allow) without walking them all', () => {
    const bare = `{ ${'... { '.repeat(600)}__typename${' }'.repeat(600)} }`;
    expect(extensionsOf(check(bare))).toEqual([{ code: 'BAD_USER_INPUT', reason: 'too_costly', limit: 'fragmentNesting', max: 30 }]);
  });

  it('counts spreads and inline fragments alike, fields not at all, and the deepest path only', () => {
    const query = `
      { districts { ...A neighbours { id } } ... on Query { districts { id } } }
      fragment A on District { neighbours { ... on District { ...B } } }
      fragment B on District { id }`;
    // districts › ...A › neighbours › ... on District › ...B: three fragments.
    expect(checkOnly('maxFragmentNesting', 3, query)).toEqual([]);
    // The walk stops at the third, so the message says "more than".
    const errors = checkOnly('maxFragmentNesting', 2, query);
    expect(errors.map((e) => e.message)).toEqual(['Query nests fragments too deeply: more than 2 levels, at most 2 are allowed']);
    expect(extensionsOf(errors)).toEqual([{ code: 'BAD_USER_INPUT', reason: 'too_costly', limit: 'fragmentNesting', max: 2 }]);
  });

  it('measures a fragment once, and counts it where it is spread deeper (then exactly)', () => {
    const query = `
      { districts { ...B } ... on Query { ... on Query { districts { ...B } } } }
      fragment B on District { ... on District { id } }`;
    expect(checkOnly('maxFragmentNesting', 4, query)).toEqual([]);
    expect(extensionsOf(checkOnly('maxFragmentNesting', 3, query))).toEqual([{ code: 'BAD_USER_INPUT', reason: 'too_costly', limit: 'fragmentNesting', max: 3, actual: 4 }]);
  });

  it('does not count the type condition the gateway puts in every `_entities` fetch', () => {
    const fetch = (n: number) =>
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on District { ${'... on District { '.repeat(n)}id${' }'.repeat(n)} } } }`;
    expect(check(fetch(30), {}, subgraphSchema)).toEqual([]);
    expect(extensionsOf(check(fetch(31), {}, subgraphSchema))).toMatchObject([{ limit: 'fragmentNesting', max: 30 }]);
  });
});

describe('fragment cycles', () => {
  it('are reported by graphql’s own rule while the limit rules finish', () => {
    const query = `
      { districts { ...A } }
      fragment A on District { neighbours { ...B } }
      fragment B on District { neighbours { ...A } }
      fragment Self on District { id ...Self }`;
    const errors = check(query);
    expect(errors.some((e) => e.message.startsWith('Cannot spread fragment "A" within itself via "B"'))).toBe(true);
    expect(errors.some((e) => e.message.startsWith('Cannot spread fragment "Self" within itself'))).toBe(true);
    expect(errors.filter((e) => e.extensions['code'] === 'BAD_USER_INPUT')).toEqual([]);
  });
});

describe('parseWithLimits', () => {
  it('parses a document within the token limit', () => {
    expect(parseWithLimits('{ districts { id name } }', DEFAULT_LIMITS).definitions).toHaveLength(1);
  });

  it('refuses a token bomb before building its AST', () => {
    const bomb = `{ ${'__typename '.repeat(5000)}}`;
    let thrown: unknown;
    try {
      parseWithLimits(bomb, DEFAULT_LIMITS);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(GraphQLError);
    const error = thrown as GraphQLError;
    expect(error.message).toBe('Query is too large: more than 2000 tokens, at most 2000 are allowed');
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'too_costly', limit: 'tokens', max: 2000 });
    expect(error.locations).toHaveLength(1);
  });

  it('leaves other syntax errors as graphql reports them', () => {
    expect(() => parseWithLimits('{ districts { id ', DEFAULT_LIMITS)).toThrow(/^Syntax Error: Expected Name, found <EOF>/);
  });
});
