import { Button, Card, Group, NumberInput, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNote, Form, Loaded, useGql } from '@/components/ui';
import { graphql } from '@/gql';
import { request } from '@/lib/api';
import { fieldError, formError } from '@/lib/forms';
import { useDraftEdit } from './documents';
import { type Criterion, RubricBuilder } from './RubricBuilder';

const ASSIGNMENT = graphql(`
  query EditedAssignment($curriculumId: ID!, $id: ID!) {
    curriculum(id: $curriculumId) {
      assignment(id: $id) {
        id
        title
        instructions
        weight
        passingScore
        rubric {
          title
          maxPoints
          levels {
            title
            points
            description
          }
        }
      }
    }
  }
`);

const ADD = graphql(`
  mutation AddAssignment($input: AddAssignmentInput!) {
    addAssignment(input: $input) {
      id
    }
  }
`);

const UPDATE = graphql(`
  mutation UpdateAssignment($id: ID!, $input: UpdateAssignmentInput!) {
    updateAssignment(id: $id, input: $input) {
      id
    }
  }
`);

const FIELDS = ['title', 'instructions', 'weight', 'passingScore', 'rubric'];

interface AssignmentFields {
  title: string;
  instructions: string;
  weight: number | '';
  passingScore: number | '';
  rubric: Criterion[];
}

const NEW: AssignmentFields = {
  title: '',
  instructions: '',
  weight: 1,
  passingScore: 60,
  rubric: [{ title: '', maxPoints: 10, levels: [] }],
};

/** Adds an assignment to a module, or edits one, with the rubric it is graded by. */
export function AssignmentForm({
  curriculumId,
  moduleId,
  assignmentId,
  onClose,
}: {
  curriculumId: string;
  moduleId: string;
  assignmentId?: string;
  onClose: () => void;
}) {
  const query = useGql(
    ['edited-assignment', assignmentId],
    ASSIGNMENT,
    { curriculumId, id: assignmentId ?? '' },
    { enabled: !!assignmentId },
  );
  if (!assignmentId) return <AssignmentFields curriculumId={curriculumId} moduleId={moduleId} initial={NEW} onClose={onClose} />;
  return (
    <Loaded query={query}>
      {({ curriculum: { assignment } }) => (
        <AssignmentFields
          curriculumId={curriculumId}
          moduleId={moduleId}
          assignmentId={assignment.id}
          initial={{
            ...assignment,
            instructions: assignment.instructions ?? '',
            rubric: assignment.rubric.map((criterion) => ({
              ...criterion,
              levels: criterion.levels.map((level) => ({ ...level, description: level.description ?? '' })),
            })),
          }}
          onClose={onClose}
        />
      )}
    </Loaded>
  );
}

function AssignmentFields({
  curriculumId,
  moduleId,
  assignmentId,
  initial,
  onClose,
}: {
  curriculumId: string;
  moduleId: string;
  assignmentId?: string;
  initial: AssignmentFields;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [fields, setFields] = useState(initial);
  const set = (patch: Partial<AssignmentFields>) => setFields((current) => ({ ...current, ...patch }));
  const save = useDraftEdit(
    curriculumId,
    () => {
      const input = {
        title: fields.title,
        instructions: fields.instructions.trim() || null,
        weight: fields.weight === '' ? 0 : fields.weight,
        passingScore: fields.passingScore === '' ? -1 : fields.passingScore,
        rubric: fields.rubric.map((criterion) => ({
          title: criterion.title,
          maxPoints: criterion.maxPoints === '' ? 0 : criterion.maxPoints,
          levels: criterion.levels.map((level) => ({
            title: level.title,
            points: level.points === '' ? -1 : level.points,
            description: level.description.trim() || null,
          })),
        })),
      };
      return assignmentId ? request(UPDATE, { id: assignmentId, input }) : request(ADD, { input: { ...input, moduleId } });
    },
    onClose,
  );
  const error = (field: string) => fieldError(save.error, field);
  return (
    <Card withBorder shadow="sm">
      <Form onSubmit={() => save.mutate(undefined)}>
        <Stack gap="sm">
          <TextInput
            label={t('editor.assignmentTitle')}
            required
            value={fields.title}
            onChange={(e) => set({ title: e.currentTarget.value })}
            error={error('title')}
          />
          <Textarea
            label={t('editor.instructions')}
            description={t('editor.markdownHint')}
            autosize
            minRows={3}
            value={fields.instructions}
            onChange={(e) => set({ instructions: e.currentTarget.value })}
            error={error('instructions')}
          />
          <Group grow align="flex-start">
            <NumberInput
              label={t('editor.weight')}
              description={t('editor.weightHint')}
              min={0}
              max={1000}
              value={fields.weight}
              onChange={(value) => set({ weight: typeof value === 'number' ? value : '' })}
              error={error('weight')}
            />
            <NumberInput
              label={t('editor.passingScore')}
              description={t('editor.passingScoreHint')}
              min={0}
              max={100}
              value={fields.passingScore}
              onChange={(value) => set({ passingScore: typeof value === 'number' ? value : '' })}
              error={error('passingScore')}
            />
          </Group>
          <Title order={4} fz="md">
            {t('editor.rubric')}
          </Title>
          <Text fz="sm" c="dimmed">
            {t('editor.rubricHint')}
          </Text>
          <RubricBuilder rubric={fields.rubric} onChange={(rubric) => set({ rubric })} error={error} />
          <ErrorNote error={formError(save.error, FIELDS)} />
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('editor.saveAssignment')}
            </Button>
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </Form>
    </Card>
  );
}
