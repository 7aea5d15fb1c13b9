import { useChange } from '@/components/ui';
import { graphql } from '@/gql';

export const MANAGED_COHORT = graphql(`
  query ManageCohort($id: ID!) {
    cohort(id: $id) {
      id
      name
      status
      capacity
      startsOn
      endsOn
      hub {
        id
      }
      curriculum {
        title
        version
      }
      mentors {
        id
        fullName
      }
      seated: enrollments(first: 100, status: ENROLLED) {
        totalCount
        edges {
          node {
            trainee {
              id
            }
          }
        }
      }
      waitlisted: enrollments(first: 1, status: WAITLISTED) {
        totalCount
      }
      certificateBatch {
        id
        status
        total
        issued
        ineligible
        failed
        errors
      }
    }
  }
`);

/** A change to the cohort open on screen: on success everything shown about it is read again. */
export const useCohortChange = <TArgs>(cohortId: string, change: (args: TArgs) => Promise<unknown>, onDone?: () => void) =>
  useChange(
    [
      ['manage-cohort', cohortId],
      ['cohort-roster', cohortId],
    ],
    change,
    onDone,
  );
