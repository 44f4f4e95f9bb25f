import { Alert, Button, Paper, PasswordInput, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangePasswordRequest } from '../../contract';
import { apiRequest } from '../api/api-client';
import { ApiRequestError } from '../api/api-request-error';
import { FormErrorSummary } from '../components/form-error-summary';
import { PageHeader } from '../components/page-header';
import { useApiForm } from '../components/use-api-form';

const EMPTY = { currentPassword: '', newPassword: '', confirmPassword: '' };

export function ChangePasswordPage() {
  const { t } = useTranslation();
  const form = useApiForm(EMPTY);
  const [done, setDone] = useState(false);
  const mutation = useMutation({
    mutationFn: (input: ChangePasswordRequest) => apiRequest('POST', '/api/auth/password', input),
    onSuccess: () => {
      form.reset(EMPTY);
      setDone(true);
    },
    onError: form.setError,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    if (form.values.newPassword !== form.values.confirmPassword) {
      const message = t('password.mismatch');
      form.setError(
        new ApiRequestError(422, {
          code: 'PASSWORD_MISMATCH',
          message,
          fields: [{ field: 'confirmPassword', message }],
        }),
      );
      return;
    }
    form.setError(null);
    mutation.mutate({ currentPassword: form.values.currentPassword, newPassword: form.values.newPassword });
  };
  return (
    <>
      <PageHeader title={t('password.title')} description={t('password.description')} />
      <Paper withBorder p="lg" radius="md" maw={480}>
        <form onSubmit={submit} noValidate>
          <Stack>
            <div role="status">
              {done && (
                <Alert color="green" variant="light">
                  {t('password.done')}
                </Alert>
              )}
            </div>
            <FormErrorSummary error={form.error} />
            <PasswordInput
              label={t('password.current')}
              name="currentPassword"
              autoComplete="current-password"
              value={form.values.currentPassword}
              onChange={(e) => form.set('currentPassword', e.currentTarget.value)}
              error={form.fieldError('currentPassword')}
              withAsterisk
            />
            <PasswordInput
              label={t('password.new')}
              description={t('password.rule')}
              name="newPassword"
              autoComplete="new-password"
              value={form.values.newPassword}
              onChange={(e) => form.set('newPassword', e.currentTarget.value)}
              error={form.fieldError('newPassword')}
              withAsterisk
            />
            <PasswordInput
              label={t('password.confirm')}
              name="confirmPassword"
              autoComplete="new-password"
              value={form.values.confirmPassword}
              onChange={(e) => form.set('confirmPassword', e.currentTarget.value)}
              error={form.fieldError('confirmPassword')}
              withAsterisk
            />
            <Text size="sm" c="dimmed">
              {t('password.otherSessions')}
            </Text>
            <Button type="submit" loading={mutation.isPending} style={{ alignSelf: 'flex-start' }}>
              {t('password.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </>
  );
}
