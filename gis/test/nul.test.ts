import { ApolloServer } from '@apollo/server';
import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { findNul, holdsNul, nulGuardPlugin } from '../src/nul.js';

describe('holdsNul', () => {
  it('finds a NUL in strings, keys and nested values, and nothing in clean ones', () => {
    expect(holdsNul('a\u0000b')).toBe(true);
    expect(holdsNul({ input: { title: 'Skylt', camera: { hours: ['fre', 'lör\u0000'] } } })).toBe(true);
    expect(holdsNul({ ['ti\u0000tle']: 'x' })).toBe(true);
    expect(holdsNul({ input: { title: 'Skylt\\u0000', n: 0, ok: true, none: null } })).toBe(false);
    expect(holdsNul(undefined)).toBe(false);
  });

  it('names where it is', () => {
    expect(findNul({ input: { camera: { hours: 'x\u0000' } } })).toBe('input.camera.hours');
    expect(findNul({ input: { motivation: { cells: ['1:2', '\u0000'] } } })).toBe('input.motivation.cells');
    expect(findNul('\u0000')).toBe('');
    expect(findNul({ a: 'b' })).toBeNull();
  });

  it('survives hostile depth and cycles', () => {
    let deep: unknown = 'end\u0000';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(holdsNul(deep)).toBe(true);
    const cyclic: Record<string, unknown> = { a: 'x' };
    cyclic.self = cyclic;
    expect(holdsNul(cyclic)).toBe(false);
  });

  it('reads a parsed document\'s string literals, escapes decoded', () => {
    expect(holdsNul(parse('{ district(id: "ryd\\u0000") { id } }'))).toBe(true);
    expect(holdsNul(parse('mutation { save(input: { text: "a", list: ["x", "y\\u0000"] }) }'))).toBe(true);
    expect(holdsNul(parse('{ district(id: "ryd") { id } }'))).toBe(false);
  });
});

type Response = Awaited<ReturnType<ApolloServer['executeOperation']>>;
const errorsOf = (response: Response) => (response.body.kind === 'single' ? response.body.singleResult.errors ?? [] : []);

describe('nulGuardPlugin', () => {
  const schema = buildSchema('type Query { echo(text: String): String }');
  const server = new ApolloServer({
    schema,
    rootValue: { echo: ({ text }: { text: string }) => text },
    plugins: [nulGuardPlugin()],
  });

  it('refuses NUL in a variable or a literal as BAD_USER_INPUT with HTTP 400, and lets the rest through', async () => {
    await server.start();
    try {
      const inVariable = await server.executeOperation({ query: 'query($t: String) { echo(text: $t) }', variables: { t: 'a\u0000' } });
      const inLiteral = await server.executeOperation({ query: '{ echo(text: "a\\u0000") }' });
      const clean = await server.executeOperation({ query: 'query($t: String) { echo(text: $t) }', variables: { t: 'åäö' } });
      for (const response of [inVariable, inLiteral]) {
        expect(response.http.status).toBe(400);
        expect(errorsOf(response)[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(errorsOf(response)[0]?.extensions).not.toHaveProperty('http');
      }
      expect(errorsOf(inVariable)[0]?.extensions?.field).toBe('t');
      expect(clean.body).toMatchObject({ singleResult: { data: { echo: 'åäö' } } });
    } finally {
      await server.stop();
    }
  });
});
