import { Alert } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** A short confirmation ("Tersimpan.") announced politely and dismissed after a while. */
export function StatusMessage({ message, onDone }: { message: string | null; onDone: () => void }) {
  const { t } = useTranslation();
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(onDone, 6000);
    return () => clearTimeout(timer);
  }, [message, onDone]);
  return (
    <div role="status" aria-live="polite">
      {message && (
        <Alert
          color="green"
          variant="light"
          mb="md"
          withCloseButton
          onClose={onDone}
          closeButtonLabel={t('common.close')}
        >
          {message}
        </Alert>
      )}
    </div>
  );
}
