import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import type { RunDetail, TaskView } from '../../../contract';
import { isAdmin, useMe } from '../../api/use-session';
import { FormModal } from '../../components/form-modal';
import { formatDateTime } from '../../components/format-date';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { useApiForm } from '../../components/use-api-form';
import { FloatingStatus } from '../../runs/floating-status';
import { OutputSummary } from '../../runs/output-summary';
import { periodText } from '../../runs/period-text';
import { RunHistory } from '../../runs/run-history';
import { type RunCommand, useRun, useRunCommand } from '../../runs/run-queries';
import { RunStatusBadge } from '../../runs/run-status-badge';
import { StepSymbol } from '../../runs/step-symbol';
import { TaskActions } from '../../runs/task-actions';
import { TaskRequirements } from '../../runs/task-requirements';
import { TimingText } from '../../runs/timing-text';
import { ToneBadge } from '../../runs/tone-badge';
import { DARK_TEXT } from '../../runs/tone-text';

export function RunPage() {
  const { runId = '' } = useParams();
  const query = useRun(runId);
  return <QueryState query={query}>{(run) => <RunView run={run} />}</QueryState>;
}

const STATE_COLORS = { done: 'green', open: 'blue', waiting: 'gray', returned: 'orange' } as const;

function RunView({ run }: { run: RunDetail }) {
  const { t } = useTranslation();
  const me = useMe();
  const [params] = useSearchParams();
  const focusTask = params.get('task');
  const [status, setStatus] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const mayCancel = run.status === 'active' && (isAdmin(me) || run.startedByName === me.fullName);

  // Coming from the inbox or home (`?task=`): bring that task into view once.
  useEffect(() => {
    if (!focusTask) return;
    const element = document.querySelector(`[data-task-id="${CSS.escape(focusTask)}"]`);
    element?.scrollIntoView({ block: 'center' });
  }, [focusTask]);

  return (
    <Stack gap="lg">
      <PageHeader
        title={run.purpose}
        description={t('run.sopVersion', { title: run.sopTitle, version: run.sopVersion })}
        actions={
          <>
            <RunStatusBadge status={run.status} />
            {mayCancel && (
              <Button variant="default" color="red" onClick={() => setCancelling(true)}>
                {t('run.cancel')}
              </Button>
            )}
          </>
        }
      />
      <FloatingStatus message={status} onDone={() => setStatus(null)} />
      <Paper withBorder p="md" radius="md">
        <Stack gap={6}>
          <Text size="sm">
            <Text span fw={600}>
              {t('run.period')}:
            </Text>{' '}
            {periodText(run.period, t)}
          </Text>
          <Text size="sm">
            {t('run.startedBy', {
              name: run.startedByName,
              date: formatDateTime(run.startedAt, run.timeZone),
            })}
          </Text>
          {run.completedAt && (
            <Text size="sm" c={DARK_TEXT.green} fw={600} data-testid="run-completed-at">
              {t('run.completedAt', { date: formatDateTime(run.completedAt, run.timeZone) })}
            </Text>
          )}
          {run.cancelReason && (
            <Text size="sm" c={DARK_TEXT.red}>
              {t('run.cancelled', { reason: run.cancelReason })}
            </Text>
          )}
          <div>
            <Text size="sm" fw={600}>
              {t('run.disposition')}
            </Text>
            <Text
              size="sm"
              className="alur-break"
              data-testid="run-disposition"
              style={{ whiteSpace: 'pre-wrap' }}
            >
              {run.disposition?.text ?? t('run.noDisposition')}
            </Text>
          </div>
        </Stack>
      </Paper>

      <section aria-labelledby="run-flow">
        <Title order={2} size="h4" id="run-flow">
          {t('run.flow')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('run.flowHint')}
        </Text>
        <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
          {run.steps.map((step) => {
            const tasks = run.tasks
              .filter((task) => task.stepNo === step.no)
              .sort((a, b) => a.attempt - b.attempt || (a.unitName ?? '').localeCompare(b.unitName ?? ''));
            const color = STATE_COLORS[step.state];
            return (
              <Paper
                component="li"
                key={step.no}
                withBorder
                radius="md"
                p="sm"
                data-testid="run-step"
                data-step={step.no}
                data-state={step.state}
                style={{ borderLeft: `6px solid var(--mantine-color-${color}-7)` }}
              >
                <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
                  <Group gap="xs" align="flex-start" wrap="nowrap">
                    <StepSymbol kinds={step.kinds} size={22} />
                    <Stack gap={2}>
                      <Text fw={600} className="alur-break">
                        {step.no}. {step.activity}
                      </Text>
                      <Text size="sm" c="dimmed">
                        {t('run.lane')}: {step.laneLabel} ·{' '}
                        {step.timeStandards.length > 0
                          ? `${t('run.standard')} ${step.timeStandards.join(', ')}`
                          : t('run.noStandard')}
                      </Text>
                    </Stack>
                  </Group>
                  <ToneBadge tone={color} variant={step.state === 'open' ? 'filled' : 'light'}>
                    {t(`run.state.${step.state}`)}
                  </ToneBadge>
                </Group>
                {tasks.length > 0 && (
                  <Stack gap="xs" mt="xs">
                    {tasks.map((task) => (
                      <TaskRow
                        key={task.id}
                        run={run}
                        task={task}
                        focused={task.id === focusTask}
                        onDone={setStatus}
                      />
                    ))}
                  </Stack>
                )}
              </Paper>
            );
          })}
        </Stack>
      </section>

      <RunHistory run={run} />
      <CancelRunModal
        runId={run.id}
        opened={cancelling}
        onClose={() => setCancelling(false)}
        onDone={setStatus}
      />
    </Stack>
  );
}

/** "Kepala Bidang Anggaran" already names "Bidang Anggaran"; "Sekretaris Dinas" the Sekretariat. */
function namesUnit(positionTitle: string, unitName: string): boolean {
  const core = unitName.replace(/^(bidang|sekretariat|subbagian)\s*/i, '').toLowerCase();
  return positionTitle.toLowerCase().includes(core);
}

function TaskRow({
  run,
  task,
  focused,
  onDone,
}: {
  run: RunDetail;
  task: TaskView;
  focused: boolean;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const actionable =
    task.mine && (task.status === 'open' || task.status === 'claimed') && run.status === 'active';
  return (
    <Paper
      p="xs"
      radius="sm"
      bg={focused ? 'yellow.0' : 'gray.0'}
      data-testid="run-task"
      data-task-id={task.id}
      data-status={task.status}
    >
      <Stack gap={4}>
        <Group gap="xs">
          <Text size="sm" fw={500} className="alur-break">
            {task.positionTitle}
            {task.unitName && !namesUnit(task.positionTitle, task.unitName) ? ` · ${task.unitName}` : ''}
          </Text>
          <ToneBadge size="sm" variant="outline" tone={task.status === 'returned' ? 'orange' : 'gray'}>
            {t(`run.taskStatus.${task.status}`)}
          </ToneBadge>
          {task.attempt > 1 && (
            <ToneBadge size="sm" tone="orange">
              {t('run.attempt', { attempt: task.attempt })}
            </ToneBadge>
          )}
        </Group>
        {task.status !== 'cancelled' && <TimingText task={task} />}
        {task.completedAt && task.completedByName && (
          <Text size="sm" c="dimmed">
            {t('run.doneBy', {
              name: task.completedByName,
              date: formatDateTime(task.completedAt, run.timeZone),
            })}
          </Text>
        )}
        {task.status === 'claimed' && task.claimedByName && (
          <Text size="sm">{t('run.claimedBy', { name: task.claimedByName })}</Text>
        )}
        {task.decision === 'approved' && (
          <Text size="sm" c={DARK_TEXT.green} fw={500}>
            {t('run.decisionApproved')}
          </Text>
        )}
        {task.decision === 'returned' && (
          <Text size="sm" c={DARK_TEXT.orange} fw={500} data-testid="task-return-reason">
            {t('run.decisionReturned', { reason: task.reason ?? '' })}
          </Text>
        )}
        {task.paraf && (
          <Text size="sm">
            {t('run.parafBy', {
              name: task.paraf.personName,
              date: formatDateTime(task.paraf.at, run.timeZone),
            })}
          </Text>
        )}
        {task.signature && (
          <Text size="sm">
            {t('run.signedBy', {
              name: task.signature.personName,
              date: formatDateTime(task.signature.at, run.timeZone),
            })}
          </Text>
        )}
        {task.output && <OutputSummary output={task.output} timeZone={run.timeZone} />}
        {actionable && (
          <>
            <TaskRequirements task={task} timeZone={run.timeZone} />
            <TaskActions
              runId={run.id}
              task={task}
              timeZone={run.timeZone}
              period={run.period}
              onDone={onDone}
            />
          </>
        )}
        {!actionable && task.overdue && (
          <Alert color="red" variant="light" p="xs">
            {t('run.overdue')}
            {task.warning ? `: ${task.warning}` : ''}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

function CancelRunModal({
  runId,
  opened,
  onClose,
  onDone,
}: {
  runId: string;
  opened: boolean;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const form = useApiForm({ reason: '' });
  const command = useRunCommand(runId);
  const mutation = useMutation({
    mutationFn: (reason: string) => command.mutateAsync({ type: 'cancel', reason } satisfies RunCommand),
    onSuccess: () => {
      onClose();
      onDone(t('run.statusCancelled'));
    },
    onError: form.setError,
  });
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t('run.cancelTitle')}
      onSubmit={() => mutation.mutate(form.values.reason)}
      pending={mutation.isPending}
      error={form.error}
      submitLabel={t('run.cancel')}
    >
      <Textarea
        label={t('run.cancelReason')}
        value={form.values.reason}
        onChange={(e) => form.set('reason', e.currentTarget.value)}
        error={form.fieldError('reason')}
        required
        autosize
        minRows={2}
      />
    </FormModal>
  );
}
