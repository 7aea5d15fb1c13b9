import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/links';
import type { CohortStatus } from '@/gql/graphql';

/** A cohort card's first line: its name, leading to its page, and its status. */
export function CohortCardTitle({ cohort }: { cohort: { id: string; name: string; status: CohortStatus } }) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" wrap="nowrap" align="flex-start">
      <AnchorLink fw={700} to="/hub/cohorts/$cohortId" params={{ cohortId: cohort.id }}>
        {cohort.name}
      </AnchorLink>
      <Badge variant="light">{t(`cohortStatus.${cohort.status}`)}</Badge>
    </Group>
  );
}
