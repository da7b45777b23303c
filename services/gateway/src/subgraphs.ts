import { DEFAULT_PORTS, type ServiceName, type SubgraphService } from '@tk/gis';
import { incidentsService } from '@tk/incidents';
import { measuresService } from '@tk/measures';
import { planService } from '@tk/plan';
import { venuesService } from '@tk/venues';

/** Every subgraph of the platform, in the order they are composed and started. */
export const SUBGRAPHS: readonly SubgraphService[] = [planService, incidentsService, venuesService, measuresService];

export const defaultSubgraphUrl = (name: ServiceName) => `http://localhost:${DEFAULT_PORTS[name]}/graphql`;
