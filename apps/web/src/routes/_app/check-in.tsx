import { Alert, Button, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loaded, Page, useGql } from '@/components/ui';
import { graphql } from '@/gql';
import { ApiError, OfflineError, request } from '@/lib/api';
import { span } from '@/lib/format';
import { cleanCode, pendingCheckIn } from '@/lib/pending-check-in';

const NOW_SESSIONS = graphql(`
  query CheckInSessions($from: DateTime!, $to: DateTime!) {
    mySchedule(from: $from, to: $to, first: 20) {
      ...SessionInList
    }
  }
`);

const CHECK_IN = graphql(`
  mutation CheckIn($sessionId: ID!, $code: String!) {
    checkIn(sessionId: $sessionId, code: $code) {
      id
      status
    }
  }
`);

export const Route = createFileRoute('/_app/check-in')({
  validateSearch: (search: Record<string, unknown>): { session?: string; code?: string } => ({
    session: typeof search.session === 'string' ? search.session : undefined,
    code: typeof search.code === 'string' ? search.code : undefined,
  }),
  component: CheckIn,
});

const MINUTE = 60_000;
const RETRY_MS = 5_000;

/** Type the code from the room screen (or scan its QR): said plainly whether it counted, even with a poor signal. */
function CheckIn() {
  const { t, i18n } = useTranslation();
  const search = Route.useSearch();
  const queryClient = useQueryClient();
  // Sessions whose check-in window is open around now (15 min before the start to 30 after).
  const [range] = useState(() => {
    const now = Math.floor(Date.now() / MINUTE) * MINUTE;
    return { from: new Date(now - 60 * MINUTE).toISOString(), to: new Date(now + 20 * MINUTE).toISOString() };
  });
  const sessions = useGql(['check-in-sessions'], NOW_SESSIONS, range);
  const [chosenId, setSessionId] = useState(search.session ?? pendingCheckIn.get()?.sessionId ?? '');
  const [code, setCode] = useState(cleanCode(search.code ?? pendingCheckIn.get()?.code ?? ''));
  const [waiting, setWaiting] = useState(pendingCheckIn.get() !== null);
  // With one session open now, it is the one.
  const open = (sessions.data?.mySchedule ?? []).filter((session) => session.status === 'SCHEDULED');
  const sessionId = chosenId || (open.length === 1 ? open[0].id : '');

  const checkIn = useMutation({
    // Sent even when the browser believes it is offline: this page keeps and resends the attempt itself.
    networkMode: 'always',
    mutationFn: (attempt: { sessionId: string; code: string }) => request(CHECK_IN, attempt),
    onSuccess: () => {
      pendingCheckIn.clear();
      setWaiting(false);
      void queryClient.invalidateQueries();
    },
    onError: (error, attempt) => {
      if (error instanceof OfflineError) {
        pendingCheckIn.set(attempt);
        setWaiting(true);
      } else {
        pendingCheckIn.clear();
        setWaiting(false);
      }
    },
  });
  const { mutate } = checkIn;
  const send = useCallback((attempt: { sessionId: string; code: string }) => mutate(attempt), [mutate]);

  // A QR code carries session and code: check in at once.
  const sentFromLink = useRef(false);
  useEffect(() => {
    if (!sentFromLink.current && search.session && search.code) {
      sentFromLink.current = true;
      send({ sessionId: search.session, code: cleanCode(search.code) });
    }
  }, [search.session, search.code, send]);

  // A kept attempt goes out when the network is back.
  useEffect(() => {
    if (!waiting) return;
    const retry = () => {
      const pending = pendingCheckIn.get();
      if (pending && !checkIn.isPending) send(pending);
    };
    window.addEventListener('online', retry);
    const timer = setInterval(retry, RETRY_MS);
    return () => {
      window.removeEventListener('online', retry);
      clearInterval(timer);
    };
  }, [waiting, send, checkIn.isPending]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    send({ sessionId, code });
  };
  const result = checkIn.data?.checkIn;
  const error = checkIn.error instanceof ApiError ? checkIn.error : null;

  return (
    <Page title={t('checkIn.title')}>
      {result && (
        <Alert color={result.status === 'LATE' ? 'yellow' : 'green'} title={t(`checkIn.result.${result.status}`)} role="status">
          {t('checkIn.recorded')}
        </Alert>
      )}
      {waiting && (
        <Alert color="blue" title={t('checkIn.waitingTitle')} role="status">
          {t('checkIn.waiting')}
        </Alert>
      )}
      {error && (
        <Alert color="red" title={t('errors.title')} role="alert">
          {error.message}
          {error.reason === 'CHECKIN_EXPIRED' && <Text mt="xs">{t('checkIn.expiredHint')}</Text>}
        </Alert>
      )}
      <Loaded query={sessions}>
        {() => {
          return (
            <form onSubmit={submit}>
              <Stack>
                {open.length === 0 && !search.session ? (
                  <Text c="dimmed">{t('checkIn.noSession')}</Text>
                ) : (
                  <Radio.Group label={t('checkIn.session')} value={sessionId} onChange={setSessionId} required>
                    <Stack gap="xs" mt="xs">
                      {open.map((session) => (
                        <Radio
                          key={session.id}
                          value={session.id}
                          label={`${session.title} — ${session.cohort.name}`}
                          description={`${span(session.startsAt, session.endsAt, session.cohort.hub.timezone, i18n.language)} · ${session.room.name}`}
                        />
                      ))}
                    </Stack>
                  </Radio.Group>
                )}
                <TextInput
                  className="check-in-code"
                  label={t('checkIn.code')}
                  description={t('checkIn.codeHint')}
                  value={code}
                  onChange={(e) => setCode(cleanCode(e.currentTarget.value))}
                  autoComplete="off"
                  autoCapitalize="characters"
                  spellCheck={false}
                  inputMode="text"
                  required
                  minLength={6}
                  maxLength={6}
                />
                <Button type="submit" size="lg" loading={checkIn.isPending} disabled={code.length !== 6 || !sessionId}>
                  {t('checkIn.submit')}
                </Button>
              </Stack>
            </form>
          );
        }}
      </Loaded>
    </Page>
  );
}
