import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary } from './form-error-summary';
import { useApiForm } from './use-api-form';

interface ConfirmDeleteModalProps {
  opened: boolean;
  /** What is being deleted, named in the question ("Hapus Bidang Energi?"). */
  itemName: string;
  onClose: () => void;
  onConfirm: () => Promise<unknown>;
  onDeleted: () => void;
}

/** Asks before deleting; the server's refusal (e.g. "still in use") is shown in the dialog. */
export function ConfirmDeleteModal({
  opened,
  itemName,
  onClose,
  onConfirm,
  onDeleted,
}: ConfirmDeleteModalProps) {
  const { t } = useTranslation();
  const form = useApiForm({});
  const mutation = useMutation({
    mutationFn: onConfirm,
    onSuccess: () => {
      form.setError(null);
      onDeleted();
    },
    onError: form.setError,
  });
  const close = () => {
    form.setError(null);
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={t('common.confirmDeleteTitle')} centered>
      <Stack>
        <FormErrorSummary error={form.error} />
        <Text>{t('common.confirmDelete', { name: itemName })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={mutation.isPending} onClick={() => mutation.mutate()}>
            {t('common.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
