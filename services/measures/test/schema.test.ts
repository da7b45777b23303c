import { printSubgraphSchema } from '@apollo/subgraph';
import { expect, it } from 'vitest';
import { measuresService } from '../src/index.js';

// A schema change shows up in review as a change of this file.
it('prints the measures subgraph SDL', async () => {
  await expect(printSubgraphSchema(measuresService.schema())).toMatchFileSnapshot('./__snapshots__/measures.graphql');
});
