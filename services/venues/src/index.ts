import type { SubgraphService } from '@tk/gis';
import { fileURLToPath } from 'node:url';
import { createContext, type VenuesContext } from './context.js';
import { loadDemoVenues } from './demo.js';
import { loadDemoSupervision } from './supervision-demo.js';
import { buildSchema } from './schema/index.js';

export const venuesService: SubgraphService<VenuesContext> = {
  name: 'venues',
  migrationsDir: fileURLToPath(new URL('../migrations', import.meta.url)),
  schema: buildSchema,
  context: createContext,
  loadDemoData: async (db, now) => [await loadDemoVenues(db), await loadDemoSupervision(db, now)].filter(Boolean).join('; ') || null,
};
