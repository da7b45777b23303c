import type { GraphQLSchema } from 'graphql';
import { builder } from './builder.js';
import './incident.js';
import './incident-writes.js';
import './hotspots.js';
import './situation.js';
import './property.js';
import './imports.js';
import './district.js';
import './venue.js';
import './measure.js';

let schema: GraphQLSchema | undefined;

export function buildSchema(): GraphQLSchema {
  schema ??= builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
  return schema;
}
