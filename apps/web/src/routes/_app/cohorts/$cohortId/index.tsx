import { Badge, Card, Group, List, Stack, Tabs, Text, Title, VisuallyHidden } from '@mantine/core';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/links';
import { Loaded, Page, useGql } from '@/components/ui';
import { SessionCard } from '@/components/SessionCard';
import { graphql } from '@/gql';
import { calendarDate, score } from '@/lib/format';

const COHORT = graphql(`
  query CohortPage($id: ID!) {
    cohort(id: $id) {
      id
      name
      startsOn
      endsOn
      hub {
        name
        timezone
      }
      mentors {
        id
        fullName
      }
      curriculum {
        title
        modules(first: 30) {
          id
          title
          lessons(first: 50) {
            id
            title
            durationMinutes
            completedAt(cohortId: $id)
          }
          assignments(first: 10) {
            id
            title
          }
        }
      }
      sessions(first: 200) {
        id
        title
        startsAt
        endsAt
        status
        room {
          name
        }
        attendance(first: 1) {
          status
        }
      }
      enrollments(first: 1) {
        edges {
          node {
            submissions(first: 100) {
              status
              attempt
              assignment {
                id
              }
              grade {
                score
              }
            }
          }
        }
      }
    }
  }
`);

export const Route = createFileRoute('/_app/cohorts/$cohortId/')({ component: CohortPage });

const STATUS_COLOR: Record<string, string> = { PRESENT: 'teal', LATE: 'yellow', EXCUSED: 'blue', ABSENT: 'red' };

function CohortPage() {
  const { t, i18n } = useTranslation();
  const { cohortId } = Route.useParams();
  const query = useGql(['cohort', cohortId], COHORT, { id: cohortId });
  return (
    <Loaded query={query}>
      {({ cohort }) => {
        const zone = cohort.hub.timezone;
        const submissions = cohort.enrollments.edges[0]?.node.submissions ?? [];
        const latest = new Map(submissions.map((submission) => [submission.assignment.id, submission]));
        return (
          <Page title={cohort.name}>
            <Text>
              {cohort.curriculum.title} · {cohort.hub.name} · {calendarDate(cohort.startsOn, i18n.language)} –{' '}
              {calendarDate(cohort.endsOn, i18n.language)}
            </Text>
            <Tabs defaultValue="material" keepMounted={false}>
              <Tabs.List>
                <Tabs.Tab value="material">{t('cohort.material')}</Tabs.Tab>
                <Tabs.Tab value="sessions">{t('cohort.sessions')}</Tabs.Tab>
                <Tabs.Tab value="mentors">{t('cohort.mentors')}</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="material" pt="md">
                <Stack>
                  {cohort.curriculum.modules.map((module) => (
                    <Card key={module.id} withBorder>
                      <Title order={2} fz="lg" mb="xs">
                        {module.title}
                      </Title>
                      <List listStyleType="none" spacing="xs">
                        {module.lessons.map((lesson) => (
                          <List.Item key={lesson.id}>
                            <Group gap="xs" wrap="nowrap">
                              <Text aria-hidden c={lesson.completedAt ? 'green.9' : 'gray.6'}>
                                {lesson.completedAt ? '✓' : '○'}
                              </Text>
                              <AnchorLink to="/cohorts/$cohortId/lessons/$lessonId" params={{ cohortId, lessonId: lesson.id }}>
                                {lesson.title}
                              </AnchorLink>
                              {lesson.completedAt && <VisuallyHidden>{t('lesson.done')}</VisuallyHidden>}
                            </Group>
                          </List.Item>
                        ))}
                        {module.assignments.map((assignment) => {
                          const submission = latest.get(assignment.id);
                          return (
                            <List.Item key={assignment.id}>
                              <Group gap="xs" wrap="wrap">
                                <Text aria-hidden>✎</Text>
                                <AnchorLink
                                  to="/cohorts/$cohortId/assignments/$assignmentId"
                                  params={{ cohortId, assignmentId: assignment.id }}
                                >
                                  {assignment.title}
                                </AnchorLink>
                                <Badge color={submission?.status === 'GRADED' ? 'teal' : submission ? 'yellow' : 'gray'}>
                                  {submission ? t(`submissionStatus.${submission.status}`) : t('submissionStatus.NONE')}
                                  {submission?.grade ? ` · ${score(submission.grade.score, i18n.language)}` : ''}
                                </Badge>
                              </Group>
                            </List.Item>
                          );
                        })}
                      </List>
                    </Card>
                  ))}
                </Stack>
              </Tabs.Panel>
              <Tabs.Panel value="sessions" pt="md">
                <Stack gap="xs">
                  {cohort.sessions.length === 0 && <Text c="dimmed">{t('cohort.noSessions')}</Text>}
                  {cohort.sessions.map((session) => {
                    const mine = session.attendance[0]?.status;
                    return (
                      <SessionCard
                        key={session.id}
                        session={session}
                        zone={zone}
                        where={session.room.name}
                        badge={mine && <Badge color={STATUS_COLOR[mine]}>{t(`attendanceStatus.${mine}`)}</Badge>}
                      />
                    );
                  })}
                </Stack>
              </Tabs.Panel>
              <Tabs.Panel value="mentors" pt="md">
                <List>
                  {cohort.mentors.map((mentor) => (
                    <List.Item key={mentor.id}>{mentor.fullName}</List.Item>
                  ))}
                </List>
              </Tabs.Panel>
            </Tabs>
          </Page>
        );
      }}
    </Loaded>
  );
}
