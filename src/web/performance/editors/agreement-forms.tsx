import { Select, SimpleGrid, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AgreementsEditor, EditorAgreement } from '../../../contract';
import { FormModal } from '../../components/form-modal';
import { useApiForm } from '../../components/use-api-form';
import { formatNumberId } from '../format-id';
import { canonicalDraft, draftOf } from './decimal-draft';
import { useSendEdit } from './editor-queries';

const OUTSIDE = 'outside';
const LEVELS = ['jpt_pratama', 'administrator', 'pengawas'] as const;

/**
 * The header of a PK: its level, the parties (the second may be a superior outside the agency, named
 * by title), the number and the date. The names printed come from the appointments on that date.
 */
export function AgreementPartiesForm({
  agencyId,
  editor,
  agreement,
  onClose,
  onSaved,
}: {
  agencyId: string;
  editor: AgreementsEditor;
  agreement: EditorAgreement;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const send = useSendEdit(agencyId);
  const form = useApiForm({
    level: agreement.level as string,
    firstPartyPositionId: agreement.firstPartyPositionId,
    secondParty: agreement.secondPartyPositionId ?? OUTSIDE,
    secondPartyTitle: agreement.secondPartyTitle ?? '',
    number: agreement.number ?? '',
    signedOn: agreement.signedOn ?? '',
  });
  const v = form.values;
  const positions = editor.positions.map((p) => ({
    value: p.id,
    label: p.holder ? `${p.title} — ${p.holder}` : p.title,
  }));
  const mutation = useMutation({
    mutationFn: () =>
      send('PATCH', `/agreements/${agreement.id}`, {
        revision: agreement.revision,
        level: v.level,
        firstPartyPositionId: v.firstPartyPositionId,
        secondPartyPositionId: v.secondParty === OUTSIDE ? null : v.secondParty,
        secondPartyTitle: v.secondParty === OUTSIDE ? v.secondPartyTitle : null,
        number: v.number.trim() === '' ? null : v.number,
        signedOn: v.signedOn.trim() === '' ? null : v.signedOn,
      }),
    onSuccess: onSaved,
    onError: form.setError,
  });
  return (
    <FormModal
      opened
      title={t('perfEdit.pk.partiesTitle', { title: agreement.firstParty.title })}
      onClose={onClose}
      onSubmit={() => mutation.mutate()}
      pending={mutation.isPending}
      error={form.error}
    >
      <Select
        label={t('perfEdit.pk.level')}
        data={LEVELS.map((l) => ({ value: l, label: t(`perf.pk.level.${l}`) }))}
        value={v.level}
        onChange={(value) => value && form.set('level', value)}
        error={form.fieldError('level')}
        allowDeselect={false}
      />
      <Select
        label={t('perf.pk.firstParty')}
        data={positions}
        value={v.firstPartyPositionId}
        onChange={(value) => value && form.set('firstPartyPositionId', value)}
        error={form.fieldError('firstPartyPositionId')}
        allowDeselect={false}
        searchable
      />
      <Select
        label={t('perf.pk.secondParty')}
        data={[...positions, { value: OUTSIDE, label: t('perfEdit.pk.outside') }]}
        value={v.secondParty}
        onChange={(value) => value && form.set('secondParty', value)}
        error={form.fieldError('secondPartyPositionId')}
        allowDeselect={false}
        searchable
      />
      {v.secondParty === OUTSIDE && (
        <TextInput
          label={t('perfEdit.pk.secondPartyTitle')}
          description={t('perfEdit.pk.secondPartyTitleHelp')}
          value={v.secondPartyTitle}
          onChange={(e) => form.set('secondPartyTitle', e.currentTarget.value)}
          error={form.fieldError('secondPartyTitle')}
          required
        />
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label={t('perfEdit.pk.number')}
          value={v.number}
          onChange={(e) => form.set('number', e.currentTarget.value)}
          error={form.fieldError('number')}
        />
        <TextInput
          type="date"
          label={t('perfEdit.pk.signedOn')}
          description={t('perfEdit.pk.signedOnHelp')}
          value={v.signedOn}
          onChange={(e) => form.set('signedOn', e.currentTarget.value)}
          error={form.fieldError('signedOn')}
        />
      </SimpleGrid>
    </FormModal>
  );
}

/** Puts a Renstra indicator into a PK with the year's target: the Renstra's, or another with a reason. */
export function AddAgreementIndicatorForm({
  agencyId,
  editor,
  agreement,
  onClose,
  onSaved,
}: {
  agencyId: string;
  editor: AgreementsEditor;
  agreement: EditorAgreement;
  onClose: () => void;
  onSaved: (code: string) => void;
}) {
  const { t } = useTranslation();
  const send = useSendEdit(agencyId);
  const form = useApiForm({ indicatorId: null as string | null, target: '', reason: '' });
  const v = form.values;
  const inPk = new Set(agreement.indicators.map((i) => i.indicatorId));
  const choices = editor.indicators.filter((i) => !inPk.has(i.id));
  const chosen = editor.indicators.find((i) => i.id === v.indicatorId);
  const differs =
    chosen !== undefined &&
    v.target.trim() !== '' &&
    (chosen.polarity === 'qualitative'
      ? v.target.trim() !== (chosen.renstraTarget ?? '')
      : canonicalDraft(v.target) !== chosen.renstraTarget);
  const mutation = useMutation({
    mutationFn: () =>
      send('POST', `/agreements/${agreement.id}/indicators`, {
        indicatorId: v.indicatorId,
        target: v.target.trim() === '' ? null : v.target,
        reason: differs ? v.reason : null,
      }),
    onSuccess: () => onSaved(chosen?.code ?? ''),
    onError: form.setError,
  });
  return (
    <FormModal
      opened
      title={t('perfEdit.pk.addIndicatorTitle', { title: agreement.firstParty.title })}
      onClose={onClose}
      onSubmit={() => mutation.mutate()}
      pending={mutation.isPending}
      error={form.error}
      submitLabel={t('perfEdit.pk.addIndicator')}
    >
      <Select
        label={t('perf.indicator')}
        data={choices.map((i) => ({ value: i.id, label: `${i.code} – ${i.name}` }))}
        value={v.indicatorId}
        onChange={(value) => {
          const next = editor.indicators.find((i) => i.id === value);
          form.setValues((current) => ({
            ...current,
            indicatorId: value,
            target:
              next?.polarity === 'qualitative' ? (next.renstraTarget ?? '') : draftOf(next?.renstraTarget),
          }));
        }}
        error={form.fieldError('indicatorId')}
        searchable
        required
        nothingFoundMessage={t('common.noMatch')}
      />
      {chosen && (
        <Text size="sm" c="dimmed">
          {t('perfEdit.pk.renstraTargetIs', {
            value: chosen.renstraTarget === null ? '–' : formatNumberId(chosen.renstraTarget),
            unit: chosen.unitLabel,
          })}
        </Text>
      )}
      <TextInput
        label={t('perfEdit.pk.target', { year: editor.year })}
        inputMode="decimal"
        value={v.target}
        onChange={(e) => form.set('target', e.currentTarget.value)}
        error={form.fieldError('target')}
      />
      {differs && (
        <Textarea
          label={t('perfEdit.reasonRequired')}
          value={v.reason}
          onChange={(e) => form.set('reason', e.currentTarget.value)}
          error={form.fieldError('reason')}
          autosize
          minRows={2}
          withAsterisk
        />
      )}
    </FormModal>
  );
}
