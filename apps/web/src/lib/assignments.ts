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

/** A grade as trainee and grader read it: the score, each criterion's points, feedback, who and when. Spread as `...GradeDetails`. */
export const GRADE_DETAILS = graphql(`
  fragment GradeDetails on Grade {
    score
    feedback
    gradedAt
    gradedBy {
      fullName
    }
    scores {
      points
      criterion {
        id
      }
    }
  }
`);
