import { Alert, Badge, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TaskView } from '../../contract';
import { currentLanguage } from '../i18n/i18n';
import { formatDueTime } from './format-due-time';
import { OutputSummary } from './output-summary';
import { ToneBadge } from './tone-badge';
import { DARK_TEXT } from './tone-text';

/**
 * What the SOP asks of a task: due time (in the agency's zone), the overdue flag with the SOP's
 * Peringatan, the required inputs with what earlier steps produced, and the expected output.
 */
export function TaskRequirements({ task, timeZone }: { task: TaskView; timeZone: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Stack gap="xs">
      {(task.dueAt || task.overdue) && (
        <Group gap="xs">
          {task.dueAt && (
            <Text size="sm" fw={500} c={task.overdue ? DARK_TEXT.red : undefined} data-testid="task-due">
              {t('run.due', { date: formatDueTime(task.dueAt, timeZone, language) })}
            </Text>
          )}
          {task.overdue && (
            <Badge color="red" variant="filled">
              {t('run.overdue')}
            </Badge>
          )}
        </Group>
      )}
      {task.overdue && task.warning && (
        <Alert color="red" variant="light" title={t('task.warning')} p="xs">
          {task.warning}
        </Alert>
      )}
      {task.expects.inputs.length > 0 && (
        <div>
          <Text size="sm" fw={600}>
            {t('task.inputs')}
          </Text>
          <List size="sm" spacing={2}>
            {task.expects.inputs.map((input) => (
              <List.Item key={input}>{input}</List.Item>
            ))}
          </List>
        </div>
      )}
      {task.earlierOutputs.length > 0 && (
        <div>
          <Text size="sm" fw={600}>
            {t('task.earlierOutputs')}
          </Text>
          <Stack gap={4}>
            {task.earlierOutputs.map((earlier, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the server's fixed order; a step may produce several outputs
              <Group key={`${earlier.stepNo}:${index}`} gap={6} wrap="nowrap" align="flex-start">
                <ToneBadge variant="outline" tone="gray" size="sm">
                  {t('task.step', { no: earlier.stepNo })}
                </ToneBadge>
                <OutputSummary output={earlier.output} timeZone={timeZone} />
              </Group>
            ))}
          </Stack>
        </div>
      )}
      {task.expects.outputs.length > 0 && (
        <div>
          <Text size="sm" fw={600}>
            {t('task.expectedOutput')}
          </Text>
          <Text size="sm">{task.expects.outputs.join('; ')}</Text>
        </div>
      )}
      {task.expects.timeStandards.length > 0 && (
        <Text size="sm">
          <Text span fw={600}>
            {t('task.timeStandard')}:
          </Text>{' '}
          {task.expects.timeStandards.join(', ')}
        </Text>
      )}
    </Stack>
  );
}
