import { graphql } from '../gql';

/** What a trainee and a grader both read of an assignment: the brief and its rubric. Spread as `...AssignmentBrief`. */
export const ASSIGNMENT_BRIEF = graphql(`
  fragment AssignmentBrief on Assignment {
    id
    title
    instructions
    passingScore
    rubric {
      id
      title
      maxPoints
      levels {
        title
        points
        description
      }
    }
  }
`);
