import { Alert, Box, Button, Group, Stack, Text, Title } from '@mantine/core';
import { createFileRoute } from '@tanstack/react-router';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '@/components/links';
import { Loaded, useGql } from '@/components/ui';
import { graphql } from '@/gql';
import { request } from '@/lib/api';

const ROOM_SESSION = graphql(`
  query RoomScreen($id: ID!) {
    session(id: $id) {
      id
      title
      room {
        name
      }
      cohort {
        name
      }
    }
  }
`);

const OPEN = graphql(`
  mutation OpenCheckIn($id: ID!) {
    openCheckIn(sessionId: $id) {
      code
      nextCodeInSeconds
      checkedIn
    }
  }
`);

// A code is still accepted this long after the next one takes over (the api's grace).
const GRACE_MS = 2_000;
const RETRY_MS = 2_000;

export const Route = createFileRoute('/_app/room/$sessionId')({ staticData: { bare: true }, component: RoomScreen });

interface Shown {
  code: string;
  checkedIn: number;
  /** When to ask for the next code, and the last moment this one is surely accepted (both by this device's clock). */
  nextAt: number;
  validUntil: number;
}

/** The room's screen during check-in: a code readable from the back row, its QR, a countdown, who is in. */
function RoomScreen() {
  const { sessionId } = Route.useParams();
  const { t } = useTranslation();
  const session = useGql(['room', sessionId], ROOM_SESSION, { id: sessionId });
  const shown = useRotatingCode(sessionId);
  const [now, setNow] = useState(() => Date.now());
  const [qr, setQr] = useState('');
  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(tick);
  }, []);
  useKeepAwake();
  useEffect(() => {
    if (!shown) return;
    const link = `${window.location.origin}/check-in?session=${sessionId}&code=${shown.code}`;
    void QRCode.toString(link, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then((svg) =>
      setQr(`data:image/svg+xml;base64,${btoa(svg)}`),
    );
  }, [shown, sessionId]);
  // Never a code that may have stopped counting: past its sure validity the screen says it is reconnecting.
  const valid = shown && now < shown.validUntil ? shown : null;
  const secondsLeft = valid ? Math.max(0, Math.ceil((valid.nextAt - now) / 1000)) : 0;

  return (
    <Box className="room-screen" component="main" id="main">
      <Loaded query={session}>
        {({ session: { title, room, cohort } }) => (
          <Stack gap="md" h="100%">
            <Group justify="space-between" align="flex-start">
              <div>
                <Title order={1} fz={{ base: 24, md: 36 }}>
                  {title}
                </Title>
                <Text fz={{ base: 'md', md: 'xl' }}>
                  {room.name} · {cohort.name}
                </Text>
              </div>
              <Group>
                <Button variant="default" onClick={() => void document.documentElement.requestFullscreen?.()}>
                  {t('room.fullScreen')}
                </Button>
                <ButtonLink variant="default" to="/teach/sessions/$sessionId/register" params={{ sessionId }}>
                  {t('teach.register')}
                </ButtonLink>
              </Group>
            </Group>
            {valid ? (
              <div className="room-code-area">
                <div>
                  <Text fz={{ base: 'lg', md: 28 }}>{t('room.instructions', { host: window.location.host })}</Text>
                  <p className="room-code" aria-label={t('room.codeLabel', { code: valid.code.split('').join(' ') })}>
                    {valid.code}
                  </p>
                  <Text fz={{ base: 'lg', md: 28 }} role="timer">
                    {t('room.nextIn', { count: secondsLeft })}
                  </Text>
                </div>
                {qr && <img className="room-qr" src={qr} alt={t('room.qrLabel')} />}
              </div>
            ) : (
              <Alert color="orange" title={t('room.reconnecting')} role="status">
                {t('room.reconnectingBody')}
              </Alert>
            )}
            <Text fz={{ base: 'xl', md: 40 }} fw={700} role="status">
              {t('room.checkedIn', { count: shown?.checkedIn ?? 0 })}
            </Text>
          </Stack>
        )}
      </Loaded>
    </Box>
  );
}

/** Asks for each next code as the current one hands over (no gap), and keeps asking through a network drop. */
function useRotatingCode(sessionId: string): Shown | null {
  const [shown, setShown] = useState<Shown | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    let stopped = false;
    const fetchCode = async () => {
      // Measured from before asking: the api's own clock can only be later, so these moments are on the safe side.
      const askedAt = Date.now();
      try {
        const { openCheckIn } = await request(OPEN, { id: sessionId });
        if (stopped) return;
        const nextAt = askedAt + openCheckIn.nextCodeInSeconds * 1000;
        setShown({ code: openCheckIn.code, checkedIn: openCheckIn.checkedIn, nextAt, validUntil: nextAt + GRACE_MS });
        timer = setTimeout(() => void fetchCode(), Math.max(100, nextAt - Date.now() + 100));
      } catch {
        if (!stopped) timer = setTimeout(() => void fetchCode(), RETRY_MS);
      }
    };
    void fetchCode();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [sessionId]);
  return shown;
}

/** Keeps the screen on while the code is shown (Wake Lock where the browser has it), again after the tab comes back. */
function useKeepAwake() {
  useEffect(() => {
    let lock: WakeLockSentinel | undefined;
    const acquire = () => {
      if (document.visibilityState === 'visible' && navigator.wakeLock) {
        navigator.wakeLock.request('screen').then(
          (sentinel) => (lock = sentinel),
          () => undefined,
        );
      }
    };
    acquire();
    document.addEventListener('visibilitychange', acquire);
    return () => {
      document.removeEventListener('visibilitychange', acquire);
      void lock?.release();
    };
  }, []);
}
