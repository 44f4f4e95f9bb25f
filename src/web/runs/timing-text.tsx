import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TaskView } from '../../contract';
import { formatWorkingMinutes } from './format-working-minutes';
import { DARK_TEXT } from './tone-text';

/**
 * Actual working time against the step's standard, e.g. "1 j 20 m dari mutu baku 2 Jam": green when
 * within it, red when over, plain when the step has no standard. The colour is never the only
 * signal: the words "Tepat waktu"/"Melewati mutu baku" follow.
 */
export function TimingText({ task }: { task: TaskView }) {
  const { t } = useTranslation();
  const { actualMinutes, standardText, onTime } = task.timing;
  const actual = formatWorkingMinutes(actualMinutes, (key, values) => t(key, values));
  const running = task.status === 'open' || task.status === 'claimed';
  const text = standardText
    ? t('run.timing', { actual, standard: standardText })
    : t('run.timingNoStandard', { actual });
  const verdict = onTime === null ? '' : ` · ${t(onTime ? 'run.onTime' : 'run.late')}`;
  return (
    <Text
      size="sm"
      fw={500}
      c={onTime === null ? undefined : onTime ? DARK_TEXT.green : DARK_TEXT.red}
      data-testid="task-timing"
      data-on-time={onTime === null ? 'none' : String(onTime)}
    >
      {text}
      {running ? ` (${t('run.timingRunning')})` : ''}
      {verdict}
    </Text>
  );
}
