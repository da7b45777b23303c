import { runSubgraph } from '@tk/gis';
import { venuesService } from './index.js';

await runSubgraph(venuesService);
