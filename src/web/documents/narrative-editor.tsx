import { Accordion, Alert, Badge, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentComment, NarrativeDto } from '../../contract';
import { apiRequest } from '../api/api-client';
import type { ApiRequestError } from '../api/api-request-error';
import { FormErrorSummary } from '../components/form-error-summary';
import { asApiError, documentKey, documentsKey, useNarrative } from './document-queries';
import { groupOutline, hasPrompt } from './narrative-outline';

/**
 * The narrative sections of a generated document, grouped by chapter (and BAB III by sasaran), one
 * text area each. Saving sends only the changed sections with the version the editor started from;
 * when someone saved in between the server refuses and the editor says so (nothing is overwritten).
 * The next generation renders the saved text.
 */
export function NarrativeEditor({
  documentId,
  kind,
  editable,
  comments,
  onSaved,
}: {
  documentId: string;
  kind: string;
  editable: boolean;
  comments: DocumentComment[];
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const query = useNarrative(documentId);
  if (query.isPending) return <Text c="dimmed">{t('common.loading')}</Text>;
  if (query.isError)
    return (
      <Alert color="red" role="alert">
        {query.error.message}
      </Alert>
    );
  return (
    <Editor
      key={query.data.version}
      narrative={query.data}
      kind={kind}
      editable={editable}
      comments={comments}
      onSaved={onSaved}
      reload={() => void query.refetch()}
    />
  );
}

function Editor({
  narrative,
  kind,
  editable,
  comments,
  onSaved,
  reload,
}: {
  narrative: NarrativeDto;
  kind: string;
  editable: boolean;
  comments: DocumentComment[];
  onSaved: (message: string) => void;
  reload: () => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [texts, setTexts] = useState<Record<string, string>>(narrative.narrative);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiRequestError | null>(null);
  const keys = useMemo(() => Object.keys(narrative.narrative), [narrative.narrative]);
  const groups = useMemo(() => groupOutline(narrative.outline, keys, kind), [narrative.outline, keys, kind]);
  const changed = keys.filter((k) => texts[k] !== narrative.narrative[k]);
  const openComments = (key: string) => comments.filter((c) => c.sectionKey === key && !c.resolvedAt);
  const conflict = error?.code === 'DOCUMENT_CONFLICT';

  if (keys.length === 0) return <Text c="dimmed">{t('documents.narrative.none')}</Text>;

  const save = async () => {
    setError(null);
    setPending(true);
    try {
      const saved = await apiRequest<NarrativeDto>(
        'PUT',
        `/api/documents/${narrative.documentId}/narrative`,
        {
          version: narrative.version,
          sections: Object.fromEntries(changed.map((k) => [k, texts[k] ?? ''])),
        },
      );
      client.setQueryData([...documentKey(narrative.documentId), 'narrative'], saved);
      void client.invalidateQueries({ queryKey: documentsKey });
      onSaved(t('documents.narrative.saved', { count: changed.length }));
    } catch (failure) {
      setError(asApiError(failure));
    } finally {
      setPending(false);
    }
  };

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {editable ? t('documents.narrative.hint') : t('documents.narrative.readOnly')}
      </Text>
      {conflict ? (
        <Alert color="orange" role="alert" title={t('documents.narrative.conflictTitle')}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{error.message}</Text>
            <Button size="xs" variant="default" onClick={reload}>
              {t('documents.narrative.reload')}
            </Button>
          </Stack>
        </Alert>
      ) : (
        <FormErrorSummary error={error} />
      )}
      <Accordion multiple defaultValue={groups.slice(0, 1).map((g) => g.id)} variant="separated">
        {groups.map((group) => {
          const prompts = group.sections.filter((s) => hasPrompt(texts[s.key] ?? '')).length;
          return (
            <Accordion.Item key={group.id} value={group.id}>
              <Accordion.Control>
                <Group gap="xs" wrap="wrap">
                  <Text fw={600}>{t(group.label.key, group.label.values)}</Text>
                  {prompts > 0 && (
                    <Badge color="yellow" variant="light" size="sm">
                      {t('documents.narrative.promptsLeft', { count: prompts })}
                    </Badge>
                  )}
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <Stack gap="md">
                  {group.sections.map((section) => {
                    const text = texts[section.key] ?? '';
                    const notes = openComments(section.key);
                    const fieldError = error?.fields.find(
                      (f) => f.field === `sections.${section.key}`,
                    )?.message;
                    return (
                      <Stack key={section.key} gap={4}>
                        <Textarea
                          label={section.title}
                          description={
                            <Group gap={6} component="span">
                              {hasPrompt(text) && (
                                <Badge color="yellow" variant="light" size="xs" component="span">
                                  {t('documents.narrative.needsText')}
                                </Badge>
                              )}
                              {notes.length > 0 && (
                                <Badge color="orange" variant="light" size="xs" component="span">
                                  {t('documents.narrative.openComments', { count: notes.length })}
                                </Badge>
                              )}
                            </Group>
                          }
                          value={text}
                          onChange={(e) => {
                            const value = e.currentTarget.value;
                            setTexts((current) => ({ ...current, [section.key]: value }));
                          }}
                          readOnly={!editable}
                          autosize
                          minRows={3}
                          maxRows={18}
                          error={fieldError}
                          data-section={section.key}
                        />
                        {notes.map((c) => (
                          <Text key={c.id} size="xs" c="orange.9" pl="sm" style={{ borderLeft: '3px solid' }}>
                            {c.authorName}: {c.body}
                          </Text>
                        ))}
                      </Stack>
                    );
                  })}
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
      {editable && (
        <Group
          justify="space-between"
          pos="sticky"
          bottom={0}
          py="sm"
          bg="var(--mantine-color-body)"
          style={{ borderTop: '1px solid var(--mantine-color-gray-3)', zIndex: 2 }}
        >
          <Text size="sm" c="dimmed" role="status">
            {changed.length > 0
              ? t('documents.narrative.unsaved', { count: changed.length })
              : t('documents.narrative.allSaved')}
          </Text>
          <Button onClick={save} loading={pending} disabled={changed.length === 0}>
            {t('documents.narrative.save')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
