import { Button, FileButton, Group, NumberInput, Select, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { RunDetail } from '../../contract';
import { apiRequest } from '../api/api-client';
import { useMe } from '../api/use-session';
import { FormModal } from '../components/form-modal';
import { useApiForm } from '../components/use-api-form';
import { uploadForm } from '../documents/document-queries';
import { runKey, runsKey, useSops } from './run-queries';

interface StartValues {
  sopId: string | null;
  purpose: string;
  year: number | string;
  quarter: string;
  disposition: string;
}

/**
 * Starts a run of a published SOP: purpose ("LKjIP 2026"), period (a year, or a quarter of it) and
 * the head's written disposition. Opens the new run's page.
 */
export function StartRunModal({
  opened,
  onClose,
  sopId,
}: {
  opened: boolean;
  onClose: () => void;
  /** Preselects the SOP (when started from its page). */
  sopId?: string;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const client = useQueryClient();
  const sops = useSops(me.agencyId);
  const form = useApiForm<StartValues>({
    sopId: sopId ?? null,
    purpose: '',
    year: new Date().getFullYear(),
    quarter: 'year',
    disposition: '',
  });
  const { reset } = form;
  const [letter, setLetter] = useState<File | null>(null);
  useEffect(() => {
    if (opened) setLetter(null);
    if (opened)
      reset({
        sopId: sopId ?? null,
        purpose: '',
        year: new Date().getFullYear(),
        quarter: 'year',
        disposition: '',
      });
  }, [opened, sopId, reset]);

  const published = (sops.data ?? []).filter((s) => s.publishedVersion !== null);
  const mutation = useMutation({
    mutationFn: async (values: StartValues) => {
      // The incoming letter is stored first (as a document of the agency), then named by the disposition.
      let uploaded: { documentId: string; title: string } | null = null;
      if (letter && values.disposition.trim()) {
        const form = new FormData();
        form.set('file', letter);
        form.set('title', letter.name.slice(0, 300).padEnd(3, '_'));
        const result = await uploadForm(`/api/agencies/${me.agencyId}/documents/upload`, form);
        uploaded = { documentId: result.documentId, title: letter.name };
      }
      return apiRequest<RunDetail>('POST', '/api/runs', {
        sopId: values.sopId,
        purpose: values.purpose,
        period: {
          year: Number(values.year),
          quarter: values.quarter === 'year' ? null : Number(values.quarter),
        },
        disposition: values.disposition.trim()
          ? {
              text: values.disposition.trim(),
              addresseePositionIds: [],
              letter: uploaded,
            }
          : null,
      });
    },
    onSuccess: (run) => {
      client.setQueryData(runKey(run.id), run);
      void client.invalidateQueries({ queryKey: runsKey });
      void client.invalidateQueries({ queryKey: ['inbox'] });
      void client.invalidateQueries({ queryKey: ['home'] });
      onClose();
      navigate(`/runs/${run.id}`);
    },
    onError: form.setError,
  });

  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t('run.startTitle')}
      onSubmit={() => mutation.mutate(form.values)}
      pending={mutation.isPending}
      error={form.error}
      submitLabel={t('run.startSubmit')}
    >
      {published.length === 0 && !sops.isPending && <Text c="dimmed">{t('run.noPublishedSop')}</Text>}
      <Select
        label={t('run.startSop')}
        data={published.map((s) => ({ value: s.id, label: `${s.title} (${s.code})` }))}
        value={form.values.sopId}
        onChange={(value) => form.set('sopId', value)}
        error={form.fieldError('sopId')}
        required
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
      />
      <TextInput
        label={t('run.startPurpose')}
        description={t('run.startPurposeHint')}
        name="purpose"
        value={form.values.purpose}
        onChange={(e) => form.set('purpose', e.currentTarget.value)}
        error={form.fieldError('purpose')}
        required
      />
      <NumberInput
        label={t('run.startYear')}
        value={form.values.year}
        onChange={(value) => form.set('year', value)}
        error={form.fieldError('period.year')}
        min={2000}
        max={2100}
        allowDecimal={false}
        required
      />
      <Select
        label={t('run.startQuarter')}
        data={[
          { value: 'year', label: t('run.yearlyOption') },
          ...[1, 2, 3, 4].map((q) => ({ value: String(q), label: t('run.quarterOption', { quarter: q }) })),
        ]}
        value={form.values.quarter}
        onChange={(value) => form.set('quarter', value ?? 'year')}
        error={form.fieldError('period.quarter')}
        allowDeselect={false}
      />
      <Textarea
        label={t('run.startDisposition')}
        description={t('run.startDispositionHint')}
        name="disposition"
        value={form.values.disposition}
        onChange={(e) => form.set('disposition', e.currentTarget.value)}
        error={form.fieldError('disposition.text')}
        autosize
        minRows={3}
      />
      <Group gap="sm" align="center">
        <FileButton onChange={setLetter} accept="application/pdf,.pdf,.docx,.odt,.png,.jpg,.jpeg">
          {(props) => (
            <Button variant="default" {...props}>
              {t('run.startLetter')}
            </Button>
          )}
        </FileButton>
        <Text size="sm" c={letter ? undefined : 'dimmed'} data-testid="start-letter-name">
          {letter?.name ?? t('run.startLetterHint')}
        </Text>
      </Group>
    </FormModal>
  );
}
