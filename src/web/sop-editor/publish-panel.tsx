import { Alert, Anchor, Button, Group, List, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { SopVersion } from '../../contract';
import { apiRequest } from '../api/api-client';
import { ApiRequestError } from '../api/api-request-error';
import { FormErrorSummary } from '../components/form-error-summary';
import { sopKey, sopsKey } from '../runs/run-queries';

/**
 * Publishing the saved draft: lists what still blocks it (the server's problems), refuses while the
 * editor holds unsaved changes, and links to the SOP page where runs start once it is published.
 */
export function PublishPanel({
  sop,
  agencyId,
  dirty,
  onPublished,
}: {
  sop: SopVersion;
  agencyId: string;
  dirty: boolean;
  onPublished: (message: string) => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [effectiveDate, setEffectiveDate] = useState('');
  const [error, setError] = useState<ApiRequestError | null>(null);
  const mutation = useMutation({
    mutationFn: () =>
      apiRequest<{ version: number }>('POST', `/api/sops/${sop.sopId}/publish`, {
        effectiveDate: effectiveDate || null,
      }),
    onSuccess: async (result) => {
      setError(null);
      await Promise.all([
        client.invalidateQueries({ queryKey: sopKey(sop.sopId) }),
        client.invalidateQueries({ queryKey: sopsKey(agencyId) }),
      ]);
      onPublished(t('sopEditor.published', { version: result.version }));
    },
    onError: (failure) =>
      setError(
        failure instanceof ApiRequestError
          ? failure
          : new ApiRequestError(0, { code: 'UNKNOWN', message: String(failure) }),
      ),
  });
  const published = sop.status === 'published';
  const blocked = sop.problems.length > 0;
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        {published && !dirty ? (
          <Text size="sm" data-testid="editor-published">
            {t('sopEditor.isPublished', { version: sop.version })}{' '}
            <Anchor component={Link} to={`/sops/${sop.sopId}`}>
              {t('sopEditor.openSopPage')}
            </Anchor>
          </Text>
        ) : (
          <>
            {dirty && (
              <Alert color="yellow" variant="light">
                {t('sopEditor.saveBeforePublish')}
              </Alert>
            )}
            {blocked ? (
              <Alert
                color="red"
                variant="light"
                title={t('sopEditor.blockedTitle', { count: sop.problems.length })}
                data-testid="publish-blockers"
              >
                <List size="sm" spacing={2}>
                  {sop.problems.map((p) => (
                    <List.Item key={`${p.field}:${p.message}`}>{p.message}</List.Item>
                  ))}
                </List>
              </Alert>
            ) : (
              <Text size="sm" c="#2b8a3e" data-testid="publish-ready">
                {t('sopEditor.readyToPublish')}
              </Text>
            )}
            <FormErrorSummary error={error} />
            <Group align="flex-end">
              <TextInput
                type="date"
                label={t('sopEditor.effectiveDate')}
                value={effectiveDate}
                onChange={(e) => setEffectiveDate(e.currentTarget.value)}
              />
              <Button
                onClick={() => mutation.mutate()}
                loading={mutation.isPending}
                disabled={blocked || dirty}
              >
                {t('sopEditor.publish')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}
