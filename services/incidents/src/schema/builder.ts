import { createSubgraphBuilder } from '@tk/gis';
import type { IncidentsContext } from '../context.js';

export const builder = createSubgraphBuilder<IncidentsContext>();
