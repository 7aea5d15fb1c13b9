import { Alert, Button, Card, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNote, Form } from '@/components/ui';
import { graphql } from '@/gql';
import type { ErasureReason } from '@/gql/graphql';
import { request } from '@/lib/api';
import { fieldError, formError } from '@/lib/forms';

const ERASE = graphql(`
  mutation ErasePerson($input: ErasePersonInput!) {
    erasePerson(input: $input) {
      id
      fullName
    }
  }
`);

const REASONS: ErasureReason[] = ['HOLDER_REQUEST', 'GUARDIAN_REQUEST', 'DUPLICATE_ACCOUNT', 'ACCOUNT_CREATED_IN_ERROR'];

/**
 * An admin erases a person on request (UU PDP): irreversible, so confirmed twice — first the decision
 * with its reason, then the person's email typed again.
 */
export function ErasePerson({ userId, email, onErased }: { userId: string; email: string; onErased: () => void }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<'closed' | 'confirm'>('closed');
  const [reason, setReason] = useState<ErasureReason | null>(null);
  const [typed, setTyped] = useState('');
  const erase = useMutation({
    mutationFn: () => request(ERASE, { input: { userId, reason: reason!, confirmEmail: typed } }),
    onSuccess: onErased,
  });
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={2} fz="lg">
          {t('erase.title')}
        </Title>
        <Text>{t('erase.explain')}</Text>
        {step === 'closed' ? (
          <Group>
            <Button variant="outline" color="red" onClick={() => setStep('confirm')}>
              {t('erase.start')}
            </Button>
          </Group>
        ) : (
          <Alert color="red" title={t('erase.confirmTitle')}>
            <Form onSubmit={() => erase.mutate()}>
              <Stack gap="xs">
                {t('erase.confirm')}
                <Select
                  label={t('erase.reason')}
                  required
                  data={REASONS.map((value) => ({ value, label: t(`erase.reasons.${value}`) }))}
                  value={reason}
                  onChange={(value) => setReason(value)}
                />
                <TextInput
                  label={t('erase.typeEmail', { email })}
                  required
                  autoComplete="off"
                  value={typed}
                  onChange={(e) => setTyped(e.currentTarget.value)}
                  error={fieldError(erase.error, 'confirmEmail')}
                />
                <ErrorNote error={formError(erase.error, ['confirmEmail'])} />
                <Group>
                  <Button type="submit" color="red" loading={erase.isPending} disabled={!reason || typed.trim().toLowerCase() !== email}>
                    {t('erase.yes')}
                  </Button>
                  <Button variant="default" onClick={() => setStep('closed')}>
                    {t('common.cancel')}
                  </Button>
                </Group>
              </Stack>
            </Form>
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
