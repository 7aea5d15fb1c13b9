import { Anchor, Badge, Button, Card, Group, Stack, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNote, Form, Loading } from '@/components/ui';
import { graphql } from '@/gql';
import type { BatchStatus, CohortRosterQuery, EnrollmentStatus } from '@/gql/graphql';
import { request } from '@/lib/api';
import { percent } from '@/lib/format';
import { useCohortChange } from './documents';

const ROSTER = graphql(`
  query CohortRoster($id: ID!, $status: EnrollmentStatus, $after: String) {
    cohort(id: $id) {
      enrollments(first: 50, after: $after, status: $status) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            status
            trainee {
              id
              fullName
              email
            }
            progress {
              attendanceRate
              finalScore
              eligible
            }
            certificate {
              id
              status
              verificationCode
              pdfUrl
            }
          }
        }
      }
    }
  }
`);

const WITHDRAW = graphql(`
  mutation WithdrawTrainee($id: ID!) {
    withdrawEnrollment(id: $id) {
      id
    }
  }
`);

const REVOKE = graphql(`
  mutation RevokeCertificate($id: ID!, $reason: String!) {
    revokeCertificate(id: $id, reason: $reason) {
      id
    }
  }
`);

const REISSUE = graphql(`
  mutation ReissueCertificate($id: ID!) {
    reissueCertificate(id: $id) {
      id
    }
  }
`);

type Enrollment = CohortRosterQuery['cohort']['enrollments']['edges'][number]['node'];

/** The tabs of the roster; the waitlist is shown in the order seats are given. */
const SHOWN: EnrollmentStatus[] = ['ENROLLED', 'WAITLISTED', 'COMPLETED', 'WITHDRAWN'];

/** The cohort's people by status, 50 at a time, with what a coordinator does to one of them. */
export function Roster({ cohortId, open, batchStatus }: { cohortId: string; open: boolean; batchStatus?: BatchStatus }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<EnrollmentStatus>(batchStatus ? 'COMPLETED' : 'ENROLLED');
  // Issuing certificates moves trainees from ENROLLED to COMPLETED: read the roster again at each step of the batch.
  useEffect(() => {
    if (batchStatus) void queryClient.invalidateQueries({ queryKey: ['cohort-roster', cohortId] });
  }, [batchStatus, cohortId, queryClient]);
  const query = useInfiniteQuery({
    queryKey: ['cohort-roster', cohortId, status],
    queryFn: ({ pageParam }) => request(ROSTER, { id: cohortId, status, after: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.cohort.enrollments.pageInfo.hasNextPage ? last.cohort.enrollments.pageInfo.endCursor : null),
  });
  const enrollments = query.data?.pages.flatMap((page) => page.cohort.enrollments.edges.map((edge) => edge.node)) ?? [];
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={2} fz="lg">
          {t('manage.roster')}
        </Title>
        <Tabs value={status} onChange={(value) => setStatus(value as EnrollmentStatus)}>
          <Tabs.List>
            {SHOWN.map((shown) => (
              <Tabs.Tab key={shown} value={shown}>
                {t(`enrollmentStatus.${shown}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
        </Tabs>
        {query.data && <Text fz="sm">{t('people.found', { count: query.data.pages[0].cohort.enrollments.totalCount })}</Text>}
        <ErrorNote error={query.error} />
        <Stack gap={0} component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
          {enrollments.map((enrollment, index) => (
            <RosterRow
              key={enrollment.id}
              cohortId={cohortId}
              enrollment={enrollment}
              place={status === 'WAITLISTED' ? index + 1 : null}
              open={open}
            />
          ))}
        </Stack>
        {query.isPending && <Loading />}
        {query.hasNextPage && (
          <Button variant="default" onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
            {t('people.more')}
          </Button>
        )}
      </Stack>
    </Card>
  );
}

function RosterRow({
  cohortId,
  enrollment,
  place,
  open,
}: {
  cohortId: string;
  enrollment: Enrollment;
  place: number | null;
  open: boolean;
}) {
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const withdraw = useCohortChange(cohortId, () => request(WITHDRAW, { id: enrollment.id }));
  const { trainee, progress, certificate } = enrollment;
  const seated = enrollment.status === 'ENROLLED' || enrollment.status === 'COMPLETED';
  return (
    <Group component="li" justify="space-between" py={6} style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }} data-enrollment>
      <Stack gap={0}>
        <Text fw={700}>
          {place && t('roster.place', { place })} {trainee.fullName}
        </Text>
        <Text fz="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {trainee.email}
        </Text>
        {seated && (
          <Text fz="sm">
            {t('roster.progress', { attendance: percent(progress.attendanceRate, i18n.language), score: Math.round(progress.finalScore) })}{' '}
            <Badge size="sm" variant="light" color={progress.eligible ? 'green' : 'gray'}>
              {t(progress.eligible ? 'roster.eligible' : 'roster.notEligible')}
            </Badge>
          </Text>
        )}
      </Stack>
      <Group gap="xs">
        {certificate && <CertificateActions cohortId={cohortId} certificate={certificate} holder={trainee.fullName} />}
        {open &&
          (enrollment.status === 'ENROLLED' || enrollment.status === 'WAITLISTED') &&
          (confirming ? (
            <>
              <Button size="compact-sm" color="red" onClick={() => withdraw.mutate(undefined)} loading={withdraw.isPending}>
                {t('roster.confirmWithdraw', { name: trainee.fullName })}
              </Button>
              <Button size="compact-sm" variant="default" onClick={() => setConfirming(false)}>
                {t('common.cancel')}
              </Button>
            </>
          ) : (
            <Button
              size="compact-sm"
              variant="subtle"
              color="red"
              onClick={() => setConfirming(true)}
              aria-label={t('roster.withdrawOf', { name: trainee.fullName })}
            >
              {t('roster.withdraw')}
            </Button>
          ))}
        <ErrorNote error={withdraw.error} />
      </Group>
    </Group>
  );
}

function CertificateActions({
  cohortId,
  certificate,
  holder,
}: {
  cohortId: string;
  certificate: NonNullable<Enrollment['certificate']>;
  holder: string;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<string | null>(null);
  const revoke = useCohortChange(
    cohortId,
    () => request(REVOKE, { id: certificate.id, reason: reason ?? '' }),
    () => setReason(null),
  );
  const reissue = useCohortChange(cohortId, () => request(REISSUE, { id: certificate.id }));
  return (
    <Stack gap={4} align="flex-end">
      <Group gap="xs">
        <Badge variant="light" color={certificate.status === 'VALID' ? 'green' : 'red'}>
          {t(`certificateStatus.${certificate.status}`)}
        </Badge>
        <Anchor href={certificate.pdfUrl} download fz="sm" aria-label={t('roster.pdfOf', { name: holder })}>
          {t('roster.pdf')}
        </Anchor>
        {certificate.status === 'VALID' && reason === null && (
          <Button
            size="compact-sm"
            variant="subtle"
            color="red"
            onClick={() => setReason('')}
            aria-label={t('roster.revokeOf', { name: holder })}
          >
            {t('roster.revoke')}
          </Button>
        )}
        <Button
          size="compact-sm"
          variant="subtle"
          onClick={() => reissue.mutate(undefined)}
          loading={reissue.isPending}
          aria-label={t('roster.reissueOf', { name: holder })}
        >
          {t('roster.reissue')}
        </Button>
      </Group>
      {reason !== null && (
        <Form onSubmit={() => revoke.mutate(undefined)}>
          <Group gap="xs" align="flex-end">
            <TextInput
              size="sm"
              label={t('roster.revokeReason')}
              required
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
            />
            <Button size="sm" color="red" type="submit" loading={revoke.isPending}>
              {t('roster.confirmRevoke')}
            </Button>
            <Button size="sm" variant="default" onClick={() => setReason(null)}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Form>
      )}
      <ErrorNote error={revoke.error ?? reissue.error} />
    </Stack>
  );
}
