import { Alert, List } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiRequestError } from '../api/api-request-error';

/**
 * The summary at the top of a form: the server's message, and each field's message as a list.
 * Focused when it appears so keyboard and screen-reader users land on it.
 */
export function FormErrorSummary({
  error,
  failedTitle,
}: {
  error: ApiRequestError | null;
  /** Heading when the failure names no field, e.g. "Tidak dapat masuk"; defaults to "could not be saved". */
  failedTitle?: string;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) ref.current?.focus();
  }, [error]);
  if (!error) return null;
  const hasFields = error.fields.length > 0;
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      color="red"
      variant="light"
      role="alert"
      title={hasFields ? t('form.fixErrors') : (failedTitle ?? t('form.failed'))}
      data-testid="form-error"
    >
      {hasFields ? (
        <List size="sm" spacing={2}>
          {error.fields.map((f) => (
            <List.Item key={`${f.field}:${f.message}`}>{f.message}</List.Item>
          ))}
        </List>
      ) : (
        error.message
      )}
    </Alert>
  );
}
