import {
  Alert,
  Anchor,
  Badge,
  Card,
  Center,
  EmptyState,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { HomeResponse } from '../../contract';
import { apiRequest } from '../api/api-client';
import { useMe } from '../api/use-session';
import { AppointmentKindBadge } from '../components/appointment-kind-badge';
import { formatDate, formatDateTime } from '../components/format-date';
import { usePageTitle } from '../components/use-page-title';
import { NotificationsSection } from '../runs/notifications-section';

/** Morning, midday, afternoon or evening in the agency's own time zone. */
function partOfDay(timeZone: string, now = new Date()): 'morning' | 'midday' | 'afternoon' | 'evening' {
  const hour = Number(
    new Intl.DateTimeFormat('en-GB', { hour: 'numeric', hourCycle: 'h23', timeZone }).format(now),
  );
  if (hour >= 4 && hour < 11) return 'morning';
  if (hour >= 11 && hour < 15) return 'midday';
  if (hour >= 15 && hour < 18) return 'afternoon';
  return 'evening';
}

export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(t('home.title'));
  const me = useMe();
  const query = useQuery({
    queryKey: ['home'],
    queryFn: () => apiRequest<HomeResponse>('GET', '/api/home'),
  });

  return (
    <Stack gap="xl">
      <Stack gap={4}>
        <Title order={1} size="h2">
          {t(`home.greeting.${partOfDay(me.timeZone)}`, { name: me.fullName })}
        </Title>
        <Text c="dimmed">{me.agencyName}</Text>
      </Stack>

      {query.isPending && (
        <Center py="xl">
          <Loader aria-label={t('common.loading')} />
        </Center>
      )}
      {query.isError && (
        <Alert color="red" role="alert">
          {query.error.message}
        </Alert>
      )}
      {query.data && (
        <>
          <section aria-labelledby="home-positions">
            <Title order={2} size="h4" mb="sm" id="home-positions">
              {t('home.positions')}
            </Title>
            {query.data.positions.length === 0 ? (
              <Text c="dimmed">{t('home.noPositions')}</Text>
            ) : (
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} data-testid="home-positions">
                {query.data.positions.map((p) => (
                  <Card key={`${p.positionId}:${p.kind}`} withBorder padding="md" radius="md">
                    <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
                      <Text fw={600} className="alur-break">
                        {p.title}
                      </Text>
                      <AppointmentKindBadge kind={p.kind} />
                    </Group>
                    <Text size="sm" c="dimmed" mt={4}>
                      {p.unitName}
                    </Text>
                    {p.kind !== 'definitive' && (
                      <Text size="sm" mt={6}>
                        {p.endsOn
                          ? t('home.actingUntil', {
                              kind: t(`appointmentKind.long.${p.kind}`),
                              date: formatDate(p.endsOn, 'long'),
                            })
                          : t(`appointmentKind.long.${p.kind}`)}
                      </Text>
                    )}
                  </Card>
                ))}
              </SimpleGrid>
            )}
          </section>

          <section aria-labelledby="home-waiting">
            <Title order={2} size="h4" mb="sm" id="home-waiting">
              {t('home.waiting')}
            </Title>
            {query.data.waiting.length === 0 ? (
              <Card withBorder radius="md" padding="lg">
                <EmptyState
                  title={t('home.nothingWaiting')}
                  description={t('home.nothingWaitingHint')}
                  size="sm"
                />
              </Card>
            ) : (
              <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                {query.data.waiting.map((item) => (
                  <Card component="li" key={item.id} withBorder padding="sm" radius="md">
                    <Group justify="space-between" wrap="nowrap">
                      <Anchor component={Link} to={item.href} fw={500}>
                        {item.title}
                      </Anchor>
                      {item.overdue && (
                        <Badge color="red" variant="filled">
                          {t('home.overdue')}
                        </Badge>
                      )}
                    </Group>
                    {item.dueAt && (
                      <Text size="sm" c={item.overdue ? 'red.8' : 'dimmed'}>
                        {t('home.due', { date: formatDateTime(item.dueAt, me.timeZone) })}
                      </Text>
                    )}
                  </Card>
                ))}
              </Stack>
            )}
          </section>

          <NotificationsSection />
        </>
      )}
    </Stack>
  );
}
