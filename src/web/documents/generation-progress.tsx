import { Alert, List, Progress, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { GenerationJob } from '../../contract';
import { currentLanguage } from '../i18n/i18n';
import { useGenerationJob } from './document-queries';

/**
 * The progress of a generation job: the stage in words and a bar, announced politely; on failure the
 * reason and, for missing data, every missing item. Calls `onFinished` once when the job ends.
 */
export function GenerationProgress({
  jobId,
  onFinished,
}: {
  jobId: string;
  onFinished?: (job: GenerationJob) => void;
}) {
  const { t } = useTranslation();
  const job = useGenerationJob(jobId);
  const reported = useRef<string | null>(null);
  const data = job.data;
  useEffect(() => {
    if (!data || (data.status !== 'done' && data.status !== 'failed')) return;
    if (reported.current === data.id) return;
    reported.current = data.id;
    onFinished?.(data);
  }, [data, onFinished]);

  if (job.isError)
    return (
      <Alert color="red" role="alert">
        {job.error.message}
      </Alert>
    );
  const status = data?.status ?? 'queued';
  const progress = data?.progress ?? 0;
  const stage = t(data?.stage ?? 'documents.stage.queued');
  if (status === 'failed' && data?.error) {
    const language = currentLanguage();
    return (
      <Alert color="red" role="alert" title={t('documents.generate.failed')} data-testid="generation-failed">
        <Stack gap="xs">
          <Text size="sm">{data.error.message[language]}</Text>
          {data.error.fields.length > 0 && (
            <List size="sm" spacing={2} data-testid="missing-data">
              {data.error.fields.map((f) => (
                <List.Item key={`${f.field}:${f.message.id}`}>
                  {f.message[language]}
                  <Text span size="xs" c="dimmed">
                    {' '}
                    ({f.field})
                  </Text>
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
      </Alert>
    );
  }
  return (
    <Stack gap={4} data-testid="generation-progress" data-status={status}>
      <Text size="sm" role="status" aria-live="polite">
        {stage}
        {status !== 'done' ? ` (${progress}%)` : ''}
      </Text>
      <Progress
        value={progress}
        animated={status === 'running' || status === 'queued'}
        color={status === 'done' ? 'green' : 'blue'}
        aria-label={t('documents.generate.progressLabel')}
        size="md"
      />
    </Stack>
  );
}
