import { Badge, Card, Group, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink, ButtonLink } from '@/components/links';
import { Loaded, Page, useGql } from '@/components/ui';
import { graphql } from '@/gql';
import { calendarDate } from '@/lib/format';
import { homeHub } from '@/lib/me';
import { useMe } from '@/lib/session';

const HUB_HOME = graphql(`
  query HubHome($hubId: ID!) {
    cohorts(hubId: $hubId, first: 50) {
      id
      name
      status
      capacity
      startsOn
      endsOn
      enrollments(first: 1, status: ENROLLED) {
        totalCount
      }
      gradingQueue {
        waiting
        resubmitted
      }
    }
    pendingMembers(hubId: $hubId, first: 200) {
      id
    }
  }
`);

const SHOWN = ['RUNNING', 'PLANNED'];

/** A coordinator's hub at a glance: the cohorts under way and planned, how full, what waits for grading. */
export function HubHome() {
  const { t, i18n } = useTranslation();
  const hub = homeHub(useMe());
  const query = useGql(['hub-home', hub?.id], HUB_HOME, { hubId: hub?.id ?? '' }, { enabled: !!hub });
  return (
    <Page title={hub?.name ?? ''}>
      <Loaded query={query}>
        {({ cohorts, pendingMembers }) => (
          <Stack gap="lg">
            <Group>
              <ButtonLink to="/hub/people">{t('hubHome.people')}</ButtonLink>
              <ButtonLink to="/hub/cohorts" variant="light">
                {t('hubHome.allCohorts')}
              </ButtonLink>
              <ButtonLink to="/hub/curricula" variant="light">
                {t('hubHome.curricula')}
              </ButtonLink>
              {pendingMembers.length > 0 && <Badge color="orange">{t('hubHome.signUps', { count: pendingMembers.length })}</Badge>}
            </Group>
            <section aria-labelledby="cohorts">
              <Title order={2} fz="lg" id="cohorts" mb="xs">
                {t('hubHome.cohorts')}
              </Title>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                {cohorts
                  .filter((cohort) => SHOWN.includes(cohort.status))
                  .map((cohort) => {
                    const seated = cohort.enrollments.totalCount;
                    const waiting = (cohort.gradingQueue?.waiting ?? 0) + (cohort.gradingQueue?.resubmitted ?? 0);
                    return (
                      <Card key={cohort.id} withBorder>
                        <Stack gap="xs">
                          <Group justify="space-between" wrap="nowrap" align="flex-start">
                            <AnchorLink fw={700} to="/hub/cohorts/$cohortId" params={{ cohortId: cohort.id }}>
                              {cohort.name}
                            </AnchorLink>
                            <Badge variant="light">{t(`cohortStatus.${cohort.status}`)}</Badge>
                          </Group>
                          <Text fz="sm" c="dimmed">
                            {calendarDate(cohort.startsOn, i18n.language)} – {calendarDate(cohort.endsOn, i18n.language)}
                          </Text>
                          <Text fz="sm">{t('manage.fill', { count: seated, capacity: cohort.capacity, waitlisted: 0 })}</Text>
                          <Progress value={(100 * seated) / cohort.capacity} aria-label={t('manage.fillLabel')} />
                          {waiting > 0 && <Text fz="sm">{t('teach.toGrade', { count: waiting })}</Text>}
                        </Stack>
                      </Card>
                    );
                  })}
              </SimpleGrid>
            </section>
          </Stack>
        )}
      </Loaded>
    </Page>
  );
}
