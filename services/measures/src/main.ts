import { runSubgraph } from '@tk/gis';
import { measuresService } from './index.js';

await runSubgraph(measuresService);
