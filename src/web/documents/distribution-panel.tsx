import { ActionIcon, Button, Group, MultiSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Distribution, DistributionList, DistributionStatus, RecipientInput } from '../../contract';
import { usePositions } from '../admin/agency-queries';
import { apiRequest } from '../api/api-client';
import { useMe } from '../api/use-session';
import { FormErrorSummary } from '../components/form-error-summary';
import { formatDateTime } from '../components/format-date';
import { QueryState } from '../components/query-state';
import { ResponsiveTable } from '../components/responsive-table';
import { StatusMessage } from '../components/status-message';
import { orNull, useApiForm } from '../components/use-api-form';
import { ToneBadge } from '../runs/tone-badge';
import type { Tone } from '../runs/tone-text';

const TONE: Record<DistributionStatus, Tone> = {
  draft: 'gray',
  pending: 'blue',
  sending: 'blue',
  sent: 'green',
  failed: 'red',
  recorded: 'gray',
};

const distributionsKey = (documentId: string) => ['document', documentId, 'distributions'];

/**
 * Sending a document version: choose positions of the agency and type recipients outside it, send,
 * and follow each delivery (queued, sent with its time, failed with the error and attempts). The list
 * refreshes itself while e-mails are on their way.
 */
export function DistributionPanel({ documentId, versionId }: { documentId: string; versionId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const client = useQueryClient();
  const [status, setStatus] = useState<string | null>(null);
  const list = useQuery({
    queryKey: distributionsKey(documentId),
    queryFn: () => apiRequest<DistributionList>('GET', `/api/documents/${documentId}/distributions`),
    refetchInterval: (query) =>
      query.state.data?.recipients.some((r) => r.status === 'pending' || r.status === 'sending')
        ? 3000
        : false,
  });
  const failure = useApiForm({});
  const refresh = () => client.invalidateQueries({ queryKey: distributionsKey(documentId) });
  const send = useMutation({
    mutationFn: () =>
      apiRequest<Distribution[]>('POST', `/api/documents/${documentId}/distributions/send`, { versionId }),
    onSuccess: async () => {
      failure.setError(null);
      await refresh();
      setStatus(t('distribution.sent'));
    },
    onError: failure.setError,
  });
  const remove = useMutation({
    mutationFn: (row: Distribution) =>
      apiRequest<Distribution[]>('DELETE', `/api/documents/${documentId}/distributions/${row.id}`),
    onSuccess: async () => {
      failure.setError(null);
      await refresh();
      setStatus(t('distribution.removed'));
    },
    onError: failure.setError,
  });
  return (
    <Stack gap="md" component="section" aria-labelledby="distribution-heading">
      <div>
        <Title order={2} size="h4" id="distribution-heading">
          {t('distribution.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('distribution.description')}
        </Text>
      </div>
      <StatusMessage message={status} onDone={() => setStatus(null)} />
      <QueryState query={list}>
        {(data) => {
          const drafts = data.recipients.filter((r) => r.versionId === versionId && r.status === 'draft');
          return (
            <Stack gap="md">
              {data.canSend && (
                <AddRecipientsForm
                  agencyId={data.agencyId}
                  documentId={documentId}
                  versionId={versionId}
                  onAdded={async () => {
                    await refresh();
                    setStatus(t('distribution.added'));
                  }}
                />
              )}
              <FormErrorSummary error={failure.error} />
              {data.canSend && drafts.length > 0 && (
                <Group>
                  <Button loading={send.isPending} onClick={() => send.mutate()}>
                    {t('distribution.send', { count: drafts.length })}
                  </Button>
                </Group>
              )}
              <ResponsiveTable
                caption={t('distribution.listCaption')}
                rows={data.recipients}
                rowKey={(r) => r.id}
                minWidth={820}
                columns={[
                  {
                    key: 'recipient',
                    header: t('distribution.recipient'),
                    render: (r) => (
                      <Stack gap={0}>
                        <Text size="sm" fw={500}>
                          {r.recipientName}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {r.recipientEmail ?? t('distribution.noEmail')}
                        </Text>
                      </Stack>
                    ),
                  },
                  {
                    key: 'kind',
                    header: t('distribution.kind'),
                    render: (r) =>
                      t(
                        r.recipientKind === 'internal'
                          ? 'distribution.kindInternal'
                          : 'distribution.kindExternal',
                      ),
                  },
                  {
                    key: 'version',
                    header: t('distribution.version'),
                    render: (r) => t('distribution.versionNumber', { number: r.versionNumber }),
                  },
                  {
                    key: 'status',
                    header: t('distribution.status'),
                    render: (r) => (
                      <ToneBadge
                        tone={TONE[r.status]}
                        tt="none"
                        radius="sm"
                        style={{ minWidth: 'max-content' }}
                      >
                        {t(`deliveryStatus.${r.status}`)}
                      </ToneBadge>
                    ),
                  },
                  {
                    key: 'detail',
                    header: t('distribution.detail'),
                    render: (r) => (
                      <Stack gap={0}>
                        {r.sentAt && <Text size="xs">{formatDateTime(r.sentAt, me.timeZone)}</Text>}
                        {r.attempts > 0 && (
                          <Text size="xs" c="dimmed">
                            {t('distribution.attempts', { count: r.attempts })}
                          </Text>
                        )}
                        {r.error && (
                          <Text size="xs" c="red.9" className="alur-break">
                            {r.error}
                          </Text>
                        )}
                      </Stack>
                    ),
                  },
                ]}
                actionsHeader={t('common.actions')}
                actions={
                  data.canSend
                    ? (r) =>
                        r.status === 'draft' && (
                          <Button
                            size="xs"
                            variant="subtle"
                            color="red"
                            loading={remove.isPending && remove.variables?.id === r.id}
                            onClick={() => remove.mutate(r)}
                            aria-label={t('distribution.removeNamed', { name: r.recipientName })}
                          >
                            {t('distribution.remove')}
                          </Button>
                        )
                    : undefined
                }
                empty={<Text c="dimmed">{t('distribution.empty')}</Text>}
              />
            </Stack>
          );
        }}
      </QueryState>
    </Stack>
  );
}

function AddRecipientsForm({
  agencyId,
  documentId,
  versionId,
  onAdded,
}: {
  agencyId: string;
  documentId: string;
  versionId: string;
  onAdded: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const positions = usePositions(agencyId);
  const form = useApiForm({ positionIds: [] as string[], external: [{ name: '', email: '' }] });
  const v = form.values;
  const externals = v.external.filter((e) => e.name.trim() || e.email.trim());
  const add = useMutation({
    mutationFn: (recipients: RecipientInput[]) =>
      apiRequest<Distribution[]>('POST', `/api/documents/${documentId}/distributions`, {
        versionId,
        recipients,
      }),
    onSuccess: async () => {
      form.reset({ positionIds: [], external: [{ name: '', email: '' }] });
      await onAdded();
    },
    onError: form.setError,
  });
  const offset = v.positionIds.length;
  const internalError = v.positionIds
    .map((_, i) => form.fieldError(`recipients.${i}.positionId`))
    .filter(Boolean)
    .join(' ');
  const externalError = (row: { name: string; email: string }, field: 'name' | 'email') => {
    const index = externals.indexOf(row);
    return index < 0 ? undefined : form.fieldError(`recipients.${offset + index}.${field}`);
  };
  const setExternal = (index: number, patch: Partial<{ name: string; email: string }>) =>
    form.set(
      'external',
      v.external.map((e, i) => (i === index ? { ...e, ...patch } : e)),
    );
  return (
    <Paper withBorder p="md" radius="md">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          add.mutate([
            ...v.positionIds.map((positionId) => ({ kind: 'internal' as const, positionId })),
            ...externals.map((e) => ({
              kind: 'external' as const,
              name: e.name.trim(),
              email: orNull(e.email),
            })),
          ]);
        }}
      >
        <Stack gap="sm">
          <FormErrorSummary error={form.error} />
          <MultiSelect
            label={t('distribution.internal')}
            placeholder={v.positionIds.length === 0 ? t('distribution.internalPlaceholder') : undefined}
            searchable
            data={(positions.data ?? []).map((p) => ({
              value: p.id,
              label: `${p.title} — ${p.holders.map((h) => h.fullName).join(', ') || t('distribution.vacant')}`,
            }))}
            value={v.positionIds}
            onChange={(ids) => form.set('positionIds', ids)}
            error={internalError || form.fieldError('recipients')}
          />
          <Text size="sm" fw={500}>
            {t('distribution.external')}
          </Text>
          {v.external.map((row, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity until sent; order is stable.
            <Group key={i} align="flex-start" gap="sm" wrap="wrap">
              <TextInput
                label={t('distribution.externalNameLabel')}
                aria-label={t('distribution.externalName', { n: i + 1 })}
                value={row.name}
                onChange={(e) => setExternal(i, { name: e.currentTarget.value })}
                error={externalError(row, 'name')}
                style={{ flex: '2 1 220px' }}
              />
              <TextInput
                type="email"
                label={t('distribution.externalEmailLabel')}
                aria-label={t('distribution.externalEmail', { n: i + 1 })}
                value={row.email}
                onChange={(e) => setExternal(i, { email: e.currentTarget.value })}
                error={externalError(row, 'email')}
                style={{ flex: '2 1 220px' }}
              />
              {v.external.length > 1 && (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={28}
                  aria-label={t('distribution.removeExternal', { n: i + 1 })}
                  onClick={() =>
                    form.set(
                      'external',
                      v.external.filter((_, j) => j !== i),
                    )
                  }
                >
                  ×
                </ActionIcon>
              )}
            </Group>
          ))}
          <Group justify="space-between">
            <Button
              variant="subtle"
              onClick={() => form.set('external', [...v.external, { name: '', email: '' }])}
            >
              {t('distribution.addExternal')}
            </Button>
            <Button
              type="submit"
              variant="default"
              loading={add.isPending}
              disabled={v.positionIds.length === 0 && externals.length === 0}
            >
              {t('distribution.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
