import { graphql } from '../gql';

/** A page of the hub's member directory: typed search, a role, keyset pages. */
export const MEMBERS = graphql(`
  query Members($hubId: ID!, $search: String, $role: Role, $after: String) {
    members(hubId: $hubId, search: $search, role: $role, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          fullName
          email
          role
          active
        }
      }
    }
  }
`);
