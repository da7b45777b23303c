import type { SubgraphService } from '@tk/gis';
import { fileURLToPath } from 'node:url';
import { createContext, type PlanContext } from './context.js';
import { loadDemoReference, loadPlanIfEmpty } from './demo.js';
import { buildSchema } from './schema/index.js';

export const planService: SubgraphService<PlanContext> = {
  name: 'plan',
  migrationsDir: fileURLToPath(new URL('../migrations', import.meta.url)),
  schema: buildSchema,
  context: createContext,
  // Not demo data: the plan is the partners' real document, loaded whether or not demo data is.
  loadReferenceData: loadPlanIfEmpty,
  loadDemoData: loadDemoReference,
};
