import { createSubgraphBuilder } from '@tk/gis';
import type { PlanContext } from '../context.js';

export const builder = createSubgraphBuilder<PlanContext>();
