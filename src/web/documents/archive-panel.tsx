import {
  Button,
  Code,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type AccessClass,
  type ArchiveInput,
  type ArchiveRecord,
  type ArchiveView,
  accessClassSchema,
  type FinalDisposition,
  finalDispositionSchema,
} from '../../contract';
import { apiRequest } from '../api/api-client';
import { ApiRequestError } from '../api/api-request-error';
import { useMe } from '../api/use-session';
import { FormErrorSummary } from '../components/form-error-summary';
import { formatDateTime } from '../components/format-date';
import { QueryState } from '../components/query-state';
import { StatusMessage } from '../components/status-message';
import { useApiForm } from '../components/use-api-form';
import { downloadFile } from '../performance/performance-queries';

const archiveKey = (documentId: string) => ['document', documentId, 'archive'];

/**
 * The archive of a document: once archived, its record (classification, retention, access class, who
 * and when, the PDF's SHA-256) and the package for SRIKANDI; before that, the form for those who may
 * archive.
 */
export function ArchivePanel({ documentId, versionId }: { documentId: string; versionId: string }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string | null>(null);
  const archive = useQuery({
    queryKey: archiveKey(documentId),
    queryFn: () => apiRequest<ArchiveView>('GET', `/api/documents/${documentId}/archive`),
  });
  return (
    <Stack gap="md" component="section" aria-labelledby="archive-heading">
      <div>
        <Title order={2} size="h4" id="archive-heading">
          {t('archive.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('archive.description')}
        </Text>
      </div>
      <StatusMessage message={status} onDone={() => setStatus(null)} />
      <QueryState query={archive}>
        {(view) =>
          view.record ? (
            <ArchiveRecordCard documentId={documentId} record={view.record} onDone={setStatus} />
          ) : view.canArchive ? (
            <ArchiveForm
              documentId={documentId}
              versionId={versionId}
              suggested={view.suggestedClassificationCode}
              onDone={setStatus}
            />
          ) : (
            <Text c="dimmed">{t('archive.notArchived')}</Text>
          )
        }
      </QueryState>
    </Stack>
  );
}

function ArchiveRecordCard({
  documentId,
  record,
  onDone,
}: {
  documentId: string;
  record: ArchiveRecord;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const form = useApiForm({});
  const download = useMutation({
    mutationFn: () => downloadFile(`/api/documents/${documentId}/archive/package`, 'arsip.zip'),
    onSuccess: (name) => {
      form.setError(null);
      onDone(t('archive.downloaded', { name }));
    },
    onError: (error) =>
      form.setError(new ApiRequestError(0, { code: 'DOWNLOAD', message: (error as Error).message })),
  });
  const item = (label: string, value: ReactNode) => (
    <div>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500} component="div" className="alur-break">
        {value}
      </Text>
    </div>
  );
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="md">
        <Title order={3} size="h5">
          {t('archive.record')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {item(t('archive.classificationCode'), record.classificationCode)}
          {item(
            t('archive.retention'),
            t('archive.retentionText', {
              active: record.retentionActiveYears,
              inactive: record.retentionInactiveYears,
            }),
          )}
          {item(t('archive.finalDisposition'), t(`finalDisposition.${record.finalDisposition}`))}
          {item(t('archive.accessClass'), t(`accessClass.${record.accessClass}`))}
          {item(t('archive.version'), t('distribution.versionNumber', { number: record.versionNumber }))}
          {item(
            t('archive.archivedBy'),
            `${record.archivedByName ?? '—'}, ${formatDateTime(record.archivedAt, me.timeZone)}`,
          )}
        </SimpleGrid>
        {item(t('archive.sha256'), <Code>{record.pdfSha256}</Code>)}
        <FormErrorSummary error={form.error} />
        <Group>
          <Button loading={download.isPending} onClick={() => download.mutate()}>
            {t('archive.download')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function ArchiveForm({
  documentId,
  versionId,
  suggested,
  onDone,
}: {
  documentId: string;
  versionId: string;
  suggested: string | null;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const form = useApiForm({
    classificationCode: suggested ?? '',
    retentionActiveYears: 2 as number | string,
    retentionInactiveYears: 5 as number | string,
    finalDisposition: 'permanen' as FinalDisposition,
    accessClass: 'biasa' as AccessClass,
  });
  const mutation = useMutation({
    mutationFn: (input: ArchiveInput) =>
      apiRequest<ArchiveRecord>('POST', `/api/documents/${documentId}/archive`, input),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['document', documentId] });
      onDone(t('archive.archived'));
    },
    onError: form.setError,
  });
  const v = form.values;
  const years = (value: number | string) => (typeof value === 'number' ? value : Number.NaN);
  return (
    <Paper withBorder p="md" radius="md">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          mutation.mutate({
            versionId,
            classificationCode: v.classificationCode.trim(),
            retentionActiveYears: years(v.retentionActiveYears),
            retentionInactiveYears: years(v.retentionInactiveYears),
            finalDisposition: v.finalDisposition,
            accessClass: v.accessClass,
          });
        }}
      >
        <Stack gap="sm">
          <FormErrorSummary error={form.error} />
          <TextInput
            label={t('archive.classificationCode')}
            name="classificationCode"
            placeholder="000.8.3.3"
            value={v.classificationCode}
            onChange={(e) => form.set('classificationCode', e.currentTarget.value)}
            error={form.fieldError('classificationCode')}
            withAsterisk
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NumberInput
              label={t('archive.retentionActive')}
              name="retentionActiveYears"
              min={0}
              max={100}
              allowDecimal={false}
              value={v.retentionActiveYears}
              onChange={(value) => form.set('retentionActiveYears', value)}
              error={form.fieldError('retentionActiveYears')}
              withAsterisk
            />
            <NumberInput
              label={t('archive.retentionInactive')}
              name="retentionInactiveYears"
              min={0}
              max={100}
              allowDecimal={false}
              value={v.retentionInactiveYears}
              onChange={(value) => form.set('retentionInactiveYears', value)}
              error={form.fieldError('retentionInactiveYears')}
              withAsterisk
            />
            <Select
              label={t('archive.finalDisposition')}
              name="finalDisposition"
              data={finalDispositionSchema.options.map((d) => ({
                value: d,
                label: t(`finalDisposition.${d}`),
              }))}
              value={v.finalDisposition}
              onChange={(value) => value && form.set('finalDisposition', value as FinalDisposition)}
              allowDeselect={false}
              error={form.fieldError('finalDisposition')}
              withAsterisk
            />
            <Select
              label={t('archive.accessClass')}
              name="accessClass"
              data={accessClassSchema.options.map((a) => ({ value: a, label: t(`accessClass.${a}`) }))}
              value={v.accessClass}
              onChange={(value) => value && form.set('accessClass', value as AccessClass)}
              allowDeselect={false}
              error={form.fieldError('accessClass')}
              withAsterisk
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={mutation.isPending}>
              {t('archive.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
