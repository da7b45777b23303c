import { readFileSync } from 'node:fs';
import SchemaBuilder from '@pothos/core';
import DirectivesPlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import { describe, expect, it } from 'vitest';
import type { SubgraphService } from '@tk/gis';
import { API_SCHEMA_FILE, composeSupergraph, CompositionError, SUPERGRAPH_FILE } from '../src/compose.js';
import { loadSupergraph } from '../src/supergraph.js';
import { SUBGRAPHS } from '../src/subgraphs.js';

describe('supergraph composition', () => {
  it('the committed supergraph and API schema are what the subgraphs compose to (run `npm run compose` if not)', () => {
    const { supergraphSdl, publicSdl } = composeSupergraph();
    expect(readFileSync(SUPERGRAPH_FILE, 'utf8')).toBe(supergraphSdl);
    expect(readFileSync(API_SCHEMA_FILE, 'utf8')).toBe(publicSdl);
  });

  it('stops with the composer\'s message when subgraphs disagree', () => {
    // A subgraph that declares District.name as an Int, where plan owns it as a String.
    // scopeAuth is required by the types once the scope-auth plugin is loaded anywhere in the program.
    const builder = new SchemaBuilder<{ Context: object }>({ plugins: [DirectivesPlugin, FederationPlugin], scopeAuth: { authScopes: () => ({}) } });
    const District = builder.objectRef<{ id: string; name: number }>('District').implement({
      fields: (t) => ({ id: t.exposeID('id'), name: t.exposeInt('name', { shareable: true }) }),
    });
    builder.asEntity(District, { key: builder.selection<{ id: string }>('id'), resolveReference: () => null });
    builder.queryType({ fields: (t) => ({ rogue: t.string({ resolve: () => '' }) }) });
    const rogue = { name: 'venues', schema: () => builder.toSubGraphSchema({}) } as unknown as SubgraphService;
    const compose = () => composeSupergraph([SUBGRAPHS[0]!, rogue]);
    expect(compose).toThrow(CompositionError);
    expect(compose).toThrow(/District\.name/);
  });

  it('points each subgraph at its configured URL and leaves the others alone', () => {
    const sdl = loadSupergraph({ incidents: 'http://10.0.0.7:9000/graphql' });
    expect(sdl).toContain('@join__graph(name: "incidents", url: "http://10.0.0.7:9000/graphql")');
    expect(sdl).toContain('@join__graph(name: "plan", url: "http://localhost:4101/graphql")');
  });
});
