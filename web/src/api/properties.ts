import type { OwnPropertiesQuery } from '../gql/graphql';
import { graphql } from '../gql';
import { request, type RequestOptions } from './client';

export const ownPropertiesQuery = graphql(`
  query OwnProperties($owner: ID!, $from: DateTime!) {
    properties(ownerId: $owner) {
      id
      name
      approximate
      geometry
      incidents(from: $from) {
        id
        occurredAt
        category
      }
      measures {
        id
        title
        kind
        status
      }
    }
  }
`);

export type OwnProperty = NonNullable<OwnPropertiesQuery['properties']>[number];

/** An owner's properties with what was reported on them since `from` and the measures there. */
export async function fetchOwnProperties(owner: string, from: Date, options: RequestOptions): Promise<OwnProperty[]> {
  return (await request(ownPropertiesQuery, { owner, from: from.toISOString() }, options)).properties ?? [];
}
