import { Box, Button, Card, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorNote, Page } from '@/components/ui';
import { graphql } from '@/gql';
import { request } from '@/lib/api';
import { reloadMe } from '@/lib/me';

const ACCEPT = graphql(`
  mutation AcceptPrivacyNotice($version: String!) {
    acceptPrivacyNotice(version: $version) {
      id
    }
  }
`);

/** The notice's sections, in order (their texts are messages: privacy.sections.<key>). */
const SECTIONS = ['collect', 'purpose', 'access', 'retention', 'rights', 'minors', 'security'] as const;

/** The notice itself (texts in messages/*.json), headed from `level`. */
export function PrivacyNoticeText({ version, level = 2 }: { version: string | undefined; level?: 2 | 3 }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      {version && (
        <Text fz="sm" c="dimmed">
          {t('privacy.version', { version })}
        </Text>
      )}
      <Text>{t('privacy.intro')}</Text>
      {SECTIONS.map((section) => (
        <Stack gap={4} key={section}>
          <Title order={level} fz="md">
            {t(`privacy.sections.${section}.title`)}
          </Title>
          <Text>{t(`privacy.sections.${section}.body`)}</Text>
        </Stack>
      ))}
    </Stack>
  );
}

/** Shown instead of any screen until the person accepts the current notice (at first login, and after it changes). */
export function PrivacyGate({ version }: { version: string }) {
  const { t } = useTranslation();
  const accept = useMutation({ mutationFn: () => request(ACCEPT, { version }), onSuccess: () => reloadMe() });
  return (
    <Box component="main" id="main">
      <Page title={t('privacy.gateTitle')}>
        <Text>{t('privacy.gateBody')}</Text>
        <Card withBorder>
          <Stack>
            <Title order={2} fz="lg">
              {t('privacy.title')}
            </Title>
            <PrivacyNoticeText version={version} level={3} />
          </Stack>
        </Card>
        <ErrorNote error={accept.error} />
        <Button onClick={() => accept.mutate()} loading={accept.isPending} w="fit-content">
          {t('privacy.acceptButton')}
        </Button>
      </Page>
    </Box>
  );
}
