import { Alert, Button, Card, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/links';
import { ErrorNote, Form, Loaded, useGql } from '@/components/ui';
import { graphql } from '@/gql';
import { request } from '@/lib/api';
import { dateTime } from '@/lib/format';
import { fieldError, formError } from '@/lib/forms';
import { homeZone } from '@/lib/me';
import { useMe } from '@/lib/session';

const MY_DATA = graphql(`
  query MyData {
    me {
      id
      birthYear
    }
    myDataExports {
      id
      status
      requestedAt
      expiresAt
    }
  }
`);

const SAVE_BIRTH_YEAR = graphql(`
  mutation SaveBirthYear($birthYear: Int!) {
    updateMyProfile(input: { birthYear: $birthYear }) {
      id
    }
  }
`);

const REQUEST_EXPORT = graphql(`
  mutation RequestDataExport {
    requestDataExport {
      id
    }
  }
`);

const KEY = ['my-data'];

/** A person's rights over their data on their account page: the notice, the optional birth year, a copy of everything. */
export function MyData() {
  const { t, i18n } = useTranslation();
  const zone = homeZone(useMe());
  const queryClient = useQueryClient();
  const query = useGql(KEY, MY_DATA, {});
  const [birthYear, setBirthYear] = useState<number | string>('');
  const refresh = () => queryClient.invalidateQueries({ queryKey: KEY });
  const save = useMutation({ mutationFn: () => request(SAVE_BIRTH_YEAR, { birthYear: Number(birthYear) }), onSuccess: refresh });
  const exportData = useMutation({ mutationFn: () => request(REQUEST_EXPORT), onSuccess: refresh });
  return (
    <Card withBorder>
      <Stack>
        <Title order={2} fz="lg">
          {t('myData.title')}
        </Title>
        <AnchorLink to="/privacy">{t('privacy.link')}</AnchorLink>
        <Loaded query={query}>
          {({ me, myDataExports }) => (
            <>
              <Form onSubmit={() => save.mutate()}>
                <Stack gap="xs">
                  <NumberInput
                    label={t('myData.birthYear')}
                    description={t('myData.birthYearHelp')}
                    placeholder={me.birthYear ? String(me.birthYear) : undefined}
                    value={birthYear === '' && me.birthYear ? me.birthYear : birthYear}
                    onChange={setBirthYear}
                    min={1900}
                    max={new Date().getFullYear()}
                    allowDecimal={false}
                    hideControls
                    w={200}
                    error={fieldError(save.error, 'birthYear')}
                  />
                  {save.isSuccess && (
                    <Text role="status" c="green.8" fz="sm">
                      {t('myData.saved')}
                    </Text>
                  )}
                  <ErrorNote error={formError(save.error, ['birthYear'])} />
                  <Button type="submit" variant="default" loading={save.isPending} w="fit-content">
                    {t('myData.save')}
                  </Button>
                </Stack>
              </Form>
              <Text>{t('myData.exportHelp')}</Text>
              {exportData.isSuccess && (
                <Alert color="green" variant="light" role="status">
                  {t('myData.requested')}
                </Alert>
              )}
              <ErrorNote error={exportData.error} />
              <Group>
                <Button onClick={() => exportData.mutate()} loading={exportData.isPending}>
                  {t('myData.request')}
                </Button>
              </Group>
              {myDataExports.length > 0 && (
                <Stack gap={4}>
                  <Title order={3} fz="md">
                    {t('myData.recent')}
                  </Title>
                  <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }}>
                    {myDataExports.map((request) => (
                      <Text component="li" fz="sm" key={request.id}>
                        {t('myData.requestedAt', { when: dateTime(request.requestedAt, zone, i18n.language) })} —{' '}
                        {t(`myData.status.${request.status}`)}
                        {request.status === 'READY' &&
                          request.expiresAt &&
                          ` (${t('myData.until', { when: dateTime(request.expiresAt, zone, i18n.language) })})`}
                      </Text>
                    ))}
                  </Stack>
                </Stack>
              )}
              <Text fz="sm" c="dimmed">
                {t('myData.correct')}
              </Text>
            </>
          )}
        </Loaded>
      </Stack>
    </Card>
  );
}
