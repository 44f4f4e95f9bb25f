import { Anchor, Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { RunDetail, RunDocumentDto, TaskOutputDto, TaskView } from '../../contract';
import { apiRequest } from '../api/api-client';
import { ApiRequestError } from '../api/api-request-error';
import { FormErrorSummary } from '../components/form-error-summary';
import { ArchivePanel } from '../documents/archive-panel';
import { DistributionPanel } from '../documents/distribution-panel';
import { documentPath, documentsKey } from '../documents/document-queries';
import { GenerateDocumentButton } from '../documents/generate-document-button';
import { GenerationProgress } from '../documents/generation-progress';
import { UploadVersionButton } from '../documents/upload-version-button';
import { newCommandId } from './new-command-id';
import { inboxKey, runKey } from './run-queries';

export interface RunPeriod {
  year: number;
  quarter: number | null;
}

/** The report a run produces: the LKjIP for a yearly run, the monitoring report for a quarterly one. */
export const reportKindOf = (period: RunPeriod) => (period.quarter === null ? 'lkjip' : 'pemantauan');

const runDocumentsKey = (runId: string) => [...documentsKey, 'run', runId] as const;

export function useRunDocuments(runId: string) {
  return useQuery({
    queryKey: runDocumentsKey(runId),
    queryFn: () => apiRequest<RunDocumentDto[]>('GET', `/api/runs/${runId}/documents`),
  });
}

const asError = (failure: unknown) =>
  failure instanceof ApiRequestError
    ? failure
    : new ApiRequestError(0, { code: 'UNKNOWN', message: String(failure) });

/** The output that points a step at a document's version. */
export const documentOutput = (document: RunDocumentDto): TaskOutputDto | null =>
  document.latestVersionId
    ? {
        kind: 'document',
        documentId: document.id,
        versionId: document.latestVersionId,
        title: document.title,
      }
    : null;

function DocumentLine({ document }: { document: RunDocumentDto }) {
  const { t } = useTranslation();
  return (
    <Text size="sm" data-testid={`run-document-${document.kind}`}>
      <Anchor component={Link} to={documentPath(document.id, document.latestVersionId)}>
        {document.title}
      </Anchor>
      {document.latestVersionNumber !== null &&
        ` · ${t('task.docs.version', { n: document.latestVersionNumber })}`}
      {document.letterNumber && ` · ${t('task.docs.number', { number: document.letterNumber })}`}
    </Text>
  );
}

/**
 * A step that generates a document (the run's report, or its cover letter): generate from the data
 * (progress shown while it is made) or upload a file, then complete the step with that version.
 */
export function GenerateStepPanel(props: {
  runId: string;
  task: TaskView;
  period: RunPeriod;
  kind: 'lkjip' | 'pemantauan' | 'surat_pengantar';
  pending: boolean;
  onComplete: (output: TaskOutputDto) => void;
  /** The step completes elsewhere on the panel (a cover letter made in a sending step). */
  withoutComplete?: boolean;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const documents = useRunDocuments(props.runId);
  const current = documents.data?.find((d) => d.kind === props.kind) ?? null;
  const refresh = () => void client.invalidateQueries({ queryKey: runDocumentsKey(props.runId) });
  const output = current ? documentOutput(current) : null;
  return (
    <Stack gap="xs" data-testid="generate-step">
      <Text size="sm">{t(`task.docs.generateHint.${props.kind}`)}</Text>
      {current && <DocumentLine document={current} />}
      <Group gap="sm" align="flex-start">
        <GenerateDocumentButton
          kind={props.kind}
          year={props.period.year}
          quarter={props.period.quarter}
          runId={props.runId}
          taskId={props.task.id}
          sourceRef={props.kind === 'surat_pengantar' ? props.runId : null}
          documentId={current?.id ?? null}
          label={t(current ? `task.docs.regenerate.${props.kind}` : `task.docs.generate.${props.kind}`)}
          onDone={refresh}
        />
        {current && (
          <UploadVersionButton
            documentId={current.id}
            runId={props.runId}
            taskId={props.task.id}
            label={t('task.docs.uploadRevision')}
            onDone={refresh}
          />
        )}
      </Group>
      {props.task.expects.documentActs.includes('letter_number') && (
        <LetterNumberButton runId={props.runId} taskId={props.task.id} disabled={!current} onDone={refresh} />
      )}
      {!props.withoutComplete && (
        <Group>
          <Button
            disabled={!output || props.pending}
            loading={props.pending}
            onClick={() => output && props.onComplete(output)}
          >
            {current?.latestVersionNumber
              ? t('task.docs.completeWith', { n: current.latestVersionNumber })
              : t('task.complete')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/**
 * The step that prepares the divisions' data-collection format: each division's workbook (its
 * indicators, targets and empty realisation cells) is downloaded from the realisation page; the step
 * records that the format for the period is out.
 */
export function CollectionFormatPanel(props: {
  period: RunPeriod;
  pending: boolean;
  onComplete: (output: TaskOutputDto) => void;
}) {
  const { t } = useTranslation();
  const quarter = props.period.quarter ?? 4;
  const summary = t('task.docs.collectionSummary', { year: props.period.year, quarter });
  return (
    <Stack gap="xs" data-testid="collection-format-step">
      <Text size="sm">{t('task.docs.collectionHint')}</Text>
      <Anchor component={Link} to={`/performance/realisation?year=${props.period.year}&quarter=${quarter}`}>
        {t('task.docs.collectionLink')}
      </Anchor>
      <Group>
        <Button
          loading={props.pending}
          onClick={() =>
            props.onComplete({
              kind: 'data',
              reference: `collection-format:${props.period.year}:${quarter}`,
              summary,
            })
          }
        >
          {t('task.complete')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Issues the cover letter's number (once) and follows the regeneration that prints it. */
function LetterNumberButton(props: { runId: string; taskId: string; disabled: boolean; onDone: () => void }) {
  const { t } = useTranslation();
  const [jobId, setJobId] = useState<string | null>(null);
  const [number, setNumber] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: () =>
      apiRequest<{ number: string; documentId: string; jobId: string | null }>(
        'POST',
        `/api/runs/${props.runId}/tasks/${props.taskId}/letter-number`,
      ),
    onSuccess: (result) => {
      setNumber(result.number);
      setJobId(result.jobId);
      if (!result.jobId) props.onDone();
    },
  });
  return (
    <Stack gap={4}>
      <Group gap="sm">
        <Button
          variant="default"
          onClick={() => mutation.mutate()}
          loading={mutation.isPending}
          disabled={props.disabled}
        >
          {t('task.docs.numberLetter')}
        </Button>
        {number && (
          <Text size="sm" data-testid="letter-number">
            {t('task.docs.number', { number })}
          </Text>
        )}
      </Group>
      <FormErrorSummary error={mutation.error ? asError(mutation.error) : null} />
      {jobId && <GenerationProgress key={jobId} jobId={jobId} onFinished={props.onDone} />}
    </Stack>
  );
}

/** A decision step shows the version under review, so a return points at it and its comments. */
export function ReviewedDocument({ runId, period }: { runId: string; period: RunPeriod }) {
  const { t } = useTranslation();
  const documents = useRunDocuments(runId);
  const report = documents.data?.find((d) => d.kind === reportKindOf(period));
  if (!report) return null;
  return (
    <Stack gap={2}>
      <Text size="sm">{t('task.docs.reviewHint')}</Text>
      <DocumentLine document={report} />
    </Stack>
  );
}

export function useReviewedOutput(runId: string, period: RunPeriod): TaskOutputDto | null {
  const documents = useRunDocuments(runId);
  const report = documents.data?.find((d) => d.kind === reportKindOf(period));
  return report ? documentOutput(report) : null;
}

/**
 * Paraf or signature on the run's report as the step's act. Signing asks for the certificate's
 * passphrase, which goes to the server once and is never kept here either.
 */
export function DocumentActForm(props: {
  runId: string;
  task: TaskView;
  period: RunPeriod;
  act: 'paraf' | 'sign';
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [opened, setOpened] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const mutation = useMutation({
    mutationFn: (act: { act: 'paraf' } | { act: 'sign'; passphrase: string }) =>
      apiRequest<RunDetail>('POST', `/api/runs/${props.runId}/tasks/${props.task.id}/document-act`, {
        commandId: newCommandId(),
        act,
      }),
    onSuccess: (run) => {
      client.setQueryData(runKey(props.runId), run);
      void client.invalidateQueries({ queryKey: inboxKey });
      void client.invalidateQueries({ queryKey: documentsKey });
      setOpened(false);
      setPassphrase('');
      props.onDone(t('task.done', { no: props.task.stepNo }));
    },
  });
  const submitSign = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate({ act: 'sign', passphrase });
  };
  const error = mutation.error ? asError(mutation.error) : null;
  return (
    <Stack gap="xs" align="flex-start">
      <ReviewedDocument runId={props.runId} period={props.period} />
      <Text size="sm">{t(props.act === 'sign' ? 'task.signHint' : 'task.parafHint')}</Text>
      {!opened && <FormErrorSummary error={error} />}
      <Button
        onClick={() => (props.act === 'sign' ? setOpened(true) : mutation.mutate({ act: 'paraf' }))}
        loading={mutation.isPending && props.act === 'paraf'}
      >
        {t(props.act === 'sign' ? 'task.sign' : 'task.paraf')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('task.docs.signTitle')}>
        <form onSubmit={submitSign} noValidate>
          <Stack gap="sm">
            <Text size="sm">{t('task.docs.signExplain')}</Text>
            <FormErrorSummary error={error} />
            <PasswordInput
              label={t('task.docs.passphrase')}
              value={passphrase}
              onChange={(e) => setPassphrase(e.currentTarget.value)}
              autoComplete="off"
              required
              data-autofocus
            />
            <Group justify="flex-end">
              <Button type="submit" loading={mutation.isPending}>
                {t('task.docs.signNow')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}

/** Sending and archiving steps: the signed report's distribution and archive, then complete. */
export function SendArchivePanel(props: {
  runId: string;
  task: TaskView;
  period: RunPeriod;
  pending: boolean;
  onComplete: (output: TaskOutputDto) => void;
}) {
  const { t } = useTranslation();
  const documents = useRunDocuments(props.runId);
  const report = documents.data?.find((d) => d.kind === reportKindOf(props.period));
  const letter = documents.data?.find((d) => d.kind === 'surat_pengantar');
  const acts = props.task.expects.documentActs;
  const client = useQueryClient();
  if (!report?.latestVersionId) return <Text size="sm">{t('task.docs.noSignedReport')}</Text>;
  const output = documentOutput(report)!;
  return (
    <Stack gap="sm" data-testid="send-archive-step">
      <DocumentLine document={report} />
      {letter && <DocumentLine document={letter} />}
      {acts.includes('letter_number') && !acts.includes('cover_letter') && (
        <LetterNumberButton
          runId={props.runId}
          taskId={props.task.id}
          disabled={false}
          onDone={() => void client.invalidateQueries({ queryKey: runDocumentsKey(props.runId) })}
        />
      )}
      {acts.includes('send') && (
        <DistributionPanel documentId={report.id} versionId={report.latestVersionId} />
      )}
      {acts.includes('archive') && <ArchivePanel documentId={report.id} versionId={report.latestVersionId} />}
      <Group>
        <Button onClick={() => props.onComplete(output)} loading={props.pending}>
          {t('task.complete')}
        </Button>
      </Group>
    </Stack>
  );
}
