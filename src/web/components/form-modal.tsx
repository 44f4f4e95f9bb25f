import { Button, Group, Modal, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiRequestError } from '../api/api-request-error';
import { FormErrorSummary } from './form-error-summary';
import { usePhoneLayout } from './use-phone-layout';

interface FormModalProps {
  opened: boolean;
  title: string;
  onClose: () => void;
  onSubmit: () => void;
  pending: boolean;
  error: ApiRequestError | null;
  children: ReactNode;
  submitLabel?: string;
}

/** A create/edit dialog (full screen on a phone): error summary on top, fields, then Cancel and Save. */
export function FormModal(props: FormModalProps) {
  const { opened, title, onClose, onSubmit, pending, error, children, submitLabel } = props;
  const { t } = useTranslation();
  const phone = usePhoneLayout();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      size="lg"
      fullScreen={phone}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormErrorSummary error={error} />
          {children}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {submitLabel ?? t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
