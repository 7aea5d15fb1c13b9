import { Text } from '@mantine/core';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AuthCard } from '@/components/AuthCard';
import { SetPassword } from '@/components/SetPassword';
import { tokenSearch } from '@/lib/forms';

export const Route = createFileRoute('/invitation')({
  validateSearch: tokenSearch,
  component: Invitation,
});

function Invitation() {
  const { t } = useTranslation();
  const { token } = Route.useSearch();
  return (
    <AuthCard title={t('invitation.title')}>
      <Text>{t('invitation.body')}</Text>
      <SetPassword token={token} submitLabel={t('invitation.submit')} />
    </AuthCard>
  );
}
