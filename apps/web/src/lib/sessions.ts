import { graphql } from '../gql';

/** What a list of sessions shows of each (home, schedule, check-in): spread as `...SessionInList`. */
export const SESSION_IN_LIST = graphql(`
  fragment SessionInList on Session {
    id
    title
    startsAt
    endsAt
    status
    room {
      name
    }
    cohort {
      id
      name
      hub {
        timezone
      }
    }
  }
`);

/** One page of a cohort's seated trainees, for a register: spread as `...SeatedPage`. */
export const SEATED_PAGE = graphql(`
  fragment SeatedPage on EnrollmentConnection {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        trainee {
          id
          fullName
        }
      }
    }
  }
`);

/** An office-hour slot in a mentor's list, with who booked it for what. Spread as `...SlotInList`. */
export const SLOT_IN_LIST = graphql(`
  fragment SlotInList on OfficeHourSlot {
    id
    startsAt
    endsAt
    agenda
    bookedBy {
      name
    }
  }
`);
