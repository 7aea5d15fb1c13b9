import { Badge, Button, Card, Checkbox, Group, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNote, Loading } from '@/components/ui';
import { graphql } from '@/gql';
import type { CohortProgressQuery, ReportFormat } from '@/gql/graphql';
import { request } from '@/lib/api';
import { percent, score } from '@/lib/format';

const PROGRESS = graphql(`
  query CohortProgress($id: ID!, $after: String) {
    cohort(id: $id) {
      enrollments(first: 100, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            status
            trainee {
              fullName
            }
            progress {
              attendanceRate
              finalScore
              assignmentsPassed
              assignmentsTotal
              eligible
              unmetRequirements
            }
          }
        }
      }
    }
  }
`);

const REPORT_URL = graphql(`
  query ProgressReportUrl($id: ID!, $format: ReportFormat!) {
    cohort(id: $id) {
      progressReportUrl(format: $format)
    }
  }
`);

type Enrollment = CohortProgressQuery['cohort']['enrollments']['edges'][number]['node'];
type SortKey = 'name' | 'attendance' | 'score' | 'passed';

const SORTS: Record<SortKey, (a: Enrollment, b: Enrollment) => number> = {
  name: (a, b) => a.trainee.fullName.localeCompare(b.trainee.fullName),
  attendance: (a, b) => a.progress.attendanceRate - b.progress.attendanceRate,
  score: (a, b) => a.progress.finalScore - b.progress.finalScore,
  passed: (a, b) => a.progress.assignmentsPassed - b.progress.assignmentsPassed,
};

/** Everyone seated, a page of 100 at a time until all are read (a cohort seats at most 2,000). */
async function everyone(id: string): Promise<Enrollment[]> {
  const all: Enrollment[] = [];
  for (let after: string | null = null; ;) {
    const { cohort }: CohortProgressQuery = await request(PROGRESS, { id, after });
    all.push(
      ...cohort.enrollments.edges.map((edge) => edge.node).filter((node) => node.status === 'ENROLLED' || node.status === 'COMPLETED'),
    );
    if (!cohort.enrollments.pageInfo.hasNextPage) return all;
    after = cohort.enrollments.pageInfo.endCursor;
  }
}

/** The cohort's progress as a table to sort and filter, and the report to download (XLSX for Excel, CSV). */
export function ProgressReport({ cohortId }: { cohortId: string }) {
  const { t, i18n } = useTranslation();
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'name', descending: false });
  const [onlyNotEligible, setOnlyNotEligible] = useState(false);
  const query = useQuery({ queryKey: ['cohort-roster', cohortId, 'progress'], queryFn: () => everyone(cohortId) });
  const download = useMutation({
    mutationFn: (format: ReportFormat) => request(REPORT_URL, { id: cohortId, format }),
    // The link carries its own short-lived token: the browser downloads it like any file.
    onSuccess: ({ cohort }) => window.location.assign(cohort.progressReportUrl),
  });
  const rows = [...(query.data ?? [])]
    .filter((row) => !onlyNotEligible || !row.progress.eligible)
    .sort((a, b) => (sort.descending ? -1 : 1) * SORTS[sort.key](a, b));
  const header = (key: SortKey) => (
    <Table.Th aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <UnstyledButton fw={700} fz="sm" onClick={() => setSort({ key, descending: sort.key === key && !sort.descending })}>
        {t(`report.${key}`)} {sort.key === key ? (sort.descending ? '↓' : '↑') : ''}
      </UnstyledButton>
    </Table.Th>
  );
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} fz="lg">
            {t('report.title')}
          </Title>
          <Group gap="xs">
            {(['XLSX', 'CSV'] as const).map((format) => (
              <Button
                key={format}
                variant="default"
                size="sm"
                onClick={() => download.mutate(format)}
                loading={download.isPending && download.variables === format}
              >
                {t('report.download', { format })}
              </Button>
            ))}
          </Group>
        </Group>
        <ErrorNote error={download.error ?? query.error} />
        <Checkbox
          label={t('report.onlyNotEligible')}
          checked={onlyNotEligible}
          onChange={(e) => setOnlyNotEligible(e.currentTarget.checked)}
        />
        {query.isPending ? (
          <Loading />
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  {header('name')}
                  {header('attendance')}
                  {header('score')}
                  {header('passed')}
                  <Table.Th>{t('report.eligible')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.id} data-progress-row>
                    <Table.Td>{row.trainee.fullName}</Table.Td>
                    <Table.Td>{percent(row.progress.attendanceRate, i18n.language)}</Table.Td>
                    <Table.Td>{score(row.progress.finalScore, i18n.language)}</Table.Td>
                    <Table.Td>
                      {row.progress.assignmentsPassed}/{row.progress.assignmentsTotal}
                    </Table.Td>
                    <Table.Td>
                      {row.progress.eligible ? (
                        <Badge variant="light" color="green">
                          {t('roster.eligible')}
                        </Badge>
                      ) : (
                        <Text fz="sm">{row.progress.unmetRequirements.join('; ')}</Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {query.data && rows.length === 0 && <Text c="dimmed">{t('report.none')}</Text>}
      </Stack>
    </Card>
  );
}
