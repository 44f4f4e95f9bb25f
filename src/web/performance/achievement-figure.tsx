import { Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Achievement } from '../../contract';
import { categoryColor } from './category-colors';
import { formatPercentId } from './format-id';

/** An achievement: the percentage, its category in its colour, and (optionally) the formula used. */
export function AchievementFigure({
  achievement,
  withFormula = true,
}: {
  achievement: Achievement | null;
  withFormula?: boolean;
}) {
  const { t } = useTranslation();
  if (!achievement)
    return (
      <Text size="sm" c="dimmed">
        –
      </Text>
    );
  if (achievement.status !== 'ok')
    return (
      <Text size="xs" c="dimmed" title={achievement.reason ?? undefined}>
        {t('perf.notComputable')}
      </Text>
    );
  const color = categoryColor(achievement.category);
  return (
    <Stack gap={2} align="flex-start">
      <Text size="sm" fw={700} c={color.text}>
        {formatPercentId(achievement.display)}
      </Text>
      {achievement.category && (
        <Badge size="xs" color={color.mantine} variant="light" styles={{ label: { color: color.text } }}>
          {achievement.category}
        </Badge>
      )}
      {withFormula && achievement.formula && (
        <Text size="xs" c="dimmed" data-testid="achievement-formula">
          {achievement.formula}
        </Text>
      )}
    </Stack>
  );
}
