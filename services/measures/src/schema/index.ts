import type { GraphQLSchema } from 'graphql';
import { builder } from './builder.js';
import './measure.js';
import './measure-writes.js';
import './presence.js';
import './hotspot-coverage.js';
import './situation.js';
import './map-layer.js';
import './district.js';
import './property.js';
import './audit.js';

let schema: GraphQLSchema | undefined;

export function buildSchema(): GraphQLSchema {
  schema ??= builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
  return schema;
}
