import { Button, Card, Group, NumberInput, Stack, Tabs, Textarea, TextInput } from '@mantine/core';
import { Suspense, lazy, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNote, Form, Loaded, Loading, useGql } from '@/components/ui';
import { graphql } from '@/gql';
import { request } from '@/lib/api';
import { fieldError, formError } from '@/lib/forms';
import { useDraftEdit } from './documents';

const LessonBody = lazy(() => import('@/components/LessonBody'));

const LESSON = graphql(`
  query EditedLesson($curriculumId: ID!, $id: ID!) {
    curriculum(id: $curriculumId) {
      lesson(id: $id) {
        id
        title
        content
        videoUrl
        durationMinutes
      }
    }
  }
`);

const ADD = graphql(`
  mutation AddLesson($input: AddLessonInput!) {
    addLesson(input: $input) {
      id
    }
  }
`);

const UPDATE = graphql(`
  mutation UpdateLesson($id: ID!, $input: UpdateLessonInput!) {
    updateLesson(id: $id, input: $input) {
      id
    }
  }
`);

interface LessonFields {
  title: string;
  content: string;
  videoUrl: string;
  durationMinutes: number | '';
}

const FIELDS = ['title', 'content', 'videoUrl', 'durationMinutes'];

/** Adds a lesson to a module, or edits one (its content read when the form opens). */
export function LessonForm({
  curriculumId,
  moduleId,
  lessonId,
  onClose,
}: {
  curriculumId: string;
  moduleId: string;
  lessonId?: string;
  onClose: () => void;
}) {
  const query = useGql(['edited-lesson', lessonId], LESSON, { curriculumId, id: lessonId ?? '' }, { enabled: !!lessonId });
  if (!lessonId) return <LessonFields curriculumId={curriculumId} moduleId={moduleId} onClose={onClose} />;
  return (
    <Loaded query={query}>
      {({ curriculum: { lesson } }) => (
        <LessonFields
          curriculumId={curriculumId}
          moduleId={moduleId}
          lessonId={lesson.id}
          initial={{ ...lesson, videoUrl: lesson.videoUrl ?? '', durationMinutes: lesson.durationMinutes ?? '' }}
          onClose={onClose}
        />
      )}
    </Loaded>
  );
}

function LessonFields({
  curriculumId,
  moduleId,
  lessonId,
  initial = { title: '', content: '', videoUrl: '', durationMinutes: '' },
  onClose,
}: {
  curriculumId: string;
  moduleId: string;
  lessonId?: string;
  initial?: LessonFields;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [fields, setFields] = useState(initial);
  const set = (patch: Partial<LessonFields>) => setFields((current) => ({ ...current, ...patch }));
  const save = useDraftEdit(
    curriculumId,
    () => {
      const input = {
        title: fields.title,
        content: fields.content,
        videoUrl: fields.videoUrl.trim() || null,
        durationMinutes: fields.durationMinutes === '' ? null : fields.durationMinutes,
      };
      return lessonId ? request(UPDATE, { id: lessonId, input }) : request(ADD, { input: { ...input, moduleId } });
    },
    onClose,
  );
  return (
    <Card withBorder shadow="sm">
      <Form onSubmit={() => save.mutate(undefined)}>
        <Stack gap="sm">
          <TextInput
            label={t('editor.lessonTitle')}
            required
            value={fields.title}
            onChange={(e) => set({ title: e.currentTarget.value })}
            error={fieldError(save.error, 'title')}
          />
          <Tabs defaultValue="write">
            <Tabs.List>
              <Tabs.Tab value="write">{t('editor.write')}</Tabs.Tab>
              <Tabs.Tab value="preview">{t('editor.preview')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="write" pt="xs">
              <Textarea
                label={t('editor.content')}
                description={t('editor.markdownHint')}
                required
                autosize
                minRows={8}
                maxRows={24}
                value={fields.content}
                onChange={(e) => set({ content: e.currentTarget.value })}
                error={fieldError(save.error, 'content')}
              />
            </Tabs.Panel>
            <Tabs.Panel value="preview" pt="xs">
              <Card withBorder mih={120}>
                <Suspense fallback={<Loading />}>
                  <LessonBody markdown={fields.content || t('editor.emptyPreview')} />
                </Suspense>
              </Card>
            </Tabs.Panel>
          </Tabs>
          <Group grow align="flex-start">
            <TextInput
              type="url"
              label={t('editor.videoUrl')}
              value={fields.videoUrl}
              onChange={(e) => set({ videoUrl: e.currentTarget.value })}
              error={fieldError(save.error, 'videoUrl')}
            />
            <NumberInput
              label={t('editor.duration')}
              min={1}
              max={1440}
              allowDecimal={false}
              value={fields.durationMinutes}
              onChange={(value) => set({ durationMinutes: typeof value === 'number' ? value : '' })}
              error={fieldError(save.error, 'durationMinutes')}
            />
          </Group>
          <ErrorNote error={formError(save.error, FIELDS)} />
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('editor.saveLesson')}
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
