import { Alert, Checkbox, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentPage } from '../../contract';
import { useComparison, useNarrative } from './document-queries';

/** Additions: green and not underlined; removals: red and struck (colour is never the only cue). */
const ADDED = {
  background: 'var(--mantine-color-green-1)',
  color: 'var(--mantine-color-green-9)',
  textDecoration: 'none',
  borderBottom: '2px solid var(--mantine-color-green-6)',
} as const;
const REMOVED = {
  background: 'var(--mantine-color-red-1)',
  color: 'var(--mantine-color-red-9)',
  textDecoration: 'line-through',
} as const;

/**
 * What changed in the narrative between two versions, word by word: additions green, removals red
 * and struck through. Defaults to the two latest versions that have a narrative.
 */
export function CompareView({ document }: { document: DocumentPage }) {
  const { t } = useTranslation();
  const withText = document.versions.filter((v) => v.hasNarrative);
  const [to, setTo] = useState<string | null>(withText[0]?.id ?? null);
  const [from, setFrom] = useState<string | null>(withText[1]?.id ?? null);
  const [changedOnly, setChangedOnly] = useState(true);
  const comparison = useComparison(document.id, from, to);
  const narrative = useNarrative(document.id, document.hasNarrative);
  const titles = new Map((narrative.data?.outline ?? []).map((s) => [s.key, s.title]));
  if (withText.length < 2) return <Text c="dimmed">{t('documents.compare.needTwo')}</Text>;
  const options = withText.map((v) => ({
    value: v.id,
    label: t('documents.versionNumber', { number: v.number }),
  }));
  const sections = (comparison.data?.sections ?? []).filter((s) => !changedOnly || s.status !== 'same');
  return (
    <Stack gap="md">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label={t('documents.compare.from')}
          data={options}
          value={from}
          onChange={setFrom}
          allowDeselect={false}
          w={150}
        />
        <Select
          label={t('documents.compare.to')}
          data={options}
          value={to}
          onChange={setTo}
          allowDeselect={false}
          w={150}
        />
        <Checkbox
          label={t('documents.compare.changedOnly')}
          checked={changedOnly}
          onChange={(e) => setChangedOnly(e.currentTarget.checked)}
          mb={8}
        />
      </Group>
      <Group gap="md" aria-hidden>
        <Text size="sm">
          <ins style={ADDED}>{t('documents.compare.legendAdded')}</ins>
        </Text>
        <Text size="sm">
          <del style={REMOVED}>{t('documents.compare.legendRemoved')}</del>
        </Text>
      </Group>
      {from === to && <Text c="dimmed">{t('documents.compare.same')}</Text>}
      {comparison.isError && (
        <Alert color="red" role="alert">
          {comparison.error.message}
        </Alert>
      )}
      {comparison.data && sections.length === 0 && <Text c="dimmed">{t('documents.compare.noChanges')}</Text>}
      {sections.map((section) => (
        <Paper
          key={section.key}
          withBorder
          radius="md"
          p="md"
          data-testid="diff-section"
          data-status={section.status}
        >
          <Title order={3} size="h5" mb={6}>
            {titles.get(section.key) ?? section.key}
            {section.status !== 'changed' && section.status !== 'same' && (
              <Text span size="sm" c="dimmed" fw={400}>
                {' '}
                · {t(`documents.compare.status.${section.status}`)}
              </Text>
            )}
          </Title>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} className="alur-break">
            {section.runs.map((run, i) =>
              run.change === 'added' ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: runs have no identity beyond their place
                <ins key={i} style={ADDED}>
                  {run.text}
                </ins>
              ) : run.change === 'removed' ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: as above
                <del key={i} style={REMOVED}>
                  {run.text}
                </del>
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: as above
                <span key={i}>{run.text}</span>
              ),
            )}
          </Text>
        </Paper>
      ))}
    </Stack>
  );
}
