import { graphql } from '../gql';

/** Everything the map and the side panel show about the districts, incidents counted in [from, to). */
export const districtsQuery = graphql(`
  query Districts($from: DateTime, $to: DateTime) {
    districts {
      id
      name
      code
      priority
      approximate
      source
      geometry
      labelPoint
      areaKm2
      incidentCount(from: $from, to: $to)
      venues { id }
      measures { id }
    }
  }
`);
