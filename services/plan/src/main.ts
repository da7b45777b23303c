import { runSubgraph } from '@tk/gis';
import { planService } from './index.js';

await runSubgraph(planService);
