import type { GraphQLSchema } from 'graphql';
import { builder } from './builder.js';
import './district.js';
import './property.js';
import './plan.js';
import './follow-up.js';
import './reference.js';

let schema: GraphQLSchema | undefined;

export function buildSchema(): GraphQLSchema {
  schema ??= builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
  return schema;
}
