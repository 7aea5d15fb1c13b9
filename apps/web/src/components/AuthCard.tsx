import { Anchor, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type Lang, switchLanguage } from '@/i18n';

/** The frame of the pages before a login: a title, the form, and the language switch. */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const other: Lang = i18n.language === 'en' ? 'id' : 'en';
  return (
    <Container size={440} px="md" py="xl">
      <Stack>
        <Text fw={800} fz="xl" c="brand.9">
          Sanggar
        </Text>
        <Paper withBorder p="lg" component="main">
          <Stack>
            <Title order={1} fz={26}>
              {title}
            </Title>
            {children}
          </Stack>
        </Paper>
        <Group justify="center">
          <Anchor component="button" type="button" onClick={() => void switchLanguage(other)} lang={other}>
            {t('language.switchTo')}
          </Anchor>
        </Group>
      </Stack>
    </Container>
  );
}
