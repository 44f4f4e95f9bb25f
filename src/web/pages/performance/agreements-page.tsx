import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ActionPlan, Agreement } from '../../../contract';
import { apiRequest } from '../../api/api-client';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { formatNumberId } from '../../performance/format-id';
import { downloadFile, perfKey, perfPath, usePerformanceScope } from '../../performance/performance-queries';
import { ScrollTable } from '../../performance/scroll-table';
import { YearSelect } from '../../performance/year-select';

/** The year's Perjanjian Kinerja (parties, indicators, targets) and the Rencana Aksi with its warnings. */
export function AgreementsPage() {
  const { t, i18n } = useTranslation();
  const { agencyId, year, setYear } = usePerformanceScope();
  const agreements = useQuery({
    queryKey: perfKey(agencyId, 'agreements', year),
    queryFn: () => apiRequest<Agreement[]>('GET', perfPath(agencyId, `/agreements?year=${year}`)),
  });
  const plan = useQuery({
    queryKey: perfKey(agencyId, 'action-plan', year),
    queryFn: () => apiRequest<ActionPlan>('GET', perfPath(agencyId, `/action-plan?year=${year}`)),
  });
  const lang = i18n.language === 'en' ? 'en' : 'id';
  return (
    <>
      <PageHeader title={t('perf.pk.title')} description={t('perf.pk.description')} />
      <Group align="flex-end" mb="md" justify="space-between">
        <YearSelect year={year} onChange={setYear} />
        <Button
          variant="default"
          onClick={() => void downloadFile(perfPath(agencyId, `/agreements/xlsx?year=${year}`), 'pk.xlsx')}
        >
          {t('perf.downloadXlsx')}
        </Button>
      </Group>
      <QueryState query={agreements}>
        {(list) =>
          list.length === 0 ? (
            <Text c="dimmed">{t('perf.pk.empty')}</Text>
          ) : (
            <Stack gap="md">
              {list.map((a) => (
                <Paper key={a.id} withBorder p="md" radius="md">
                  <Group justify="space-between" wrap="wrap" mb="xs">
                    <Title order={2} size="h4">
                      {a.firstParty.title}
                    </Title>
                    <Badge variant="light">{t(`perf.pk.level.${a.level}`)}</Badge>
                  </Group>
                  <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mb="sm">
                    <Party label={t('perf.pk.firstParty')} party={a.firstParty} />
                    <Party label={t('perf.pk.secondParty')} party={a.secondParty} />
                  </SimpleGrid>
                  {(a.number || a.signedOn) && (
                    <Text size="xs" c="dimmed" mb="xs">
                      {[a.number, a.signedOn].filter(Boolean).join(' · ')}
                    </Text>
                  )}
                  <ScrollTable label={a.firstParty.title} minWidth={560}>
                    <Table verticalSpacing="xs" striped>
                      <caption className="alur-visually-hidden">{a.firstParty.title}</caption>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th scope="col">{t('perf.indicator')}</Table.Th>
                          <Table.Th scope="col">{t('perf.target')}</Table.Th>
                          <Table.Th scope="col">{t('perf.pk.renstraTarget')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {a.indicators.map((i) => (
                          <Table.Tr key={i.id}>
                            <Table.Td maw={420}>
                              <Text size="sm" className="alur-break">
                                <b>{i.code}</b> {i.name}
                              </Text>
                              {i.targetReason && (
                                <Text size="xs" c="orange.9">
                                  {t('perf.pk.reason')}: {i.targetReason}
                                </Text>
                              )}
                            </Table.Td>
                            <Table.Td>
                              {formatNumberId(i.target)} {i.unitLabel}
                            </Table.Td>
                            <Table.Td>{formatNumberId(i.renstraTarget)}</Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </ScrollTable>
                </Paper>
              ))}
            </Stack>
          )
        }
      </QueryState>
      <Title order={2} size="h3" mt="xl" mb="sm">
        {t('perf.pk.actionPlan')}
      </Title>
      <QueryState query={plan}>
        {(p) => (
          <ScrollTable label={t('perf.pk.actionPlan')} minWidth={820}>
            <Table verticalSpacing="xs" striped withTableBorder>
              <caption className="alur-visually-hidden">{t('perf.pk.actionPlan')}</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('perf.indicator')}</Table.Th>
                  <Table.Th scope="col">{t('perf.annualTarget')}</Table.Th>
                  {['I', 'II', 'III', 'IV'].map((q) => (
                    <Table.Th key={q} scope="col">
                      TW {q}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {p.rows.map((r) => (
                  <Table.Tr key={r.indicatorId}>
                    <Table.Td maw={380}>
                      <Text size="sm" className="alur-break">
                        <b>{r.code}</b> {r.name}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t(`perf.aggregation.${r.aggregation}`)}
                      </Text>
                      {r.warnings.map((w) => (
                        <Alert key={w.field} color="yellow" p={4} mt={4} variant="light">
                          <Text size="xs" c="yellow.9">
                            {w.message[lang]}
                          </Text>
                        </Alert>
                      ))}
                      {r.reason && (
                        <Text size="xs" c="orange.9">
                          {t('perf.pk.reason')}: {r.reason}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {formatNumberId(r.annualTarget)} {r.unitLabel}
                    </Table.Td>
                    {r.quarters.map((q, k) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: four fixed quarters
                      <Table.Td key={k}>{formatNumberId(q)}</Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </QueryState>
    </>
  );
}

function Party({ label, party }: { label: string; party: Agreement['firstParty'] }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={600}>
        {party.person?.fullName ?? '–'}
        {party.person && party.person.kind !== 'definitive' && (
          <Badge size="xs" ml={4} color="orange" variant="light">
            {party.person.kind.toUpperCase()}
          </Badge>
        )}
      </Text>
      <Text size="xs">{party.title}</Text>
      {party.person?.nip && (
        <Text size="xs" c="dimmed">
          NIP {party.person.nip}
        </Text>
      )}
    </Stack>
  );
}
