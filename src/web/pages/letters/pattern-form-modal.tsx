import { Switch, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { LetterPattern, LetterPatternInput } from '../../../contract';
import { agencyPath } from '../../admin/agency-queries';
import { apiRequest } from '../../api/api-client';
import { FormModal } from '../../components/form-modal';
import { orNull, useApiForm } from '../../components/use-api-form';

/** Adds or edits a number pattern; the server names any field at fault (a pattern without {urut}, …). */
export function PatternFormModal({
  agencyId,
  pattern,
  onClose,
  onSaved,
}: {
  agencyId: string;
  pattern: LetterPattern | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const form = useApiForm({
    name: pattern?.name ?? '',
    pattern: pattern?.pattern ?? '{klasifikasi}/{urut}/{unit}',
    classificationCode: pattern?.classificationCode ?? '',
    unitCode: pattern?.unitCode ?? '',
    sequencePerClassification: pattern?.sequencePerClassification ?? false,
    isDefault: pattern?.isDefault ?? false,
  });
  const mutation = useMutation({
    mutationFn: (input: LetterPatternInput) =>
      pattern
        ? apiRequest<LetterPattern>('PATCH', agencyPath(agencyId, `/letter-patterns/${pattern.id}`), input)
        : apiRequest<LetterPattern>('POST', agencyPath(agencyId, '/letter-patterns'), input),
    onSuccess: onSaved,
    onError: form.setError,
  });
  const v = form.values;
  return (
    <FormModal
      opened
      title={pattern ? t('letters.editPattern') : t('letters.addPattern')}
      onClose={onClose}
      pending={mutation.isPending}
      error={form.error}
      onSubmit={() =>
        mutation.mutate({
          name: v.name.trim(),
          pattern: v.pattern,
          classificationCode: orNull(v.classificationCode),
          unitCode: orNull(v.unitCode),
          sequencePerClassification: v.sequencePerClassification,
          ...(pattern?.isDefault ? {} : { isDefault: v.isDefault }),
        })
      }
    >
      <TextInput
        label={t('letters.patternName')}
        name="name"
        value={v.name}
        onChange={(e) => form.set('name', e.currentTarget.value)}
        error={form.fieldError('name')}
        withAsterisk
        data-autofocus
      />
      <TextInput
        label={t('letters.patternText')}
        description={t('letters.patternHint')}
        name="pattern"
        value={v.pattern}
        onChange={(e) => form.set('pattern', e.currentTarget.value)}
        error={form.fieldError('pattern')}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        withAsterisk
      />
      <TextInput
        label={t('letters.defaultClassification')}
        description={t('letters.defaultClassificationHint')}
        name="classificationCode"
        value={v.classificationCode}
        onChange={(e) => form.set('classificationCode', e.currentTarget.value)}
        error={form.fieldError('classificationCode')}
      />
      <TextInput
        label={t('letters.unitCode')}
        description={t('letters.unitCodeHint')}
        name="unitCode"
        value={v.unitCode}
        onChange={(e) => form.set('unitCode', e.currentTarget.value)}
        error={form.fieldError('unitCode')}
      />
      <Switch
        label={t('letters.perClassification')}
        description={t('letters.perClassificationHint')}
        checked={v.sequencePerClassification}
        onChange={(e) => form.set('sequencePerClassification', e.currentTarget.checked)}
        error={form.fieldError('sequencePerClassification')}
      />
      <Switch
        label={t('letters.isDefault')}
        description={t('letters.isDefaultHint')}
        checked={v.isDefault}
        disabled={pattern?.isDefault === true}
        onChange={(e) => form.set('isDefault', e.currentTarget.checked)}
        error={form.fieldError('isDefault')}
      />
    </FormModal>
  );
}
