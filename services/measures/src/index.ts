import type { SubgraphService } from '@tk/gis';
import { fileURLToPath } from 'node:url';
import { createContext, type MeasuresContext } from './context.js';
import { loadDemoMeasures } from './demo.js';
import { loadDemoPresence } from './presence/demo.js';
import { buildSchema } from './schema/index.js';

export const measuresService: SubgraphService<MeasuresContext> = {
  name: 'measures',
  migrationsDir: fileURLToPath(new URL('../migrations', import.meta.url)),
  schema: buildSchema,
  context: createContext,
  loadDemoData: async (db, now) => [await loadDemoMeasures(db, now), await loadDemoPresence(db, now)].filter(Boolean).join('; ') || null,
};
