import { Alert, Badge, Button, Card, Group, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { createFileRoute, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNote, Form, Loaded, Page, useGql } from '@/components/ui';
import { CurriculumChanges, CurriculumDetails } from '@/coordinating/curriculum/CurriculumDetails';
import { EDITOR, useDraftEdit } from '@/coordinating/curriculum/documents';
import { ModuleCard } from '@/coordinating/curriculum/ModuleCard';
import { graphql } from '@/gql';
import { request } from '@/lib/api';
import { fieldError } from '@/lib/forms';

const ADD_MODULE = graphql(`
  mutation AddModule($input: AddModuleInput!) {
    addModule(input: $input) {
      id
    }
  }
`);

const PUBLISH = graphql(`
  mutation PublishCurriculum($id: ID!) {
    publishCurriculum(id: $id) {
      id
    }
  }
`);

const REVISE = graphql(`
  mutation ReviseCurriculum($id: ID!) {
    reviseCurriculum(id: $id) {
      id
    }
  }
`);

export const Route = createFileRoute('/_app/hub/curricula/$curriculumId')({ component: CurriculumEditor });

/** A curriculum: a draft is built and reordered here, then published; a published version is revised into a new draft. */
function CurriculumEditor() {
  const { curriculumId } = Route.useParams();
  const { t } = useTranslation();
  const query = useGql(['curriculum-editor', curriculumId], EDITOR, { id: curriculumId });
  return (
    <Loaded query={query}>
      {({ curriculum }) => {
        const draft = curriculum.status === 'DRAFT';
        return (
          <Page
            title={curriculum.title}
            actions={
              <Group gap="xs">
                <Badge variant="light" color={draft ? 'orange' : 'green'}>
                  {t(`curriculumStatus.${curriculum.status}`)} · {t('editor.version', { version: curriculum.version })}
                </Badge>
              </Group>
            }
          >
            <Lifecycle curriculumId={curriculum.id} draft={draft} />
            {/* Keyed by version: a new draft's form starts from its own values. */}
            <CurriculumDetails key={curriculum.id} curriculum={curriculum} />
            {draft && curriculum.version > 1 && <CurriculumChanges curriculumId={curriculum.id} version={curriculum.version} />}
            {curriculum.modules.map((module, index) => (
              <ModuleCard
                key={module.id}
                curriculumId={curriculum.id}
                module={module}
                position={index + 1}
                count={curriculum.modules.length}
                draft={draft}
              />
            ))}
            {draft && <AddModule curriculumId={curriculum.id} />}
          </Page>
        );
      }}
    </Loaded>
  );
}

/** Publish a draft (cohorts can then use it), or revise a published version into the next draft. */
function Lifecycle({ curriculumId, draft }: { curriculumId: string; draft: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const publish = useDraftEdit(
    curriculumId,
    () => request(PUBLISH, { id: curriculumId }),
    () => setConfirming(false),
  );
  const revise = useMutation({
    mutationFn: () => request(REVISE, { id: curriculumId }),
    onSuccess: ({ reviseCurriculum }) =>
      void navigate({ to: '/hub/curricula/$curriculumId', params: { curriculumId: reviseCurriculum.id } }),
  });
  if (!draft)
    return (
      <Stack gap="xs">
        <Group>
          <Button onClick={() => revise.mutate()} loading={revise.isPending}>
            {t('editor.revise')}
          </Button>
        </Group>
        <ErrorNote error={revise.error} />
      </Stack>
    );
  return (
    <Stack gap="xs">
      {confirming ? (
        <Alert color="orange" title={t('editor.publishConfirmTitle')}>
          <Stack gap="xs">
            {t('editor.publishConfirm')}
            <Group>
              <Button onClick={() => publish.mutate(undefined)} loading={publish.isPending}>
                {t('editor.publishNow')}
              </Button>
              <Button variant="default" onClick={() => setConfirming(false)}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      ) : (
        <Group>
          <Button onClick={() => setConfirming(true)}>{t('editor.publish')}</Button>
        </Group>
      )}
      <ErrorNote error={publish.error} />
    </Stack>
  );
}

function AddModule({ curriculumId }: { curriculumId: string }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const add = useDraftEdit(
    curriculumId,
    () => request(ADD_MODULE, { input: { curriculumId, title } }),
    () => setTitle(''),
  );
  return (
    <Card withBorder>
      <Form onSubmit={() => add.mutate(undefined)}>
        <Group align="flex-end">
          <TextInput
            label={t('editor.newModule')}
            required
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={fieldError(add.error, 'title')}
          />
          <Button type="submit" loading={add.isPending}>
            {t('editor.addModule')}
          </Button>
        </Group>
        <ErrorNote error={fieldError(add.error, 'title') ? null : add.error} />
      </Form>
    </Card>
  );
}
