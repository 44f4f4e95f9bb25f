import { Box, Button, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoginRequest, Me } from '../../contract';
import { apiRequest } from '../api/api-client';
import { renewSession } from '../api/use-session';
import { FormErrorSummary } from '../components/form-error-summary';
import { useApiForm } from '../components/use-api-form';
import { usePageTitle } from '../components/use-page-title';
import { LanguageToggle } from '../shell/language-toggle';

export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('signIn.title'));
  const client = useQueryClient();
  const form = useApiForm<LoginRequest>({ username: '', password: '' });
  const mutation = useMutation({
    mutationFn: (input: LoginRequest) => apiRequest<{ user: Me }>('POST', '/api/auth/login', input),
    // The session query then holds the person, and the router leaves this page.
    onSuccess: () => renewSession(client),
    onError: form.setError,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.setError(null);
    mutation.mutate({ username: form.values.username.trim(), password: form.values.password });
  };

  return (
    <Box mih="100vh" bg="gray.1" py="xl" px="md">
      <Box component="header" maw={420} mx="auto">
        <Group justify="flex-end">
          <LanguageToggle />
        </Group>
      </Box>
      <Box component="main" maw={420} mx="auto" mt="lg">
        <Stack gap={4} mb="lg" align="center">
          <Title order={1} c="blue.9" fz={44} fw={800}>
            {t('app.name')}
          </Title>
          <Text ta="center" c="dimmed">
            {t('app.tagline')}
          </Text>
        </Stack>
        <Paper withBorder shadow="sm" p="lg" radius="md">
          <form onSubmit={submit} noValidate aria-labelledby="sign-in-heading">
            <Stack>
              <Title order={2} size="h3" id="sign-in-heading">
                {t('signIn.heading')}
              </Title>
              <FormErrorSummary error={form.error} failedTitle={t('signIn.failed')} />
              <TextInput
                label={t('signIn.username')}
                name="username"
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                value={form.values.username}
                onChange={(e) => form.set('username', e.currentTarget.value)}
                error={form.fieldError('username')}
                withAsterisk
                data-autofocus
              />
              <PasswordInput
                label={t('signIn.password')}
                name="password"
                autoComplete="current-password"
                value={form.values.password}
                onChange={(e) => form.set('password', e.currentTarget.value)}
                error={form.fieldError('password')}
                withAsterisk
              />
              <Button type="submit" loading={mutation.isPending} fullWidth>
                {t('signIn.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
        <Text size="xs" c="dimmed" ta="center" mt="lg">
          {t('signIn.help')}
        </Text>
      </Box>
    </Box>
  );
}
