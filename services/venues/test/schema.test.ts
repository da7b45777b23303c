import { printSubgraphSchema } from '@apollo/subgraph';
import { expect, it } from 'vitest';
import { venuesService } from '../src/index.js';

// A schema change shows up in review as a change of this file.
it('prints the venues subgraph SDL', async () => {
  await expect(printSubgraphSchema(venuesService.schema())).toMatchFileSnapshot('./__snapshots__/venues.graphql');
});
