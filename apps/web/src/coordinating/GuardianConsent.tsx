import { Alert, Button, Card, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNote, Form } from '@/components/ui';
import { graphql } from '@/gql';
import { request } from '@/lib/api';
import { calendarDate, dayOf } from '@/lib/format';
import { fieldError, formError } from '@/lib/forms';
import { homeZone } from '@/lib/me';
import { useMe } from '@/lib/session';

const RECORD = graphql(`
  mutation RecordGuardianConsent($input: RecordGuardianConsentInput!) {
    recordGuardianConsent(input: $input) {
      id
    }
  }
`);

interface Props {
  userId: string;
  birthYear: number | null | undefined;
  needsConsent: boolean | null | undefined;
  consent: { guardianName: string; consentedOn: string } | null | undefined;
  onRecorded: () => void;
}

/** A trainee who may be under 18: the guardian's consent, as recorded, or the form to record it (UU PDP Art. 25). */
export function GuardianConsent({ userId, birthYear, needsConsent, consent, onRecorded }: Props) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const today = dayOf(new Date().toISOString(), homeZone(me));
  const [form, setForm] = useState({ guardianName: '', consentedOn: today });
  const record = useMutation({ mutationFn: () => request(RECORD, { input: { userId, ...form } }), onSuccess: onRecorded });
  if (!birthYear && !consent) return null;
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={2} fz="lg">
          {t('guardian.title')}
        </Title>
        {birthYear && <Text>{t('guardian.birthYear', { year: birthYear })}</Text>}
        {consent && (
          <Text>{t('guardian.recorded', { name: consent.guardianName, date: calendarDate(consent.consentedOn, i18n.language) })}</Text>
        )}
        {needsConsent && (
          <Alert color="orange" title={t('guardian.neededTitle')}>
            <Form onSubmit={() => record.mutate()}>
              <Stack gap="xs">
                {t('guardian.needed')}
                <TextInput
                  label={t('guardian.name')}
                  required
                  value={form.guardianName}
                  onChange={(e) => setForm({ ...form, guardianName: e.currentTarget.value })}
                  error={fieldError(record.error, 'guardianName')}
                />
                <TextInput
                  label={t('guardian.date')}
                  type="date"
                  required
                  max={today}
                  value={form.consentedOn}
                  onChange={(e) => setForm({ ...form, consentedOn: e.currentTarget.value })}
                  error={fieldError(record.error, 'consentedOn')}
                />
                <ErrorNote error={formError(record.error, ['guardianName', 'consentedOn'])} />
                <Button type="submit" loading={record.isPending} w="fit-content">
                  {t('guardian.record')}
                </Button>
              </Stack>
            </Form>
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
