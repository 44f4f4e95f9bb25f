import { Button, FileButton, Group, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskOutputDto, TaskView } from '../../contract';
import { ApiRequestError } from '../api/api-request-error';
import { useMe } from '../api/use-session';
import { FormErrorSummary } from '../components/form-error-summary';
import { uploadForm } from '../documents/document-queries';
import { DelegateForm } from './delegate-form';
import { type RunCommand, useRunCommand } from './run-queries';
import {
  CollectionFormatPanel,
  DocumentActForm,
  GenerateStepPanel,
  ReviewedDocument,
  type RunPeriod,
  reportKindOf,
  SendArchivePanel,
  useReviewedOutput,
  useRunDocuments,
} from './task-documents';
import { DARK_TEXT } from './tone-text';
import { zonedWallTimeToIso } from './zoned-wall-time';

interface TaskActionsProps {
  runId: string;
  task: TaskView;
  timeZone: string;
  period: RunPeriod;
  /** Called after the command was recorded, with a confirmation to announce. */
  onDone: (message: string) => void;
}

/**
 * What the signed-in person can do on their task, shaped by the SOP step: approve or return with a
 * reason (decision), initial (paraf), sign, record a meeting, or complete with an uploaded output
 * document. A 409 (someone acted first) shows the server's message; the run reloads meanwhile.
 */
export function TaskActions({ runId, task, timeZone, period, onDone }: TaskActionsProps) {
  const { t } = useTranslation();
  const mutation = useRunCommand(runId);
  const [error, setError] = useState<ApiRequestError | null>(null);
  const headingId = useId();

  const send = (command: RunCommand) => {
    setError(null);
    mutation.mutate(command, {
      onSuccess: () => onDone(t('task.done', { no: task.stepNo })),
      onError: (failure) =>
        setError(
          failure instanceof ApiRequestError
            ? failure
            : new ApiRequestError(0, { code: 'UNKNOWN', message: String(failure) }),
        ),
    });
  };

  const { expects } = task;
  const acts = expects.documentActs;
  const documents = useRunDocuments(runId);
  const reviewed = useReviewedOutput(runId, period);
  const hasReport = !!documents.data?.some((d) => d.kind === reportKindOf(period) && d.latestVersionId);
  const complete = (output: TaskOutputDto | null) => send({ type: 'complete', taskId: task.id, output });
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      bg="blue.0"
      component="section"
      aria-labelledby={headingId}
      data-testid="task-actions"
      data-step={task.stepNo}
    >
      <Stack gap="sm">
        <Title order={4} size="h5" id={headingId}>
          {t('task.yourTask')}
          {task.unitName ? ` · ${t('task.forUnit', { unit: task.unitName })}` : ''}
        </Title>
        <FormErrorSummary error={error} />
        {expects.decision ? (
          <>
            <ReviewedDocument runId={runId} period={period} />
            <DecisionForm
              yes={expects.decision.yes}
              no={expects.decision.no}
              pending={mutation.isPending}
              onApprove={() =>
                send({ type: 'decide', taskId: task.id, decision: 'approve', reason: null, output: reviewed })
              }
              onReturn={(reason) =>
                send({ type: 'decide', taskId: task.id, decision: 'return', reason, output: reviewed })
              }
            />
          </>
        ) : (expects.signature || expects.paraf) && hasReport ? (
          <DocumentActForm
            runId={runId}
            task={task}
            period={period}
            act={expects.signature ? 'sign' : 'paraf'}
            onDone={onDone}
          />
        ) : acts.includes('report') ? (
          <GenerateStepPanel
            runId={runId}
            task={task}
            period={period}
            kind={reportKindOf(period)}
            pending={mutation.isPending}
            onComplete={complete}
          />
        ) : acts.includes('cover_letter') && !acts.includes('send') && !acts.includes('archive') ? (
          <GenerateStepPanel
            runId={runId}
            task={task}
            period={period}
            kind="surat_pengantar"
            pending={mutation.isPending}
            onComplete={complete}
          />
        ) : acts.includes('send') || acts.includes('archive') ? (
          <>
            {acts.includes('cover_letter') && (
              <GenerateStepPanel
                runId={runId}
                task={task}
                period={period}
                kind="surat_pengantar"
                pending={mutation.isPending}
                onComplete={complete}
                withoutComplete
              />
            )}
            <SendArchivePanel
              runId={runId}
              task={task}
              period={period}
              pending={mutation.isPending}
              onComplete={complete}
            />
          </>
        ) : acts.includes('collection_format') ? (
          <CollectionFormatPanel period={period} pending={mutation.isPending} onComplete={complete} />
        ) : expects.signature ? (
          <SignoffForm
            hint={t('task.signHint')}
            label={t('task.sign')}
            pending={mutation.isPending}
            onSubmit={() => send({ type: 'sign', taskId: task.id })}
          />
        ) : expects.paraf ? (
          <SignoffForm
            hint={t('task.parafHint')}
            label={t('task.paraf')}
            pending={mutation.isPending}
            onSubmit={() => send({ type: 'paraf', taskId: task.id })}
          />
        ) : expects.meeting ? (
          <MeetingForm
            timeZone={timeZone}
            pending={mutation.isPending}
            onSubmit={(output) => send({ type: 'complete', taskId: task.id, output })}
          />
        ) : (
          <OutputForm
            runId={runId}
            taskId={task.id}
            onError={setError}
            forward={reviewed}
            needsOutput={expects.outputs.length > 0}
            pending={mutation.isPending}
            onSubmit={(output) => send({ type: 'complete', taskId: task.id, output })}
          />
        )}
        {task.status === 'open' && (
          <Group gap="xs">
            <Button
              variant="subtle"
              size="xs"
              onClick={() => send({ type: 'claim', taskId: task.id })}
              disabled={mutation.isPending}
            >
              {t('task.claim')}
            </Button>
            <Text size="xs" c="dimmed">
              {t('task.claimHint')}
            </Text>
          </Group>
        )}
        <DelegateForm
          pending={mutation.isPending}
          onDelegate={(toPersonId) => send({ type: 'delegate', taskId: task.id, toPersonId })}
        />
      </Stack>
    </Paper>
  );
}

function DecisionForm(props: {
  yes: number;
  no: number;
  pending: boolean;
  onApprove: () => void;
  onReturn: (reason: string) => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  return (
    <Stack gap="xs">
      <Text size="sm">{t('task.decisionHint', { yes: props.yes, no: props.no })}</Text>
      <Textarea
        label={t('task.returnReason')}
        description={t('task.returnReasonRequired')}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        autosize
        minRows={2}
      />
      <Group gap="sm">
        <Button color={DARK_TEXT.green} onClick={props.onApprove} loading={props.pending}>
          {t('task.approve')}
        </Button>
        <Button
          color="red.9"
          variant="outline"
          onClick={() => props.onReturn(reason)}
          disabled={props.pending}
        >
          {t('task.return')}
        </Button>
      </Group>
    </Stack>
  );
}

function SignoffForm(props: { hint: string; label: string; pending: boolean; onSubmit: () => void }) {
  return (
    <Stack gap="xs" align="flex-start">
      <Text size="sm">{props.hint}</Text>
      <Button onClick={props.onSubmit} loading={props.pending}>
        {props.label}
      </Button>
    </Stack>
  );
}

/**
 * A step whose output is a file Alur does not generate (or a note): the file is stored as a document
 * of the run (its name the title), then the step completes naming that document's version.
 */
function OutputForm(props: {
  runId: string;
  taskId: string;
  needsOutput: boolean;
  pending: boolean;
  onError: (error: ApiRequestError) => void;
  /** The run's report as it stands: a step that passes it on completes with it. */
  forward: TaskOutputDto | null;
  onSubmit: (output: TaskOutputDto | null) => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const hintId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [uploading, setUploading] = useState(false);
  const fileName = file?.name ?? null;
  const [note, setNote] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (file) {
      const form = new FormData();
      form.set('file', file);
      form.set('title', file.name.slice(0, 300).padEnd(3, '_'));
      form.set('runId', props.runId);
      form.set('taskId', props.taskId);
      setUploading(true);
      try {
        const stored = await uploadForm(`/api/agencies/${me.agencyId}/documents/upload`, form);
        props.onSubmit({
          kind: 'document',
          documentId: stored.documentId,
          versionId: stored.versionId,
          title: file.name,
        });
      } catch (failure) {
        props.onError(
          failure instanceof ApiRequestError
            ? failure
            : new ApiRequestError(0, { code: 'UNKNOWN', message: String(failure) }),
        );
      } finally {
        setUploading(false);
      }
    } else if (note.trim()) props.onSubmit({ kind: 'note', text: note.trim() });
    else props.onSubmit(null);
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        {props.forward && (
          <Group gap="sm">
            <Button
              variant="light"
              loading={props.pending}
              onClick={() => props.forward && props.onSubmit(props.forward)}
              data-testid="forward-report"
            >
              {t('task.docs.forward', {
                title: props.forward.kind === 'document' ? props.forward.title : '',
              })}
            </Button>
            <Text size="xs" c="dimmed">
              {t('task.docs.forwardHint')}
            </Text>
          </Group>
        )}
        <div>
          <Text size="xs" c="dimmed" mb={4} id={hintId}>
            {t('task.uploadHint')}
          </Text>
          <FileButton onChange={setFile}>
            {(buttonProps) => (
              <Button {...buttonProps} variant="default" aria-describedby={hintId}>
                {t('task.uploadOutput')}
              </Button>
            )}
          </FileButton>
          {fileName && (
            <Text size="sm" mt={4} data-testid="chosen-file">
              {t('task.chosenFile', { name: fileName })}
            </Text>
          )}
        </div>
        {!props.needsOutput && (
          <Textarea
            label={t('task.note')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            autosize
          />
        )}
        <Group>
          <Button type="submit" loading={props.pending || uploading}>
            {t('task.complete')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function MeetingForm(props: {
  timeZone: string;
  pending: boolean;
  onSubmit: (output: TaskOutputDto) => void;
}) {
  const { t } = useTranslation();
  const [agenda, setAgenda] = useState('');
  const [heldAt, setHeldAt] = useState('');
  const [place, setPlace] = useState('');
  const [attendees, setAttendees] = useState('');
  const [minutes, setMinutes] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit({
      kind: 'meeting',
      agenda,
      heldAt: zonedWallTimeToIso(heldAt, props.timeZone) ?? heldAt,
      place,
      attendees: attendees
        .split('\n')
        .map((name) => name.trim())
        .filter(Boolean),
      minutes,
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          {t('task.meeting')}
        </Text>
        <Textarea
          label={t('task.meetingAgenda')}
          value={agenda}
          onChange={(e) => setAgenda(e.currentTarget.value)}
          autosize
          required
        />
        <TextInput
          type="datetime-local"
          label={t('task.meetingHeldAt')}
          value={heldAt}
          onChange={(e) => setHeldAt(e.currentTarget.value)}
          required
        />
        <TextInput
          label={t('task.meetingPlace')}
          value={place}
          onChange={(e) => setPlace(e.currentTarget.value)}
          required
        />
        <Textarea
          label={t('task.meetingAttendees')}
          value={attendees}
          onChange={(e) => setAttendees(e.currentTarget.value)}
          autosize
          minRows={3}
          required
        />
        <Textarea
          label={t('task.meetingMinutes')}
          value={minutes}
          onChange={(e) => setMinutes(e.currentTarget.value)}
          autosize
          minRows={3}
          required
        />
        <Group>
          <Button type="submit" loading={props.pending}>
            {t('task.complete')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
