import { Badge, Button, Code, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LetterPattern } from '../../../contract';
import { agencyPath } from '../../admin/agency-queries';
import { apiRequest } from '../../api/api-client';
import { FormErrorSummary } from '../../components/form-error-summary';
import { QueryState } from '../../components/query-state';
import { ResponsiveTable } from '../../components/responsive-table';
import { useApiForm } from '../../components/use-api-form';
import { useInvalidateLetters, useLetterPatterns } from './letter-queries';
import { PatternFormModal } from './pattern-form-modal';

/** The agency's number patterns with the number each gives next; add, edit, choose the default. */
export function LetterPatternsSection({
  agencyId,
  onDone,
}: {
  agencyId: string;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const patterns = useLetterPatterns(agencyId);
  const invalidate = useInvalidateLetters(agencyId);
  const [editing, setEditing] = useState<LetterPattern | 'new' | null>(null);
  const failure = useApiForm({});
  const makeDefault = useMutation({
    mutationFn: (p: LetterPattern) =>
      apiRequest<LetterPattern>('PATCH', agencyPath(agencyId, `/letter-patterns/${p.id}`), {
        isDefault: true,
      }),
    onSuccess: async () => {
      failure.setError(null);
      await invalidate();
      onDone(t('letters.patternSaved'));
    },
    onError: failure.setError,
  });
  return (
    <Stack gap="md">
      <Group justify="flex-end">
        <Button onClick={() => setEditing('new')}>{t('letters.addPattern')}</Button>
      </Group>
      <FormErrorSummary error={failure.error} />
      <QueryState query={patterns}>
        {(rows) => (
          <ResponsiveTable
            caption={t('letters.patternsCaption')}
            rows={rows}
            rowKey={(p) => p.id}
            minWidth={900}
            columns={[
              {
                key: 'name',
                header: t('letters.patternName'),
                render: (p) => (
                  <Stack gap={4} align="flex-start">
                    <span>{p.name}</span>
                    {p.isDefault && (
                      <Badge variant="light" color="blue" c="blue.9" tt="none" radius="sm">
                        {t('letters.default')}
                      </Badge>
                    )}
                  </Stack>
                ),
              },
              { key: 'pattern', header: t('letters.patternText'), render: (p) => <Code>{p.pattern}</Code> },
              {
                key: 'next',
                header: t('letters.nextNumber'),
                render: (p) =>
                  p.nextNumber ? (
                    <Text fw={600} size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {p.nextNumber}
                    </Text>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('letters.nextNumberPerClassification')}
                    </Text>
                  ),
              },
              {
                key: 'codes',
                header: t('letters.codes'),
                render: (p) => (
                  <Stack gap={0}>
                    {p.classificationCode && (
                      <Text size="sm">
                        {t('letters.classificationShort', { code: p.classificationCode })}
                      </Text>
                    )}
                    {p.unitCode && <Text size="sm">{t('letters.unitShort', { code: p.unitCode })}</Text>}
                    {p.sequencePerClassification && (
                      <Text size="sm" c="dimmed">
                        {t('letters.perClassificationShort')}
                      </Text>
                    )}
                    {!p.classificationCode && !p.unitCode && !p.sequencePerClassification && '—'}
                  </Stack>
                ),
              },
            ]}
            actionsHeader={t('common.actions')}
            actions={(p) => (
              <>
                {!p.isDefault && (
                  <Button
                    size="xs"
                    variant="subtle"
                    loading={makeDefault.isPending && makeDefault.variables?.id === p.id}
                    onClick={() => makeDefault.mutate(p)}
                    aria-label={t('letters.makeDefaultNamed', { name: p.name })}
                  >
                    {t('letters.makeDefault')}
                  </Button>
                )}
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => setEditing(p)}
                  aria-label={t('letters.editNamed', { name: p.name })}
                >
                  {t('common.edit')}
                </Button>
              </>
            )}
            empty={<Text c="dimmed">{t('letters.patternsEmpty')}</Text>}
          />
        )}
      </QueryState>
      {editing && (
        <PatternFormModal
          agencyId={agencyId}
          pattern={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={async () => {
            setEditing(null);
            await invalidate();
            onDone(t('letters.patternSaved'));
          }}
        />
      )}
    </Stack>
  );
}
