import { Badge, Button, Group, Paper, Select, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentPage } from '../../contract';
import { apiRequest } from '../api/api-client';
import { useMe } from '../api/use-session';
import { FormErrorSummary } from '../components/form-error-summary';
import { formatDateTime } from '../components/format-date';
import { asApiError, useDocumentAction, useNarrative } from './document-queries';

/**
 * Review comments: write one on a version (optionally on one narrative section), read them per
 * version, mark them resolved. A return in a run names the version, so its comments travel with it.
 */
export function CommentsSection({
  document,
  onDone,
}: {
  document: DocumentPage;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const narrative = useNarrative(document.id, document.hasNarrative);
  const [versionId, setVersionId] = useState<string | null>(document.versions[0]?.id ?? null);
  const [sectionKey, setSectionKey] = useState<string | null>(null);
  const [body, setBody] = useState('');
  const add = useDocumentAction(
    document.id,
    (input: { versionId: string; body: string; sectionKey: string | null }) =>
      apiRequest<{ id: string }>(
        'POST',
        `/api/documents/${document.id}/versions/${input.versionId}/comments`,
        {
          body: input.body,
          sectionKey: input.sectionKey,
        },
      ),
  );
  const resolve = useDocumentAction(document.id, (commentId: string) =>
    apiRequest('POST', `/api/documents/${document.id}/comments/${commentId}/resolve`),
  );
  const titles = new Map((narrative.data?.outline ?? []).map((s) => [s.key, s.title]));
  const sectionOptions = Object.keys(narrative.data?.narrative ?? {}).map((key) => ({
    value: key,
    label: titles.get(key) ?? key,
  }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!versionId) return;
    add.mutate(
      { versionId, body, sectionKey },
      {
        onSuccess: () => {
          setBody('');
          onDone(t('documents.comments.added'));
        },
      },
    );
  };
  const byVersion = document.versions
    .map((v) => ({ version: v, comments: document.comments.filter((c) => c.versionId === v.id) }))
    .filter((g) => g.comments.length > 0);
  return (
    <Stack gap="lg">
      {document.versions.length > 0 && (
        <Paper withBorder radius="md" p="md" component="form" onSubmit={submit} noValidate>
          <Stack gap="sm">
            <FormErrorSummary error={add.error ? asApiError(add.error) : null} />
            <Group gap="sm" align="flex-end" wrap="wrap">
              <Select
                label={t('documents.comments.version')}
                data={document.versions.map((v) => ({
                  value: v.id,
                  label: t('documents.versionNumber', { number: v.number }),
                }))}
                value={versionId}
                onChange={setVersionId}
                allowDeselect={false}
                w={160}
              />
              {sectionOptions.length > 0 && (
                <Select
                  label={t('documents.comments.section')}
                  placeholder={t('documents.comments.wholeDocument')}
                  data={sectionOptions}
                  value={sectionKey}
                  onChange={setSectionKey}
                  clearable
                  searchable
                  w={{ base: '100%', sm: 420 }}
                />
              )}
            </Group>
            <Textarea
              label={t('documents.comments.body')}
              value={body}
              onChange={(e) => setBody(e.currentTarget.value)}
              autosize
              minRows={2}
              error={
                add.error ? asApiError(add.error).fields.find((f) => f.field === 'body')?.message : undefined
              }
            />
            <Button type="submit" loading={add.isPending} style={{ alignSelf: 'flex-start' }}>
              {t('documents.comments.add')}
            </Button>
          </Stack>
        </Paper>
      )}
      {byVersion.length === 0 && <Text c="dimmed">{t('documents.comments.none')}</Text>}
      {byVersion.map(({ version, comments }) => (
        <Stack
          key={version.id}
          gap="xs"
          component="section"
          aria-label={t('documents.versionNumber', { number: version.number })}
        >
          <Text fw={700}>{t('documents.versionNumber', { number: version.number })}</Text>
          {comments.map((c) => (
            <Paper
              key={c.id}
              withBorder
              radius="md"
              p="sm"
              opacity={c.resolvedAt ? 0.65 : 1}
              data-testid="comment"
            >
              <Stack gap={4}>
                <Group gap="xs" justify="space-between" wrap="wrap">
                  <Text size="sm" fw={600}>
                    {c.authorName}{' '}
                    <Text span size="xs" c="dimmed" fw={400}>
                      {formatDateTime(c.createdAt, me.timeZone)}
                    </Text>
                  </Text>
                  {c.resolvedAt ? (
                    <Badge color="green" variant="light" size="sm">
                      {t('documents.comments.resolved')}
                    </Badge>
                  ) : (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      loading={resolve.isPending && resolve.variables === c.id}
                      onClick={() =>
                        resolve.mutate(c.id, {
                          onSuccess: () => onDone(t('documents.comments.resolvedDone')),
                        })
                      }
                    >
                      {t('documents.comments.resolve')}
                    </Button>
                  )}
                </Group>
                {c.sectionKey && (
                  <Text size="xs" c="dimmed">
                    {titles.get(c.sectionKey) ?? c.sectionKey}
                  </Text>
                )}
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {c.body}
                </Text>
              </Stack>
            </Paper>
          ))}
        </Stack>
      ))}
    </Stack>
  );
}
