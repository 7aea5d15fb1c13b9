import { Badge, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { createFileRoute, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/links';
import { ErrorNote, Form, Loaded, Page, useGql } from '@/components/ui';
import { graphql } from '@/gql';
import { request } from '@/lib/api';
import { fieldError } from '@/lib/forms';
import { homeHub } from '@/lib/me';
import { useMe } from '@/lib/session';

const CURRICULA = graphql(`
  query HubCurricula($hubId: ID!) {
    curricula(hubId: $hubId, first: 200) {
      id
      title
      version
      status
    }
  }
`);

const CREATE = graphql(`
  mutation CreateCurriculum($input: CreateCurriculumInput!) {
    createCurriculum(input: $input) {
      id
    }
  }
`);

/** A new curriculum starts with the rule most hubs use; its editor changes it. */
const USUAL_RULE = { minAttendanceRate: 0.8, minFinalScore: 70, requireAllAssignments: true };

export const Route = createFileRoute('/_app/hub/curricula/')({ component: Curricula });

/** The hub's curricula, every version (drafts first to finish), and a new one started by its title. */
function Curricula() {
  const { t } = useTranslation();
  const hub = homeHub(useMe());
  const query = useGql(['curricula', hub?.id], CURRICULA, { hubId: hub?.id ?? '' }, { enabled: !!hub });
  return (
    <Page title={t('curricula.title')}>
      <NewCurriculum hubId={hub?.id ?? ''} />
      <Loaded query={query}>
        {({ curricula }) => (
          <Stack gap="xs">
            {curricula.length === 0 && <Text>{t('curricula.none')}</Text>}
            {curricula.map((curriculum) => (
              <Card key={curriculum.id} withBorder padding="sm">
                <Group justify="space-between" wrap="nowrap">
                  <AnchorLink fw={700} to="/hub/curricula/$curriculumId" params={{ curriculumId: curriculum.id }}>
                    {curriculum.title}
                  </AnchorLink>
                  <Badge variant="light" color={curriculum.status === 'DRAFT' ? 'orange' : 'green'} style={{ flexShrink: 0 }}>
                    {t(`curriculumStatus.${curriculum.status}`)} · v{curriculum.version}
                  </Badge>
                </Group>
              </Card>
            ))}
          </Stack>
        )}
      </Loaded>
    </Page>
  );
}

function NewCurriculum({ hubId }: { hubId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const create = useMutation({
    mutationFn: () => request(CREATE, { input: { hubId, title, completionRule: USUAL_RULE } }),
    onSuccess: ({ createCurriculum }) =>
      void navigate({ to: '/hub/curricula/$curriculumId', params: { curriculumId: createCurriculum.id } }),
  });
  return (
    <Card withBorder>
      <Form onSubmit={() => create.mutate()}>
        <Stack gap="sm">
          <Title order={2} fz="lg">
            {t('curricula.new')}
          </Title>
          <TextInput
            label={t('curricula.newTitle')}
            required
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={fieldError(create.error, 'title')}
          />
          <ErrorNote error={fieldError(create.error, 'title') ? null : create.error} />
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('curricula.create')}
            </Button>
          </Group>
        </Stack>
      </Form>
    </Card>
  );
}
