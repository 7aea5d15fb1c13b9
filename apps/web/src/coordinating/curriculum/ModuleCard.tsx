import { Badge, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNote, Form } from '@/components/ui';
import { graphql } from '@/gql';
import type { CurriculumEditorQuery } from '@/gql/graphql';
import { request } from '@/lib/api';
import { fieldError } from '@/lib/forms';
import { AssignmentForm } from './AssignmentForm';
import { useDraftEdit } from './documents';
import { ItemActions } from './ItemActions';
import { LessonForm } from './LessonForm';

type Module = CurriculumEditorQuery['curriculum']['modules'][number];

const RENAME = graphql(`
  mutation UpdateModule($id: ID!, $input: UpdateModuleInput!) {
    updateModule(id: $id, input: $input) {
      id
    }
  }
`);

/** What of this module is open for editing: its title, one lesson or assignment, or a new one. */
type Open = { kind: 'title' } | { kind: 'lesson' | 'assignment'; id?: string } | null;

/** One module of a curriculum: its lessons and assignments in order, each editable while a draft. */
export function ModuleCard({
  curriculumId,
  module,
  position,
  count,
  draft,
}: {
  curriculumId: string;
  module: Module;
  position: number;
  count: number;
  draft: boolean;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const isOpen = (kind: 'lesson' | 'assignment', id?: string) => open?.kind === kind && open.id === id;
  return (
    <Card withBorder component="section" aria-label={module.title}>
      <Stack gap="sm">
        {open?.kind === 'title' ? (
          <ModuleTitle curriculumId={curriculumId} module={module} onClose={close} />
        ) : (
          <Group justify="space-between" align="flex-start">
            <Title order={2} fz="lg">
              {position}. {module.title}
            </Title>
            {draft && (
              <ItemActions
                curriculumId={curriculumId}
                item="MODULE"
                id={module.id}
                title={module.title}
                position={position}
                count={count}
                onEdit={() => setOpen({ kind: 'title' })}
              />
            )}
          </Group>
        )}
        <Stack gap={4}>
          {module.lessons.map((lesson, index) =>
            isOpen('lesson', lesson.id) ? (
              <LessonForm key={lesson.id} curriculumId={curriculumId} moduleId={module.id} lessonId={lesson.id} onClose={close} />
            ) : (
              <Group key={lesson.id} justify="space-between" wrap="wrap" gap={4} data-lesson>
                <Text>
                  <Badge variant="light" mr="xs">
                    {t('editor.lesson')}
                  </Badge>
                  {lesson.title}
                  {lesson.durationMinutes && (
                    <Text span c="dimmed" fz="sm">
                      {' '}
                      · {t('lesson.minutes', { count: lesson.durationMinutes })}
                    </Text>
                  )}
                </Text>
                {draft && (
                  <ItemActions
                    curriculumId={curriculumId}
                    item="LESSON"
                    id={lesson.id}
                    title={lesson.title}
                    position={index + 1}
                    count={module.lessons.length}
                    onEdit={() => setOpen({ kind: 'lesson', id: lesson.id })}
                  />
                )}
              </Group>
            ),
          )}
          {module.assignments.map((assignment, index) =>
            isOpen('assignment', assignment.id) ? (
              <AssignmentForm
                key={assignment.id}
                curriculumId={curriculumId}
                moduleId={module.id}
                assignmentId={assignment.id}
                onClose={close}
              />
            ) : (
              <Group key={assignment.id} justify="space-between" wrap="wrap" gap={4} data-assignment>
                <Text>
                  <Badge variant="light" color="grape" mr="xs">
                    {t('editor.assignment')}
                  </Badge>
                  {assignment.title}
                  <Text span c="dimmed" fz="sm">
                    {' '}
                    · {t('editor.weightAndPass', { weight: assignment.weight, score: assignment.passingScore })}
                  </Text>
                </Text>
                {draft && (
                  <ItemActions
                    curriculumId={curriculumId}
                    item="ASSIGNMENT"
                    id={assignment.id}
                    title={assignment.title}
                    position={index + 1}
                    count={module.assignments.length}
                    onEdit={() => setOpen({ kind: 'assignment', id: assignment.id })}
                  />
                )}
              </Group>
            ),
          )}
          {module.lessons.length + module.assignments.length === 0 && <Text c="dimmed">{t('editor.emptyModule')}</Text>}
        </Stack>
        {isOpen('lesson') && <LessonForm curriculumId={curriculumId} moduleId={module.id} onClose={close} />}
        {isOpen('assignment') && <AssignmentForm curriculumId={curriculumId} moduleId={module.id} onClose={close} />}
        {draft && !open && (
          <Group gap="xs">
            <Button size="xs" variant="light" onClick={() => setOpen({ kind: 'lesson' })}>
              {t('editor.addLesson')}
            </Button>
            <Button size="xs" variant="light" onClick={() => setOpen({ kind: 'assignment' })}>
              {t('editor.addAssignment')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

function ModuleTitle({ curriculumId, module, onClose }: { curriculumId: string; module: Module; onClose: () => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(module.title);
  const rename = useDraftEdit(curriculumId, () => request(RENAME, { id: module.id, input: { title } }), onClose);
  return (
    <Form onSubmit={() => rename.mutate(undefined)}>
      <Group align="flex-end">
        <TextInput
          label={t('editor.moduleTitle')}
          required
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={fieldError(rename.error, 'title')}
        />
        <Button type="submit" loading={rename.isPending}>
          {t('common.save')}
        </Button>
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
      </Group>
      <ErrorNote error={fieldError(rename.error, 'title') ? null : rename.error} />
    </Form>
  );
}
