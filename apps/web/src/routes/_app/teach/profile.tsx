import { Alert, Button, Checkbox, NumberInput, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNote, Loaded, Page, useGql } from '@/components/ui';
import { graphql } from '@/gql';
import type { MyMentorProfileQuery } from '@/gql/graphql';
import { request } from '@/lib/api';
import { fieldError } from '@/lib/forms';
import sectors from '../../../../messages/id.json';

const PROFILE = graphql(`
  query MyMentorProfile {
    myMentorProfile {
      bio
      expertise
      maxMentees
      activeMentees
    }
  }
`);

const UPDATE = graphql(`
  mutation UpdateMentorProfile($input: UpdateMentorProfileInput!) {
    updateMentorProfile(input: $input) {
      bio
      expertise
      maxMentees
      activeMentees
    }
  }
`);

export const Route = createFileRoute('/_app/teach/profile')({ component: MentorProfilePage });

// The sectors matching knows (the keys of the sector names).
const SECTORS = Object.keys(sectors.sectors);

function MentorProfilePage() {
  const { t } = useTranslation();
  const query = useGql(['mentor-profile'], PROFILE, {});
  return (
    <Page title={t('mentorProfile.title')}>
      <Loaded query={query}>{({ myMentorProfile }) => <ProfileForm profile={myMentorProfile} />}</Loaded>
    </Page>
  );
}

/** What matching reads: the sectors a mentor knows, how many start-ups they take, a few words about them. */
function ProfileForm({ profile }: { profile: MyMentorProfileQuery['myMentorProfile'] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form, setForm] = useState({
    bio: profile.bio ?? '',
    expertise: profile.expertise,
    maxMentees: profile.maxMentees as number | string,
  });
  const save = useMutation({
    mutationFn: () =>
      request(UPDATE, { input: { bio: form.bio.trim() || null, expertise: form.expertise, maxMentees: Number(form.maxMentees) } }),
    onSuccess: (data) => queryClient.setQueryData(['mentor-profile', {}], { myMentorProfile: data.updateMentorProfile }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={submit}>
      <Stack>
        <Checkbox.Group
          label={t('mentorProfile.sectors')}
          description={t('mentorProfile.sectorsHint')}
          value={form.expertise}
          onChange={(expertise) => setForm({ ...form, expertise })}
          error={fieldError(save.error, 'expertise')}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs">
            {SECTORS.map((sector) => (
              <Checkbox key={sector} value={sector} label={t(`sectors.${sector}`)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <NumberInput
          label={t('mentorProfile.capacity')}
          description={t('mentorProfile.capacityHint', { count: profile.activeMentees })}
          min={0}
          max={50}
          value={form.maxMentees}
          onChange={(maxMentees) => setForm({ ...form, maxMentees })}
          error={fieldError(save.error, 'maxMentees')}
        />
        <Textarea
          label={t('mentorProfile.bio')}
          autosize
          minRows={3}
          value={form.bio}
          onChange={(e) => setForm({ ...form, bio: e.currentTarget.value })}
          error={fieldError(save.error, 'bio')}
        />
        <ErrorNote error={save.error && !fieldError(save.error, 'expertise') && !fieldError(save.error, 'bio') ? save.error : null} />
        {save.isSuccess && (
          <Alert color="green" role="status">
            {t('mentorProfile.saved')}
          </Alert>
        )}
        <Button type="submit" loading={save.isPending}>
          {t('common.save')}
        </Button>
      </Stack>
    </form>
  );
}
