import { Button } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { apiRequest } from '../api/api-client';
import { renewSession } from '../api/use-session';

export function SignOutButton() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const navigate = useNavigate();
  const mutation = useMutation({
    mutationFn: () => apiRequest('POST', '/api/auth/logout', {}),
    // Even when the server is unreachable the person wants out: drop local state regardless.
    onSettled: async () => {
      await renewSession(client);
      navigate('/sign-in', { replace: true });
    },
  });
  return (
    <Button
      variant="default"
      size="compact-sm"
      loading={mutation.isPending}
      onClick={() => mutation.mutate()}
    >
      {t('nav.signOut')}
    </Button>
  );
}
