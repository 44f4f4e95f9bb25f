import { Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { LetterNumber } from '../../../contract';
import { agencyPath } from '../../admin/agency-queries';
import { apiRequest } from '../../api/api-client';
import { FormModal } from '../../components/form-modal';
import { useApiForm } from '../../components/use-api-form';
import { useInvalidateLetters } from './letter-queries';

/** Cancels a number with the reason; the register keeps it. */
export function CancelNumberModal({
  agencyId,
  number,
  onClose,
  onDone,
}: {
  agencyId: string;
  number: LetterNumber;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const invalidate = useInvalidateLetters(agencyId);
  const form = useApiForm({ reason: '' });
  const mutation = useMutation({
    mutationFn: (reason: string) =>
      apiRequest<LetterNumber>('POST', agencyPath(agencyId, `/letter-numbers/${number.id}/cancel`), {
        reason,
      }),
    onSuccess: async () => {
      await invalidate();
      onDone(t('letters.cancelled', { number: number.number }));
    },
    onError: form.setError,
  });
  return (
    <FormModal
      opened
      title={t('letters.cancelTitle', { number: number.number })}
      submitLabel={t('letters.cancelSubmit')}
      onClose={onClose}
      pending={mutation.isPending}
      error={form.error}
      onSubmit={() => mutation.mutate(form.values.reason)}
    >
      <Text size="sm" c="dimmed">
        {t('letters.cancelHint')}
      </Text>
      <Textarea
        label={t('letters.cancelReason')}
        name="reason"
        value={form.values.reason}
        onChange={(e) => form.set('reason', e.currentTarget.value)}
        error={form.fieldError('reason')}
        autosize
        minRows={2}
        withAsterisk
        data-autofocus
      />
    </FormModal>
  );
}
