import { Anchor, Button, Card, EmptyState, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useMe } from '../../api/use-session';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { useInbox } from '../../runs/run-queries';
import { TaskRequirements } from '../../runs/task-requirements';
import { ToneBadge } from '../../runs/tone-badge';

/** The tasks waiting for the signed-in person's positions, soonest due first. */
export function InboxPage() {
  const { t } = useTranslation();
  const me = useMe();
  const inbox = useInbox();
  return (
    <>
      <PageHeader title={t('inbox.title')} description={t('inbox.description')} />
      <QueryState query={inbox}>
        {(tasks) =>
          tasks.length === 0 ? (
            <Card withBorder radius="md" padding="lg">
              <EmptyState title={t('inbox.empty')} size="sm" />
            </Card>
          ) : (
            <Stack
              gap="sm"
              component="ul"
              p={0}
              m={0}
              style={{ listStyle: 'none' }}
              aria-label={t('inbox.caption')}
              data-testid="inbox"
            >
              {[...tasks]
                .sort((a, b) => (a.dueAt ?? '9999').localeCompare(b.dueAt ?? '9999'))
                .map((task) => (
                  <Card
                    component="li"
                    key={task.id}
                    withBorder
                    radius="md"
                    padding="md"
                    data-testid="inbox-task"
                    data-step={task.stepNo}
                  >
                    <Stack gap="xs">
                      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
                        <Stack gap={2}>
                          <Text size="sm" c="dimmed">
                            {task.runPurpose} · {t('task.step', { no: task.stepNo })}
                            {task.unitName ? ` · ${task.unitName}` : ''}
                          </Text>
                          <Anchor
                            component={Link}
                            to={`/runs/${task.runId}?task=${task.id}`}
                            fw={600}
                            className="alur-break"
                          >
                            {task.activity}
                          </Anchor>
                        </Stack>
                        {task.attempt > 1 && (
                          <ToneBadge tone="orange">{t('run.attempt', { attempt: task.attempt })}</ToneBadge>
                        )}
                      </Group>
                      <TaskRequirements task={task} timeZone={me.timeZone} />
                      <Group>
                        <Button
                          component={Link}
                          to={`/runs/${task.runId}?task=${task.id}`}
                          size="xs"
                          variant="light"
                          aria-label={`${t('task.openTask')}: ${task.runPurpose}, ${t('task.step', { no: task.stepNo })}`}
                        >
                          {t('task.openTask')}
                        </Button>
                      </Group>
                    </Stack>
                  </Card>
                ))}
            </Stack>
          )
        }
      </QueryState>
    </>
  );
}
