import { Loader, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { createFileRoute, useNavigate } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/links';
import { AuthCard } from '@/components/AuthCard';
import { ErrorNote } from '@/components/ui';
import { graphql } from '@/gql';
import { request } from '@/lib/api';
import { loadMe } from '@/lib/me';
import { session } from '@/lib/session';
import { tokenSearch } from '@/lib/forms';

const VERIFY = graphql(`
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token) {
      accessToken
      refreshToken
    }
  }
`);

export const Route = createFileRoute('/verify-email')({
  validateSearch: tokenSearch,
  component: VerifyEmail,
});

/** The link of the confirmation email: confirms the address, logs in, and goes home. */
function VerifyEmail() {
  const { t } = useTranslation();
  const { token } = Route.useSearch();
  const navigate = useNavigate();
  const verify = useMutation({
    mutationFn: async () => {
      const { verifyEmail } = await request(VERIFY, { token });
      session.start(verifyEmail);
      await loadMe();
    },
    onSuccess: () => navigate({ to: '/' }),
  });
  const { mutate } = verify;
  useEffect(() => mutate(), [mutate]);
  return (
    <AuthCard title={t('verify.title')}>
      {verify.error ? (
        <>
          <ErrorNote error={verify.error} />
          <AnchorLink to="/login">{t('verify.toLogin')}</AnchorLink>
        </>
      ) : (
        <Text>
          <Loader size="sm" mr="sm" aria-hidden />
          {t('verify.working')}
        </Text>
      )}
    </AuthCard>
  );
}
