import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegionDashboard } from '../../../contract';
import { apiRequest } from '../../api/api-client';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { categoryColor } from '../../performance/category-colors';
import { EChart } from '../../performance/echart';
import { formatNumberId, formatPercentId, formatRupiahId } from '../../performance/format-id';
import { usePerformanceScope } from '../../performance/performance-queries';
import { ScrollTable } from '../../performance/scroll-table';
import { YearSelect } from '../../performance/year-select';

/** A region's agencies side by side: achievement for the year against budget absorption. */
export function RegionDashboardPage() {
  const { t } = useTranslation();
  const { regionId, year, setYear } = usePerformanceScope();
  const dash = useQuery({
    queryKey: ['region', regionId, 'dashboard', year],
    queryFn: () =>
      apiRequest<RegionDashboard>(
        'GET',
        `/api/regions/${encodeURIComponent(regionId)}/performance-dashboard?year=${year}`,
      ),
  });
  return (
    <>
      <PageHeader title={t('perf.region.title')} description={t('perf.region.description')} />
      <YearSelect year={year} onChange={setYear} />
      <QueryState query={dash}>{(d) => <RegionBody dash={d} />}</QueryState>
    </>
  );
}

function RegionBody({ dash }: { dash: RegionDashboard }) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 48em)');
  const shown = dash.agencies.slice(0, 60);
  const option = useMemo(
    () => ({
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v: number | null) => (v === null ? '–' : formatPercentId(String(v))),
      },
      xAxis: {
        type: 'value',
        splitNumber: 3,
        axisLabel: { formatter: (v: number) => `${formatNumberId(String(v))}%` },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: shown.map((a) => a.shortName ?? a.code),
        axisLabel: { width: 110, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          name: t('perf.achievement'),
          // The legend's swatch; each bar takes its own category colour.
          color: '#2f9e44',
          data: shown.map((a) => ({
            value: a.achievement.display === null ? null : Number(a.achievement.display),
            itemStyle: { color: categoryColor(a.achievement.category).fill },
          })),
        },
        {
          type: 'bar',
          name: t('perf.dashboard.absorption'),
          color: '#f59f00',
          data: shown.map((a) => (a.absorption === null ? null : Number(a.absorption))),
        },
      ],
    }),
    [shown, t],
  );
  return (
    <Stack gap="lg" mt="md">
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4">
          {dash.region.name}
        </Title>
        <Text size="sm">
          {t('perf.region.mean')}:{' '}
          <b style={{ color: categoryColor(dash.achievement.category).text }}>
            {formatPercentId(dash.achievement.display)}
          </b>{' '}
          {dash.achievement.category}
        </Text>
        <EChart
          option={option}
          height={Math.max(220, shown.length * 44 + 60)}
          label={t('perf.region.title')}
        />
      </Paper>
      {phone ? (
        <Stack
          gap="sm"
          component="ul"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t('perf.region.title')}
        >
          {dash.agencies.map((a) => (
            <Paper component="li" key={a.agencyId} withBorder p="sm" radius="md">
              <Text size="sm" fw={600} className="alur-break">
                {a.name}
              </Text>
              <Text size="sm" fw={700} c={categoryColor(a.achievement.category).text}>
                {t('perf.achievement')}: {formatPercentId(a.achievement.display)} {a.achievement.category}
              </Text>
              <Text size="xs" c="dimmed">
                {t('perf.dashboard.absorption')}: {formatPercentId(a.absorption)} · {formatRupiahId(a.pagu)} ·{' '}
                {t('perf.dashboard.indicators')}: {a.indicators}
              </Text>
            </Paper>
          ))}
        </Stack>
      ) : (
        <ScrollTable label={t('perf.region.title')} minWidth={720}>
          <Table striped verticalSpacing="xs">
            <caption className="alur-visually-hidden">{t('perf.region.title')}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('perf.region.agency')}</Table.Th>
                <Table.Th scope="col">{t('perf.dashboard.indicators')}</Table.Th>
                <Table.Th scope="col">{t('perf.achievement')}</Table.Th>
                <Table.Th scope="col">{t('perf.dashboard.pagu')}</Table.Th>
                <Table.Th scope="col">{t('perf.dashboard.absorption')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {dash.agencies.map((a) => (
                <Table.Tr key={a.agencyId}>
                  <Table.Td maw={360}>
                    <Text size="sm" className="alur-break">
                      {a.name}
                    </Text>
                  </Table.Td>
                  <Table.Td>{a.indicators}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={700} c={categoryColor(a.achievement.category).text}>
                      {formatPercentId(a.achievement.display)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {a.achievement.category ?? t('perf.notComputable')}
                    </Text>
                  </Table.Td>
                  <Table.Td>{formatRupiahId(a.pagu)}</Table.Td>
                  <Table.Td>{formatPercentId(a.absorption)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Stack>
  );
}
