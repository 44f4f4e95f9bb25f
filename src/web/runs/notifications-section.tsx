import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { z } from 'zod';
import type { notificationSchema } from '../../contract';
import { apiRequest } from '../api/api-client';
import { useMe } from '../api/use-session';
import { formatDateTime } from '../components/format-date';

type Notification = z.infer<typeof notificationSchema>;

/**
 * In-app notifications: new tasks, returns with their reason, and overdue reminders (the same ones that
 * go out by e-mail). Unread first; marking one read keeps it in the list, dimmed.
 */
export function NotificationsSection() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const me = useMe();
  const query = useQuery({
    queryKey: ['notifications'],
    queryFn: () => apiRequest<Notification[]>('GET', '/api/notifications'),
  });
  const markRead = useMutation({
    mutationFn: (id: string) => apiRequest('POST', `/api/notifications/${id}/read`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['notifications'] }),
  });
  const items = [...(query.data ?? [])]
    .sort((a, b) => Number(a.readAt !== null) - Number(b.readAt !== null))
    .slice(0, 8);
  const unread = (query.data ?? []).filter((n) => n.readAt === null).length;
  return (
    <section aria-labelledby="home-notifications">
      <Group gap="xs" mb="sm">
        <Title order={2} size="h4" id="home-notifications">
          {t('notifications.title')}
        </Title>
        {unread > 0 && (
          <Badge color="blue" variant="filled">
            {t('notifications.unread', { count: unread })}
          </Badge>
        )}
      </Group>
      {items.length === 0 ? (
        <Text c="dimmed">{t('notifications.empty')}</Text>
      ) : (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {items.map((n) => (
            <Card component="li" key={n.id} withBorder padding="sm" radius="md" opacity={n.readAt ? 0.7 : 1}>
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
                  {n.runId ? (
                    <Anchor
                      component={Link}
                      to={`/runs/${n.runId}${n.taskId ? `?task=${n.taskId}` : ''}`}
                      fw={500}
                    >
                      {n.title}
                    </Anchor>
                  ) : (
                    <Text fw={500}>{n.title}</Text>
                  )}
                  <Text size="sm" c="dimmed">
                    {n.body} · {formatDateTime(n.createdAt, me.timeZone)}
                  </Text>
                </Stack>
                {!n.readAt && (
                  <Button
                    size="xs"
                    variant="subtle"
                    style={{ flexShrink: 0 }}
                    onClick={() => markRead.mutate(n.id)}
                    loading={markRead.isPending && markRead.variables === n.id}
                  >
                    {t('notifications.markRead')}
                  </Button>
                )}
              </Group>
            </Card>
          ))}
        </Stack>
      )}
    </section>
  );
}
