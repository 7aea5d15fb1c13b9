import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AuthCard } from '@/components/AuthCard';
import { SetPassword } from '@/components/SetPassword';
import { tokenSearch } from '@/lib/forms';

export const Route = createFileRoute('/reset-password')({
  validateSearch: tokenSearch,
  component: ResetPassword,
});

function ResetPassword() {
  const { t } = useTranslation();
  const { token } = Route.useSearch();
  return (
    <AuthCard title={t('reset.title')}>
      <SetPassword token={token} submitLabel={t('reset.submit')} />
    </AuthCard>
  );
}
