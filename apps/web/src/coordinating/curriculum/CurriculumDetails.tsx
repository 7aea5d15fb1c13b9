import { Button, Card, Checkbox, Group, List, NumberInput, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNote, Form, Loaded, useGql } from '@/components/ui';
import { graphql } from '@/gql';
import type { CurriculumEditorQuery } from '@/gql/graphql';
import { request } from '@/lib/api';
import { fieldError, formError } from '@/lib/forms';
import { useDraftEdit } from './documents';

type Curriculum = CurriculumEditorQuery['curriculum'];

const UPDATE = graphql(`
  mutation UpdateCurriculum($id: ID!, $input: UpdateCurriculumInput!) {
    updateCurriculum(id: $id, input: $input) {
      id
    }
  }
`);

const CHANGES = graphql(`
  query CurriculumChanges($id: ID!) {
    curriculum(id: $id) {
      changesSincePrevious(first: 200) {
        kind
        item
        title
        moduleTitle
        fields
      }
    }
  }
`);

const FIELDS = ['title', 'description', 'completionRule'];

/** Title, description and what a trainee must reach for the certificate; editable while a draft. */
export function CurriculumDetails({ curriculum }: { curriculum: Curriculum }) {
  const { t } = useTranslation();
  const rule = curriculum.completionRule;
  const [fields, setFields] = useState({
    title: curriculum.title,
    description: curriculum.description ?? '',
    attendancePercent: Math.round(rule.minAttendanceRate * 100) as number | '',
    minFinalScore: rule.minFinalScore as number | '',
    requireAllAssignments: rule.requireAllAssignments,
  });
  const [saved, setSaved] = useState(false);
  const set = (patch: Partial<typeof fields>) => {
    setSaved(false);
    setFields((current) => ({ ...current, ...patch }));
  };
  const save = useDraftEdit(
    curriculum.id,
    () =>
      request(UPDATE, {
        id: curriculum.id,
        input: {
          title: fields.title,
          description: fields.description.trim() || null,
          completionRule: {
            minAttendanceRate: fields.attendancePercent === '' ? -1 : fields.attendancePercent / 100,
            minFinalScore: fields.minFinalScore === '' ? -1 : fields.minFinalScore,
            requireAllAssignments: fields.requireAllAssignments,
          },
        },
      }),
    () => setSaved(true),
  );
  if (curriculum.status !== 'DRAFT')
    return (
      <Card withBorder>
        <Stack gap="xs">
          {curriculum.description && <Text>{curriculum.description}</Text>}
          <Text>{t('editor.ruleSummary', { attendance: Math.round(rule.minAttendanceRate * 100), score: rule.minFinalScore })}</Text>
          {rule.requireAllAssignments && <Text>{t('editor.requireAll')}</Text>}
        </Stack>
      </Card>
    );
  return (
    <Card withBorder>
      <Form onSubmit={() => save.mutate(undefined)}>
        <Stack gap="sm">
          <Title order={2} fz="lg">
            {t('editor.details')}
          </Title>
          <TextInput
            label={t('editor.title')}
            required
            value={fields.title}
            onChange={(e) => set({ title: e.currentTarget.value })}
            error={fieldError(save.error, 'title')}
          />
          <Textarea
            label={t('editor.description')}
            autosize
            minRows={2}
            value={fields.description}
            onChange={(e) => set({ description: e.currentTarget.value })}
            error={fieldError(save.error, 'description')}
          />
          <Group grow align="flex-start">
            <NumberInput
              label={t('editor.minAttendance')}
              suffix="%"
              min={0}
              max={100}
              value={fields.attendancePercent}
              onChange={(value) => set({ attendancePercent: typeof value === 'number' ? value : '' })}
              error={fieldError(save.error, 'completionRule.minAttendanceRate')}
            />
            <NumberInput
              label={t('editor.minFinalScore')}
              min={0}
              max={100}
              value={fields.minFinalScore}
              onChange={(value) => set({ minFinalScore: typeof value === 'number' ? value : '' })}
              error={fieldError(save.error, 'completionRule.minFinalScore')}
            />
          </Group>
          <Checkbox
            label={t('editor.requireAll')}
            checked={fields.requireAllAssignments}
            onChange={(e) => set({ requireAllAssignments: e.currentTarget.checked })}
          />
          <ErrorNote error={formError(save.error, FIELDS)} />
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
            {saved && (
              <Text role="status" c="green.8">
                {t('editor.saved')}
              </Text>
            )}
          </Group>
        </Stack>
      </Form>
    </Card>
  );
}

/** What this version changed since the one before it, for review before publishing. */
export function CurriculumChanges({ curriculumId, version }: { curriculumId: string; version: number }) {
  const { t } = useTranslation();
  const query = useGql(['curriculum-editor', curriculumId, 'changes'], CHANGES, { id: curriculumId });
  return (
    <Card withBorder>
      <Title order={2} fz="lg" mb="xs">
        {t('editor.changesSince', { version: version - 1 })}
      </Title>
      <Loaded query={query}>
        {({ curriculum: { changesSincePrevious: changes } }) =>
          changes.length === 0 ? (
            <Text>{t('editor.noChanges')}</Text>
          ) : (
            <List spacing={4}>
              {changes.map((change, index) => (
                <List.Item key={index}>
                  <Text span fw={700}>
                    {t(`changeKind.${change.kind}`)}
                  </Text>{' '}
                  {t(`changeItem.${change.item}`)} “{change.title}”{change.moduleTitle && ` (${change.moduleTitle})`}
                  {change.fields.length > 0 && `: ${change.fields.map((field) => t(`changeField.${field}`)).join(', ')}`}
                </List.Item>
              ))}
            </List>
          )
        }
      </Loaded>
    </Card>
  );
}
