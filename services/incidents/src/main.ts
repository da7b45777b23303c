import { runSubgraph } from '@tk/gis';
import { incidentsService } from './index.js';

await runSubgraph(incidentsService);
