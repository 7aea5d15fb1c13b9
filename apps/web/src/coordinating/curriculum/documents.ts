import { useChange } from '@/components/ui';
import { graphql } from '@/gql';

export const EDITOR = graphql(`
  query CurriculumEditor($id: ID!) {
    curriculum(id: $id) {
      id
      title
      description
      version
      status
      completionRule {
        minAttendanceRate
        minFinalScore
        requireAllAssignments
      }
      modules {
        id
        title
        lessons {
          id
          title
          durationMinutes
        }
        assignments {
          id
          title
          weight
          passingScore
        }
      }
    }
  }
`);

export const MOVE = graphql(`
  mutation MoveCurriculumItem($item: CurriculumItem!, $id: ID!, $position: Int!) {
    moveCurriculumItem(item: $item, id: $id, position: $position) {
      id
    }
  }
`);

export const REMOVE = graphql(`
  mutation RemoveCurriculumItem($item: CurriculumItem!, $id: ID!) {
    removeCurriculumItem(item: $item, id: $id) {
      id
    }
  }
`);

/** A change to the draft open in the editor: on success the editor reads the draft again. */
export const useDraftEdit = <TArgs>(curriculumId: string, edit: (args: TArgs) => Promise<unknown>, onDone?: () => void) =>
  useChange([['curriculum-editor', curriculumId]], edit, onDone);
