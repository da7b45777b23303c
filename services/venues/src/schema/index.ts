import type { GraphQLSchema } from 'graphql';
import { builder } from './builder.js';
import './venue.js';
import './supervision.js';
import './venue-writes.js';
import './district.js';

let schema: GraphQLSchema | undefined;

export function buildSchema(): GraphQLSchema {
  schema ??= builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
  return schema;
}
