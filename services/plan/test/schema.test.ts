import { printSubgraphSchema } from '@apollo/subgraph';
import { expect, it } from 'vitest';
import { planService } from '../src/index.js';

// A schema change shows up in review as a change of this file.
it('prints the plan subgraph SDL', async () => {
  await expect(printSubgraphSchema(planService.schema())).toMatchFileSnapshot('./__snapshots__/plan.graphql');
});
