import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/links';
import { AuthCard } from '@/components/AuthCard';
import { PrivacyNoticeText } from '@/components/PrivacyNotice';
import { useGql } from '@/components/ui';
import { graphql } from '@/gql';

const VERSION = graphql(`
  query PrivacyNoticeVersion {
    privacyNoticeVersion
  }
`);

export const Route = createFileRoute('/privacy')({ component: Privacy });

/** The privacy notice for anyone, logged in or not (linked from sign-up and the account page). */
function Privacy() {
  const { t } = useTranslation();
  const version = useGql(['privacy-notice-version'], VERSION, {});
  return (
    <AuthCard title={t('privacy.title')}>
      <PrivacyNoticeText version={version.data?.privacyNoticeVersion} />
      <AnchorLink to="/">{t('notFound.home')}</AnchorLink>
    </AuthCard>
  );
}
