import { Anchor, Badge, Button, Card, CopyButton, Group, Stack, Text } from '@mantine/core';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Loaded, Page, useGql } from '@/components/ui';
import { graphql } from '@/gql';
import { calendarDate, percent, score } from '@/lib/format';

const CERTIFICATES = graphql(`
  query MyCertificates {
    myCertificates(first: 50) {
      id
      status
      holderName
      curriculumTitle
      cohortName
      hubName
      issuedAt
      finalScore
      attendanceRate
      verificationCode
      verifyUrl
      pdfUrl
      credentialUrl
    }
  }
`);

export const Route = createFileRoute('/_app/certificates')({ component: MyCertificates });

// The instant is written in its hub's zone (see the api's DateTime), so its first ten characters are the hub's date.
/** LinkedIn's "add a certification" form, filled in (it opens on LinkedIn; nothing is loaded from there here). */
function linkedInUrl(certificate: {
  curriculumTitle: string;
  hubName: string;
  issuedAt: string;
  verificationCode: string;
  verifyUrl: string;
}) {
  const issued = new Date(certificate.issuedAt);
  const params = new URLSearchParams({
    startTask: 'CERTIFICATION_NAME',
    name: certificate.curriculumTitle,
    organizationName: certificate.hubName,
    issueYear: String(issued.getUTCFullYear()),
    issueMonth: String(issued.getUTCMonth() + 1),
    certUrl: certificate.verifyUrl,
    certId: certificate.verificationCode,
  });
  return `https://www.linkedin.com/profile/add?${params}`;
}

function MyCertificates() {
  const { t, i18n } = useTranslation();
  const query = useGql(['certificates'], CERTIFICATES, {});
  return (
    <Page title={t('certificates.title')}>
      <Loaded query={query}>
        {({ myCertificates }) => (
          <Stack>
            {myCertificates.length === 0 && <Text c="dimmed">{t('certificates.none')}</Text>}
            {myCertificates.map((certificate) => (
              <Card key={certificate.id} withBorder>
                <Stack gap="xs">
                  <Group justify="space-between" wrap="nowrap">
                    <Text fw={700}>{certificate.curriculumTitle}</Text>
                    <Badge color={certificate.status === 'VALID' ? 'teal' : 'red'}>{t(`certificateStatus.${certificate.status}`)}</Badge>
                  </Group>
                  <Text fz="sm">
                    {certificate.cohortName} · {certificate.hubName}
                  </Text>
                  <Text fz="sm">
                    {t('certificates.issued', { when: calendarDate(certificate.issuedAt.slice(0, 10), i18n.language) })} ·{' '}
                    {t('progress.score')} {score(certificate.finalScore, i18n.language)} · {t('progress.attendance')}{' '}
                    {percent(certificate.attendanceRate, i18n.language)}
                  </Text>
                  <Text fz="sm">
                    {t('certificates.code')}: <strong>{certificate.verificationCode}</strong>
                  </Text>
                  <Group gap="sm">
                    <Button component="a" href={certificate.pdfUrl} download>
                      {t('certificates.pdf')}
                    </Button>
                    <CopyButton value={certificate.verifyUrl}>
                      {({ copied, copy }) => (
                        <Button variant="default" onClick={copy}>
                          {copied ? t('common.copied') : t('certificates.copyLink')}
                        </Button>
                      )}
                    </CopyButton>
                  </Group>
                  <Group gap="md">
                    <Anchor href={certificate.credentialUrl} download={`${certificate.verificationCode}.json`}>
                      {t('certificates.credential')}
                    </Anchor>
                    <Anchor href={linkedInUrl(certificate)} target="_blank" rel="noopener noreferrer">
                      {t('certificates.linkedIn')}
                    </Anchor>
                    <Anchor href={certificate.verifyUrl} target="_blank" rel="noopener noreferrer">
                      {t('certificates.verifyPage')}
                    </Anchor>
                  </Group>
                </Stack>
              </Card>
            ))}
          </Stack>
        )}
      </Loaded>
    </Page>
  );
}
