import { createSubgraphBuilder } from '@tk/gis';
import type { VenuesContext } from '../context.js';

export const builder = createSubgraphBuilder<VenuesContext>();
