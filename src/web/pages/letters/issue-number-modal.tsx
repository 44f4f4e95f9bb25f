import { Select, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { IssueLetterNumberInput, LetterNumber } from '../../../contract';
import { agencyPath } from '../../admin/agency-queries';
import { apiRequest } from '../../api/api-client';
import { FormModal } from '../../components/form-modal';
import { orNull, useApiForm } from '../../components/use-api-form';
import { useInvalidateLetters, useLetterPatterns, writesClassification } from './letter-queries';

/** Today in the agency's time zone (`YYYY-MM-DD`), the default letter date. */
function agencyToday(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}

/** Takes the next number (issue) or keeps it for later (reserve): pattern, classification, subject, date. */
export function IssueNumberModal({
  agencyId,
  mode,
  timeZone,
  onClose,
  onDone,
}: {
  agencyId: string;
  mode: 'issue' | 'reserve';
  timeZone: string;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const patterns = useLetterPatterns(agencyId);
  const invalidate = useInvalidateLetters(agencyId);
  const form = useApiForm({
    patternId: '',
    classificationCode: '',
    subject: '',
    date: agencyToday(timeZone),
  });
  const patternId = form.values.patternId || patterns.data?.find((p) => p.isDefault)?.id || '';
  const pattern = patterns.data?.find((p) => p.id === patternId);
  const mutation = useMutation({
    mutationFn: (input: IssueLetterNumberInput) =>
      apiRequest<LetterNumber>(
        'POST',
        agencyPath(agencyId, mode === 'issue' ? '/letter-numbers' : '/letter-numbers/reservations'),
        input,
      ),
    onSuccess: async (number) => {
      await invalidate();
      onDone(t(mode === 'issue' ? 'letters.issued' : 'letters.reserved', { number: number.number }));
    },
    onError: form.setError,
  });
  const v = form.values;
  return (
    <FormModal
      opened
      title={t(mode === 'issue' ? 'letters.issueTitle' : 'letters.reserveTitle')}
      submitLabel={t(mode === 'issue' ? 'letters.issue' : 'letters.reserve')}
      onClose={onClose}
      pending={mutation.isPending}
      error={form.error}
      onSubmit={() =>
        mutation.mutate({
          patternId: patternId || null,
          classificationCode: writesClassification(pattern) ? orNull(v.classificationCode) : null,
          subject: v.subject.trim(),
          date: v.date || null,
        })
      }
    >
      {mode === 'reserve' && (
        <Text size="sm" c="dimmed">
          {t('letters.reserveHint')}
        </Text>
      )}
      <Select
        label={t('letters.pattern')}
        name="patternId"
        data={(patterns.data ?? []).map((p) => ({ value: p.id, label: `${p.name} — ${p.pattern}` }))}
        value={patternId || null}
        onChange={(value) => value && form.set('patternId', value)}
        allowDeselect={false}
        error={form.fieldError('patternId')}
        withAsterisk
      />
      {writesClassification(pattern) && (
        <TextInput
          label={t('letters.classificationCode')}
          description={t('letters.classificationHint')}
          name="classificationCode"
          placeholder={pattern?.classificationCode ?? '000.8.3.3'}
          value={v.classificationCode}
          onChange={(e) => form.set('classificationCode', e.currentTarget.value)}
          error={form.fieldError('classificationCode')}
          withAsterisk={!pattern?.classificationCode}
        />
      )}
      <Textarea
        label={t('letters.subject')}
        description={t('letters.subjectHint')}
        name="subject"
        value={v.subject}
        onChange={(e) => form.set('subject', e.currentTarget.value)}
        error={form.fieldError('subject')}
        autosize
        minRows={2}
        withAsterisk={mode === 'issue'}
        data-autofocus
      />
      <TextInput
        type="date"
        label={t('letters.letterDate')}
        description={t('letters.letterDateHint')}
        name="date"
        value={v.date}
        onChange={(e) => form.set('date', e.currentTarget.value)}
        error={form.fieldError('date')}
      />
    </FormModal>
  );
}
