import { Button, Card, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface Level {
  title: string;
  points: number | '';
  description: string;
}

export interface Criterion {
  title: string;
  maxPoints: number | '';
  levels: Level[];
}

/** The api's limits (CURRICULUM_LIMITS): the buttons stop where the api would refuse. */
const MAX_CRITERIA = 20;
const MAX_LEVELS = 6;

const replaced = <T,>(list: T[], index: number, value: T) => list.map((item, at) => (at === index ? value : item));
const without = <T,>(list: T[], index: number) => list.filter((_, at) => at !== index);

/** Criteria with their maximum points and, optionally, levels describing what work at each level looks like. */
export function RubricBuilder({
  rubric,
  onChange,
  error,
}: {
  rubric: Criterion[];
  onChange: (rubric: Criterion[]) => void;
  error: (field: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const total = rubric.reduce((sum, criterion) => sum + (criterion.maxPoints || 0), 0);
  const setCriterion = (index: number, patch: Partial<Criterion>) => onChange(replaced(rubric, index, { ...rubric[index], ...patch }));
  return (
    <Stack gap="sm">
      {error('rubric') && (
        <Text c="red" fz="sm" role="alert">
          {error('rubric')}
        </Text>
      )}
      {rubric.map((criterion, index) => {
        const name = criterion.title || t('editor.criterionNumber', { number: index + 1 });
        const field = (key: string) => error(`rubric.${index}.${key}`);
        return (
          <Card key={index} withBorder padding="sm" component="fieldset" aria-label={name}>
            <Stack gap="xs">
              <Group grow align="flex-start">
                <TextInput
                  label={t('editor.criterion')}
                  required
                  value={criterion.title}
                  onChange={(e) => setCriterion(index, { title: e.currentTarget.value })}
                  error={field('title')}
                />
                <NumberInput
                  label={t('editor.maxPoints')}
                  min={1}
                  max={100}
                  allowDecimal={false}
                  value={criterion.maxPoints}
                  onChange={(value) => setCriterion(index, { maxPoints: typeof value === 'number' ? value : '' })}
                  error={field('maxPoints')}
                />
              </Group>
              {field('levels') && (
                <Text c="red" fz="sm">
                  {field('levels')}
                </Text>
              )}
              {criterion.levels.map((level, levelIndex) => {
                const setLevel = (patch: Partial<Level>) =>
                  setCriterion(index, { levels: replaced(criterion.levels, levelIndex, { ...level, ...patch }) });
                const levelField = (key: string) => field(`levels.${levelIndex}.${key}`);
                return (
                  <Group key={levelIndex} align="flex-start" gap="xs" wrap="wrap">
                    <TextInput
                      label={t('editor.levelTitle')}
                      required
                      w={150}
                      value={level.title}
                      onChange={(e) => setLevel({ title: e.currentTarget.value })}
                      error={levelField('title')}
                    />
                    <NumberInput
                      label={t('editor.levelPoints')}
                      w={90}
                      min={0}
                      max={100}
                      allowDecimal={false}
                      value={level.points}
                      onChange={(value) => setLevel({ points: typeof value === 'number' ? value : '' })}
                      error={levelField('points')}
                    />
                    <TextInput
                      label={t('editor.levelDescription')}
                      style={{ flex: '1 1 200px' }}
                      value={level.description}
                      onChange={(e) => setLevel({ description: e.currentTarget.value })}
                      error={levelField('description')}
                    />
                    <Button
                      mt={28}
                      variant="subtle"
                      color="red"
                      aria-label={t('editor.removeLevel', { title: level.title || levelIndex + 1 })}
                      onClick={() => setCriterion(index, { levels: without(criterion.levels, levelIndex) })}
                    >
                      ✕
                    </Button>
                  </Group>
                );
              })}
              <Group gap="xs">
                <Button
                  size="compact-sm"
                  variant="light"
                  disabled={criterion.levels.length >= MAX_LEVELS}
                  onClick={() => setCriterion(index, { levels: [...criterion.levels, { title: '', points: '', description: '' }] })}
                >
                  {t('editor.addLevel')}
                </Button>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  aria-label={t('editor.moveUp', { title: name })}
                  disabled={index === 0}
                  onClick={() => onChange(replaced(replaced(rubric, index - 1, criterion), index, rubric[index - 1]))}
                >
                  ↑
                </Button>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  color="red"
                  disabled={rubric.length === 1}
                  onClick={() => onChange(without(rubric, index))}
                >
                  {t('editor.removeCriterion', { title: name })}
                </Button>
              </Group>
            </Stack>
          </Card>
        );
      })}
      <Group justify="space-between">
        <Button
          variant="light"
          disabled={rubric.length >= MAX_CRITERIA}
          onClick={() => onChange([...rubric, { title: '', maxPoints: 10, levels: [] }])}
        >
          {t('editor.addCriterion')}
        </Button>
        <Text fw={700}>{t('editor.totalPoints', { total })}</Text>
      </Group>
    </Stack>
  );
}
