import { printSubgraphSchema } from '@apollo/subgraph';
import { expect, it } from 'vitest';
import { incidentsService } from '../src/index.js';

// A schema change shows up in review as a change of this file.
it('prints the incidents subgraph SDL', async () => {
  await expect(printSubgraphSchema(incidentsService.schema())).toMatchFileSnapshot('./__snapshots__/incidents.graphql');
});
