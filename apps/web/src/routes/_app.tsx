import { Box, Container, Group, Indicator, Text } from '@mantine/core';
import { Link, Outlet, createFileRoute, redirect, useLocation, useMatches, useNavigate } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/links';
import { AwardIcon, BellIcon, BookIcon, BuildingIcon, CalendarIcon, CheckInIcon, HomeIcon, PersonIcon } from '@/components/icons';
import { PrivacyGate } from '@/components/PrivacyNotice';
import { loadMe } from '@/lib/me';
import { useUnreadCount } from '@/lib/notifications';
import { session, useLoginLost, useMe } from '@/lib/session';

/** Everything behind a login: a link from an email or a QR code comes back here after logging in. */
export const Route = createFileRoute('/_app')({
  beforeLoad: ({ location }) => {
    if (!session.hasLogin()) throw redirect({ to: '/login', search: { redirect: location.href } });
  },
  // A loader, not beforeLoad: it runs beside the screen's own loader, so both queries share one refresh and one round trip.
  loader: async ({ location }) => {
    try {
      await loadMe();
    } catch {
      session.end('lost');
      throw redirect({ to: '/login', search: { redirect: location.href } });
    }
  },
  component: Shell,
});

const HOME = { to: '/', key: 'nav.home', Icon: HomeIcon } as const;
const ACCOUNT = { to: '/account', key: 'nav.account', Icon: PersonIcon } as const;
const HUB_TABS = [
  { to: '/hub/people', key: 'nav.people', Icon: PersonIcon },
  { to: '/hub/curricula', key: 'nav.curricula', Icon: BookIcon },
  { to: '/hub/schedule', key: 'nav.schedule', Icon: CalendarIcon },
] as const;

const TABS = {
  TRAINEE: [
    HOME,
    { to: '/schedule', key: 'nav.schedule', Icon: CalendarIcon },
    { to: '/check-in', key: 'nav.checkIn', Icon: CheckInIcon },
    { to: '/certificates', key: 'nav.certificates', Icon: AwardIcon },
    ACCOUNT,
  ],
  MENTOR: [
    HOME,
    { to: '/schedule', key: 'nav.schedule', Icon: CalendarIcon },
    { to: '/teach/office-hours', key: 'nav.officeHours', Icon: CheckInIcon },
    { to: '/teach/profile', key: 'nav.mentorProfile', Icon: AwardIcon },
    ACCOUNT,
  ],
  COORDINATOR: [HOME, ...HUB_TABS, ACCOUNT],
  // An admin chooses the hub the hub tabs work in.
  ADMIN: [HOME, { to: '/admin/hubs', key: 'nav.hubs', Icon: BuildingIcon }, ...HUB_TABS, ACCOUNT],
} as const;

declare module '@tanstack/react-router' {
  interface StaticDataRouteOption {
    /** The screen fills the window without the app's header and tabs (the room screen). */
    bare?: boolean;
  }
}

function Shell() {
  const { t } = useTranslation();
  const me = useMe();
  const lost = useLoginLost();
  const navigate = useNavigate();
  const { href } = useLocation();
  // Logged out elsewhere or password changed: to the login, and back here after it.
  useEffect(() => {
    if (lost) void navigate({ to: '/login', search: { redirect: href }, replace: true });
  }, [lost, href, navigate]);
  const bare = useMatches({ select: (matches) => matches.some((match) => match.staticData.bare) });
  const tabs = TABS[me?.role ?? 'TRAINEE'];
  if (me?.privacyNoticeAccepted === false && me.privacyNoticeVersion) return <PrivacyGate version={me.privacyNoticeVersion} />;
  if (bare) return <Outlet />;
  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <Box component="header" bg="brand.9" c="white" py="sm">
        <Container size="md" px="md">
          <Group justify="space-between" wrap="nowrap">
            <AnchorLink to="/" c="white" fw={800} fz="lg" underline="never">
              Sanggar
            </AnchorLink>
            <Group component="nav" className="top-nav" gap="md" aria-label={t('nav.label')}>
              {tabs.map(({ to, key }) => (
                <AnchorLink key={to} to={to} c="white" activeOptions={{ exact: to === '/' }}>
                  {t(key)}
                </AnchorLink>
              ))}
            </Group>
            <Group gap="sm" wrap="nowrap">
              <Bell />
              <Text fz="sm" c="white" truncate maw={140}>
                {me?.fullName}
              </Text>
            </Group>
          </Group>
        </Container>
      </Box>
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
      <nav className="bottom-bar" aria-label={t('nav.label')} style={{ gridTemplateColumns: `repeat(${tabs.length}, 1fr)` }}>
        {tabs.map(({ to, key, Icon }) => (
          <Link key={to} to={to} activeOptions={{ exact: to === '/' }}>
            <Icon />
            {t(key)}
          </Link>
        ))}
      </nav>
    </>
  );
}

/** The bell: my notifications, with how many are unread on it. */
function Bell() {
  const { t } = useTranslation();
  const unread = useUnreadCount();
  return (
    <AnchorLink to="/notifications" c="white" className="bell" aria-label={t('notifications.bell', { count: unread.count })}>
      <Indicator label={unread.label} size={18} color="red.8" disabled={unread.count === 0} offset={3}>
        <BellIcon />
      </Indicator>
    </AnchorLink>
  );
}
