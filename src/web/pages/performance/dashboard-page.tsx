import { Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgencyDashboard } from '../../../contract';
import { apiRequest } from '../../api/api-client';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { AchievementFigure } from '../../performance/achievement-figure';
import { categoryColor } from '../../performance/category-colors';
import { EChart } from '../../performance/echart';
import { formatNumberId, formatPercentId, formatRupiahId } from '../../performance/format-id';
import { perfKey, perfPath, usePerformanceScope } from '../../performance/performance-queries';
import { ScrollTable } from '../../performance/scroll-table';
import { YearSelect } from '../../performance/year-select';

/** An agency's dashboard: achievement per sasaran and indicator, budget absorption beside achievement, trend. */
export function DashboardPage() {
  const { t } = useTranslation();
  const { agencyId, year, setYear } = usePerformanceScope();
  const dash = useQuery({
    queryKey: perfKey(agencyId, 'dashboard', year),
    queryFn: () =>
      apiRequest<AgencyDashboard>('GET', perfPath(agencyId, `/performance-dashboard?year=${year}`)),
  });
  return (
    <>
      <PageHeader title={t('perf.dashboard.title')} description={t('perf.dashboard.description')} />
      <Group mb="md">
        <YearSelect year={year} onChange={setYear} />
      </Group>
      <QueryState query={dash}>{(d) => <DashboardBody dash={d} />}</QueryState>
    </>
  );
}

const percentAxis = {
  type: 'value',
  axisLabel: { formatter: (v: number) => `${formatNumberId(String(v))}%` },
};

function DashboardBody({ dash }: { dash: AgencyDashboard }) {
  const { t } = useTranslation();
  // On a phone the tables become lists, so the achievement never hides off-screen.
  const phone = useMediaQuery('(max-width: 48em)');
  const sasaranOption = useMemo(
    () => ({
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => formatPercentId(String(v)) },
      xAxis: percentAxis,
      yAxis: {
        type: 'category',
        inverse: true,
        data: dash.sasaran.map((s) => s.code),
        axisLabel: { width: 90, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          name: t('perf.achievement'),
          data: dash.sasaran.map((s) => ({
            value: s.achievement.display === null ? null : Number(s.achievement.display),
            itemStyle: { color: categoryColor(s.achievement.category).fill },
          })),
          label: {
            show: true,
            position: 'right',
            formatter: (p: { value: number }) => formatPercentId(String(p.value)),
          },
        },
      ],
    }),
    [dash, t],
  );
  const trendOption = useMemo(
    () => ({
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v: number | null) => (v === null ? '–' : formatPercentId(String(v))),
      },
      xAxis: { type: 'category', data: ['TW I', 'TW II', 'TW III', 'TW IV'] },
      yAxis: percentAxis,
      series: [
        {
          type: 'line',
          name: t('perf.dashboard.achievementTrend'),
          data: dash.trend.map((q) =>
            q.achievement.display === null ? null : Number(q.achievement.display),
          ),
          color: '#1c7ed6',
          symbolSize: 8,
        },
        {
          type: 'bar',
          name: t('perf.dashboard.absorption'),
          data: dash.trend.map((q) => (q.absorption === null ? null : Number(q.absorption))),
          color: '#f59f00',
          barMaxWidth: 36,
        },
      ],
    }),
    [dash, t],
  );
  const agencyColor = categoryColor(dash.agency.category);
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Paper withBorder p="md" radius="md">
          <Text size="sm" c="dimmed">
            {t('perf.dashboard.agencyAchievement')}
          </Text>
          <Text fz={28} fw={800} c={agencyColor.text} data-testid="agency-achievement">
            {formatPercentId(dash.agency.display)}
          </Text>
          {dash.agency.category && (
            <Badge
              color={agencyColor.mantine}
              variant="light"
              styles={{ label: { color: agencyColor.text } }}
            >
              {dash.agency.category}
            </Badge>
          )}
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Text size="sm" c="dimmed">
            {t('perf.dashboard.absorption')}
          </Text>
          <Text fz={28} fw={800}>
            {formatPercentId(dash.budget.absorption)}
          </Text>
          <Text size="xs" c="dimmed">
            {formatRupiahId(dash.budget.realisationTotal)} / {formatRupiahId(dash.budget.pagu)}
          </Text>
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Text size="sm" c="dimmed">
            {t('perf.dashboard.indicators')}
          </Text>
          <Text fz={28} fw={800}>
            {dash.sasaran.reduce((n, s) => n + s.indicators.length, 0)}
          </Text>
          <Text size="xs" c="dimmed">
            {t('perf.dashboard.sasaranCount', { count: dash.sasaran.length })}
          </Text>
        </Paper>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="md" radius="md">
          <Title order={2} size="h4" mb="xs">
            {t('perf.dashboard.perSasaran')}
          </Title>
          <EChart
            option={sasaranOption}
            height={Math.max(200, dash.sasaran.length * 48)}
            label={t('perf.dashboard.perSasaran')}
          />
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Title order={2} size="h4" mb="xs">
            {t('perf.dashboard.trend')}
          </Title>
          <EChart option={trendOption} height={280} label={t('perf.dashboard.trend')} />
        </Paper>
      </SimpleGrid>
      {dash.sasaran.map((s) => (
        <Paper key={s.code} withBorder p="md" radius="md">
          <Group justify="space-between" wrap="wrap" mb="xs" align="flex-start">
            <Title order={2} size="h4" className="alur-break" style={{ flex: 1, minWidth: 200 }}>
              {s.code} {s.name}
            </Title>
            <Stack gap={0} align="flex-end">
              <Text fw={700} c={categoryColor(s.achievement.category).text}>
                {formatPercentId(s.achievement.display)}
              </Text>
              <Text size="xs" c="dimmed">
                {s.achievement.category ?? t('perf.notComputable')}
              </Text>
            </Stack>
          </Group>
          {phone ? (
            <Stack
              gap="xs"
              component="ul"
              p={0}
              m={0}
              style={{ listStyle: 'none' }}
              aria-label={`${s.code} ${s.name}`}
            >
              {s.indicators.map((i) => (
                <Group
                  component="li"
                  key={i.indicatorId}
                  justify="space-between"
                  wrap="nowrap"
                  align="flex-start"
                  pl="xs"
                  style={{ borderLeft: `4px solid ${categoryColor(i.achievement.category).fill}` }}
                >
                  <Stack gap={0} style={{ minWidth: 0 }}>
                    <Text size="sm" className="alur-break">
                      <b>{i.code}</b> {i.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {i.unitName}
                    </Text>
                  </Stack>
                  <AchievementFigure achievement={i.achievement} withFormula={false} />
                </Group>
              ))}
            </Stack>
          ) : (
            <ScrollTable label={`${s.code} ${s.name}`} minWidth={520}>
              <Table verticalSpacing="xs">
                <caption className="alur-visually-hidden">{`${s.code} ${s.name}`}</caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('perf.indicator')}</Table.Th>
                    <Table.Th scope="col">{t('perf.unit')}</Table.Th>
                    <Table.Th scope="col">{t('perf.achievement')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {s.indicators.map((i) => (
                    <Table.Tr
                      key={i.indicatorId}
                      style={{ borderLeft: `4px solid ${categoryColor(i.achievement.category).fill}` }}
                    >
                      <Table.Td maw={380}>
                        <Text size="sm" className="alur-break">
                          <b>{i.code}</b> {i.name}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{i.unitName}</Text>
                      </Table.Td>
                      <Table.Td>
                        <AchievementFigure achievement={i.achievement} withFormula={false} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )}
        </Paper>
      ))}
      {dash.programs.length > 0 && (
        <Paper withBorder p="md" radius="md">
          <Title order={2} size="h4" mb="xs">
            {t('perf.dashboard.programs')}
          </Title>
          {phone ? (
            <Stack
              gap="xs"
              component="ul"
              p={0}
              m={0}
              style={{ listStyle: 'none' }}
              aria-label={t('perf.dashboard.programs')}
            >
              {dash.programs.map((p) => (
                <li key={p.code}>
                  <Text size="sm" className="alur-break">
                    {p.code} {p.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatRupiahId(p.realisationTotal)} / {formatRupiahId(p.pagu)} ·{' '}
                    <b>{formatPercentId(p.absorption)}</b>
                  </Text>
                </li>
              ))}
            </Stack>
          ) : (
            <ScrollTable label={t('perf.dashboard.programs')} minWidth={560}>
              <Table verticalSpacing="xs" striped>
                <caption className="alur-visually-hidden">{t('perf.dashboard.programs')}</caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('perf.dashboard.program')}</Table.Th>
                    <Table.Th scope="col">{t('perf.dashboard.pagu')}</Table.Th>
                    <Table.Th scope="col">{t('perf.dashboard.spent')}</Table.Th>
                    <Table.Th scope="col">{t('perf.dashboard.absorption')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {dash.programs.map((p) => (
                    <Table.Tr key={p.code}>
                      <Table.Td maw={360}>
                        <Text size="sm" className="alur-break">
                          {p.code} {p.name}
                        </Text>
                      </Table.Td>
                      <Table.Td>{formatRupiahId(p.pagu)}</Table.Td>
                      <Table.Td>{formatRupiahId(p.realisationTotal)}</Table.Td>
                      <Table.Td>{formatPercentId(p.absorption)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )}
        </Paper>
      )}
    </Stack>
  );
}
