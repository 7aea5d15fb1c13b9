import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/links';
import { ErrorNote, Loaded, Page, useGql } from '@/components/ui';
import { ErasePerson } from '@/admin/ErasePerson';
import { GuardianConsent } from '@/coordinating/GuardianConsent';
import { MemberName } from '@/coordinating/MemberName';
import { graphql } from '@/gql';
import { request } from '@/lib/api';
import { useMe } from '@/lib/session';

const PERSON = graphql(`
  query PersonPage($id: ID!) {
    person(id: $id) {
      id
      fullName
      email
      role
      active
      erased
      birthYear
      needsGuardianConsent
      guardianConsent {
        guardianName
        consentedOn
      }
      enrollments {
        id
        status
        cohort {
          id
          name
        }
        certificate {
          id
          status
          holderName
          pdfUrl
        }
      }
    }
  }
`);

const DEACTIVATE = graphql(`
  mutation DeactivatePerson($id: ID!) {
    deactivateUser(id: $id) {
      id
    }
  }
`);

const REACTIVATE = graphql(`
  mutation ReactivatePerson($id: ID!) {
    reactivateUser(id: $id) {
      id
    }
  }
`);

const SET_ACTIVE: Record<'deactivate' | 'reactivate', (id: string) => Promise<unknown>> = {
  deactivate: (id: string) => request(DEACTIVATE, { id }),
  reactivate: (id: string) => request(REACTIVATE, { id }),
};

const REISSUE = graphql(`
  mutation ReissueWithName($id: ID!) {
    reissueCertificate(id: $id) {
      id
    }
  }
`);

export const Route = createFileRoute('/_app/hub/people/$personId')({ component: PersonPage });

/** One member for their coordinator: name (corrected here), contact, access, their cohorts and certificates. */
function PersonPage() {
  const { personId } = Route.useParams();
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const query = useGql(['person', personId], PERSON, { id: personId });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['person', personId] });
  const setActive = useMutation({
    mutationFn: (step: keyof typeof SET_ACTIVE) => SET_ACTIVE[step](personId),
    onSuccess: async () => {
      setConfirming(false);
      await refresh();
    },
  });
  const reissue = useMutation({
    // One at a time: each is its own certificate with its own code and email.
    mutationFn: async (ids: string[]) => {
      for (const id of ids) await request(REISSUE, { id });
    },
    onSuccess: refresh,
  });
  return (
    <Loaded query={query}>
      {({ person }) => {
        const outdated = person.enrollments
          .map((enrollment) => enrollment.certificate)
          .filter((certificate) => certificate?.status === 'VALID' && certificate.holderName !== person.fullName)
          .map((certificate) => certificate!.id);
        return (
          <Page title={person.fullName}>
            <Card withBorder>
              <Stack gap="xs">
                <MemberName id={person.id} fullName={person.fullName} onCorrected={() => void refresh()} />
                <Text style={{ overflowWrap: 'anywhere' }}>{person.email}</Text>
                <Group gap="xs">
                  <Badge variant="light">{t(`roles.${person.role}`)}</Badge>
                  <Badge variant="light" color={person.active ? 'green' : 'red'}>
                    {t(person.active ? 'person.active' : 'person.inactive')}
                  </Badge>
                </Group>
                {person.role !== 'COORDINATOR' &&
                  person.role !== 'ADMIN' &&
                  !person.erased &&
                  (confirming ? (
                    <Alert color="red" title={t('person.deactivateTitle', { name: person.fullName })}>
                      <Stack gap="xs">
                        {t('person.deactivateConfirm')}
                        <Group>
                          <Button color="red" onClick={() => setActive.mutate('deactivate')} loading={setActive.isPending}>
                            {t('person.deactivateYes')}
                          </Button>
                          <Button variant="default" onClick={() => setConfirming(false)}>
                            {t('common.cancel')}
                          </Button>
                        </Group>
                      </Stack>
                    </Alert>
                  ) : (
                    <Group>
                      {person.active ? (
                        <Button variant="default" color="red" onClick={() => setConfirming(true)}>
                          {t('person.deactivate')}
                        </Button>
                      ) : (
                        <Button variant="default" onClick={() => setActive.mutate('reactivate')} loading={setActive.isPending}>
                          {t('person.reactivate')}
                        </Button>
                      )}
                    </Group>
                  ))}
                <ErrorNote error={setActive.error} />
              </Stack>
            </Card>
            <GuardianConsent
              userId={person.id}
              birthYear={person.birthYear}
              needsConsent={person.needsGuardianConsent}
              consent={person.guardianConsent}
              onRecorded={() => void refresh()}
            />
            {outdated.length > 0 && (
              <Alert color="orange" title={t('person.oldNameTitle')}>
                <Stack gap="xs">
                  {t('person.oldName', { count: outdated.length, name: person.fullName })}
                  <Group>
                    <Button onClick={() => reissue.mutate(outdated)} loading={reissue.isPending}>
                      {t('person.reissue', { count: outdated.length })}
                    </Button>
                  </Group>
                  <ErrorNote error={reissue.error} />
                </Stack>
              </Alert>
            )}
            <Card withBorder>
              <Title order={2} fz="lg" mb="xs">
                {t('person.cohorts')}
              </Title>
              {person.enrollments.length === 0 && <Text c="dimmed">{t('person.noCohorts')}</Text>}
              <Stack gap="xs">
                {person.enrollments.map((enrollment) => (
                  <Group key={enrollment.id} justify="space-between" data-person-enrollment>
                    <Stack gap={0}>
                      <AnchorLink fw={700} to="/hub/cohorts/$cohortId" params={{ cohortId: enrollment.cohort.id }}>
                        {enrollment.cohort.name}
                      </AnchorLink>
                      <Text fz="sm">{t(`enrollmentStatus.${enrollment.status}`)}</Text>
                    </Stack>
                    {enrollment.certificate && (
                      <Group gap="xs">
                        <Badge variant="light" color={enrollment.certificate.status === 'VALID' ? 'green' : 'red'}>
                          {t(`certificateStatus.${enrollment.certificate.status}`)}
                        </Badge>
                        <Anchor href={enrollment.certificate.pdfUrl} download fz="sm">
                          {t('person.certificateOf', { name: enrollment.certificate.holderName })}
                        </Anchor>
                      </Group>
                    )}
                  </Group>
                ))}
              </Stack>
            </Card>
            {me?.role === 'ADMIN' && person.role !== 'ADMIN' && !person.erased && person.email && (
              <ErasePerson userId={person.id} email={person.email} onErased={() => void refresh()} />
            )}
            {me?.role === 'ADMIN' && (
              <AnchorLink to="/admin/audit" search={{ person: person.id }}>
                {t('erase.auditLink')}
              </AnchorLink>
            )}
          </Page>
        );
      }}
    </Loaded>
  );
}
