import { Alert, Card, Group, List, Progress, Stack, Text, Title } from '@mantine/core';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Loaded, Page, useGql } from '@/components/ui';
import { graphql } from '@/gql';
import { percent, score } from '@/lib/format';

const PROGRESS = graphql(`
  query MyProgress {
    myEnrollments(first: 20, status: [ENROLLED, COMPLETED]) {
      id
      status
      cohort {
        id
        name
        curriculum {
          title
          completionRule {
            minAttendanceRate
            minFinalScore
            requireAllAssignments
          }
        }
      }
      progress {
        attendanceRate
        finalScore
        assignmentsPassed
        assignmentsTotal
        lessonsCompleted
        lessonsTotal
        eligible
        unmetRequirements
      }
    }
  }
`);

export const Route = createFileRoute('/_app/progress')({ component: MyProgress });

/** How far each cohort is, and — in plain words with the numbers — why a certificate is not yet due. */
function MyProgress() {
  const { t, i18n } = useTranslation();
  const query = useGql(['progress'], PROGRESS, {});
  return (
    <Page title={t('progress.title')}>
      <Loaded query={query}>
        {({ myEnrollments }) => (
          <Stack>
            {myEnrollments.length === 0 && <Text c="dimmed">{t('home.noCohorts')}</Text>}
            {myEnrollments.map(({ id, cohort, progress }) => {
              const rule = cohort.curriculum.completionRule;
              return (
                <Card key={id} withBorder>
                  <Stack gap="sm">
                    <Title order={2} fz="lg">
                      {cohort.name}
                    </Title>
                    <Measure
                      label={t('progress.attendance')}
                      value={percent(progress.attendanceRate, i18n.language)}
                      target={t('progress.atLeast', { value: percent(rule.minAttendanceRate, i18n.language) })}
                      ratio={progress.attendanceRate}
                    />
                    <Measure
                      label={t('progress.score')}
                      value={score(progress.finalScore, i18n.language)}
                      target={t('progress.atLeast', { value: score(rule.minFinalScore, i18n.language) })}
                      ratio={progress.finalScore / 100}
                    />
                    <Text fz="sm">
                      {t('progress.assignments', { passed: progress.assignmentsPassed, total: progress.assignmentsTotal })} ·{' '}
                      {t('progress.lessons', { done: progress.lessonsCompleted, total: progress.lessonsTotal })}
                    </Text>
                    {progress.eligible ? (
                      <Alert color="green" variant="light" title={t('progress.eligible')}>
                        {t('progress.eligibleBody')}
                      </Alert>
                    ) : (
                      <Alert color="yellow" variant="light" title={t('progress.notYet')}>
                        <List>
                          {progress.unmetRequirements.map((sentence) => (
                            <List.Item key={sentence}>{sentence}</List.Item>
                          ))}
                        </List>
                      </Alert>
                    )}
                  </Stack>
                </Card>
              );
            })}
          </Stack>
        )}
      </Loaded>
    </Page>
  );
}

function Measure({ label, value, target, ratio }: { label: string; value: string; target: string; ratio: number }) {
  return (
    <Stack gap={4}>
      <Group justify="space-between">
        <Text fw={700}>{label}</Text>
        <Text>
          {value}{' '}
          <Text span c="dimmed" fz="sm">
            ({target})
          </Text>
        </Text>
      </Group>
      <Progress value={Math.max(0, Math.min(100, ratio * 100))} aria-label={label} />
    </Stack>
  );
}
