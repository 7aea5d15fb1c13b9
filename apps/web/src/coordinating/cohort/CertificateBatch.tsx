import { Button, Card, Group, List, Progress, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorNote } from '@/components/ui';
import { graphql } from '@/gql';
import type { ManageCohortQuery } from '@/gql/graphql';
import { request } from '@/lib/api';

const ARCHIVE_URL = graphql(`
  query PdfArchiveUrl($id: ID!) {
    cohort(id: $id) {
      certificateBatch {
        pdfArchiveUrl
      }
    }
  }
`);

type Batch = NonNullable<ManageCohortQuery['cohort']['certificateBatch']>;

const SECTIONS = [
  { part: 'issued', color: 'green.9' },
  { part: 'ineligible', color: 'gray.6' },
  { part: 'failed', color: 'red.9' },
] as const;

/** How far issuing the cohort's certificates has got: issued, not eligible, failed (with why); all the PDFs as one ZIP. */
export function CertificateBatch({ cohortId, batch }: { cohortId: string; batch: Batch }) {
  const { t } = useTranslation();
  const download = useMutation({
    mutationFn: () => request(ARCHIVE_URL, { id: cohortId }),
    // A link valid for five minutes, asked for when clicked: the browser downloads it like any file.
    onSuccess: ({ cohort }) => {
      const url = cohort.certificateBatch?.pdfArchiveUrl;
      if (url) window.location.assign(url);
    },
  });
  const done = batch.issued + batch.ineligible + batch.failed;
  const percent = batch.total === 0 ? 100 : Math.round((100 * done) / batch.total);
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} fz="lg">
            {t('batch.title')}
          </Title>
          <Text fw={700} role="status">
            {t(`batchStatus.${batch.status}`)} · {percent}%
          </Text>
        </Group>
        <Progress.Root size="xl">
          {SECTIONS.map(({ part, color }) => (
            <Progress.Section
              key={part}
              value={(100 * batch[part]) / Math.max(batch.total, 1)}
              color={color}
              aria-label={t(`batch.${part}`)}
            />
          ))}
        </Progress.Root>
        <Text>{t('batch.counts', { issued: batch.issued, ineligible: batch.ineligible, failed: batch.failed, total: batch.total })}</Text>
        {batch.issued > 0 && (
          <Group>
            <Button variant="default" onClick={() => download.mutate()} loading={download.isPending}>
              {t('batch.downloadPdfs')}
            </Button>
          </Group>
        )}
        {download.error && <ErrorNote error={download.error} />}
        {batch.errors.length > 0 && (
          <List fz="sm" c="red.9">
            {batch.errors.map((error) => (
              <List.Item key={error}>{error}</List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Card>
  );
}
