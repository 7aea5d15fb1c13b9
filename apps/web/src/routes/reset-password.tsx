import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AuthCard } from '@/components/AuthCard';
import { SetPassword } from '@/components/SetPassword';

export const Route = createFileRoute('/reset-password')({
  validateSearch: (search: Record<string, unknown>) => ({ token: typeof search.token === 'string' ? search.token : '' }),
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
