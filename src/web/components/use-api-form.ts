import { useCallback, useState } from 'react';
import { ApiRequestError } from '../api/api-request-error';

/**
 * Form values plus the last API failure. Values are never cleared on an error: the user fixes what
 * the server named and sends again. `fieldError('account.username')` gives the message for the input
 * whose `name` matches the server's `field`.
 */
export function useApiForm<V extends object>(initial: V) {
  const [values, setValues] = useState<V>(initial);
  const [error, setErrorState] = useState<ApiRequestError | null>(null);

  const set = useCallback(<K extends keyof V>(key: K, value: V[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
  }, []);

  const setError = useCallback((failure: unknown) => {
    if (failure === null) return setErrorState(null);
    setErrorState(
      failure instanceof ApiRequestError
        ? failure
        : new ApiRequestError(0, {
            code: 'UNKNOWN',
            message: String((failure as Error)?.message ?? failure),
          }),
    );
  }, []);

  const fieldError = useCallback(
    (name: string): string | undefined => {
      const messages = error?.fields.filter((f) => f.field === name).map((f) => f.message) ?? [];
      return messages.length > 0 ? messages.join(' ') : undefined;
    },
    [error],
  );

  const reset = useCallback((next: V) => {
    setValues(next);
    setErrorState(null);
  }, []);

  return { values, set, setValues, error, setError, fieldError, reset };
}

/** Empty text becomes null, so optional fields are cleared rather than stored as "". */
export function orNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}
