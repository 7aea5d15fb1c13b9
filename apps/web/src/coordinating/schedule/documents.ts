import { graphql } from '@/gql';

export const HUB_SCHEDULE = graphql(`
  query HubSchedule($hubId: ID!, $from: DateTime!, $to: DateTime!) {
    roomSchedule(hubId: $hubId, from: $from, to: $to) {
      id
      kind
      roomId
      title
      cohortId
      cohortName
      mentorName
      startsAt
      endsAt
    }
    hub(id: $hubId) {
      id
      timezone
      rooms {
        id
        name
        capacity
      }
    }
    cohorts(hubId: $hubId, first: 200) {
      id
      name
      status
      startsOn
      endsOn
      mentors {
        id
        fullName
      }
    }
  }
`);
