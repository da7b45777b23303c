import type { SubgraphService } from '@tk/gis';
import { fileURLToPath } from 'node:url';
import { createContext, type IncidentsContext } from './context.js';
import { loadDemoIncidents } from './demo.js';
import { buildSchema } from './schema/index.js';

export const incidentsService: SubgraphService<IncidentsContext> = {
  name: 'incidents',
  migrationsDir: fileURLToPath(new URL('../migrations', import.meta.url)),
  schema: buildSchema,
  context: createContext,
  loadDemoData: loadDemoIncidents,
};
