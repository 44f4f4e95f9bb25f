import { Button, type ButtonProps, Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GeneratedDocumentKind, GenerationJob } from '../../contract';
import type { ApiRequestError } from '../api/api-request-error';
import { useMe } from '../api/use-session';
import { FormErrorSummary } from '../components/form-error-summary';
import { asApiError, documentsKey, useRequestGeneration } from './document-queries';
import { GenerationProgress } from './generation-progress';

export interface GenerateDocumentButtonProps {
  kind: GeneratedDocumentKind;
  year: number;
  quarter?: number | null;
  runId?: string | null;
  taskId?: string | null;
  /** What the document is made from when not the agency and period (an SOP version, a PK). */
  sourceRef?: string | null;
  /** Regenerate this document (a new version) instead of the agency's draft of the kind and period. */
  documentId?: string | null;
  /** Default: the signed-in person's agency. */
  agencyId?: string;
  /** Called once the new version is stored. */
  onDone?: (versionId: string, documentId: string) => void;
  label?: string;
  variant?: ButtonProps['variant'];
  disabled?: boolean;
}

/**
 * Asks the server to generate a document and shows the job's progress until it is stored (stage in
 * words and a bar) or failed (with every missing piece of data). Used on the documents pages and in a
 * run's task panel.
 */
export function GenerateDocumentButton(props: GenerateDocumentButtonProps) {
  const { t } = useTranslation();
  const me = useMe();
  const client = useQueryClient();
  const agencyId = props.agencyId ?? me.agencyId;
  const request = useRequestGeneration(agencyId);
  const [jobId, setJobId] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<ApiRequestError | null>(null);
  const { onDone } = props;

  const start = () => {
    setError(null);
    setJobId(null);
    request.mutate(
      {
        kind: props.kind,
        year: props.year,
        quarter: props.quarter ?? null,
        runId: props.runId ?? null,
        taskId: props.taskId ?? null,
        sourceRef: props.sourceRef ?? null,
        documentId: props.documentId ?? null,
      },
      {
        onSuccess: (result) => {
          setJobId(result.jobId);
          setRunning(true);
        },
        onError: (failure) => setError(asApiError(failure)),
      },
    );
  };
  const finished = useCallback(
    (job: GenerationJob) => {
      setRunning(false);
      void client.invalidateQueries({ queryKey: documentsKey });
      if (job.status === 'done' && job.versionId && job.documentId) onDone?.(job.versionId, job.documentId);
    },
    [client, onDone],
  );
  return (
    <Stack gap="xs" data-testid="generate-document">
      <Button
        onClick={start}
        loading={request.isPending || running}
        disabled={props.disabled}
        variant={props.variant}
        style={{ alignSelf: 'flex-start' }}
      >
        {props.label ?? t('documents.generate.button')}
      </Button>
      <FormErrorSummary error={error} failedTitle={t('documents.generate.failed')} />
      {jobId && <GenerationProgress key={jobId} jobId={jobId} onFinished={finished} />}
    </Stack>
  );
}
