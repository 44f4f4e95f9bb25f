import { Badge, Button, Group, Paper, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Renstra, RenstraTable, RenstraTree } from '../../../contract';
import { apiRequest } from '../../api/api-client';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { formatNumberId } from '../../performance/format-id';
import { downloadFile, perfKey, perfPath, usePerformanceScope } from '../../performance/performance-queries';
import { ScrollTable } from '../../performance/scroll-table';

type TreeNode = RenstraTree['nodes'][number];

/** The Renstra as the pohon kinerja (tree) or as a table of indicators with a target per year. */
export function RenstraPage() {
  const { t } = useTranslation();
  const { agencyId } = usePerformanceScope();
  const list = useQuery({
    queryKey: perfKey(agencyId, 'renstra'),
    queryFn: () => apiRequest<Renstra[]>('GET', perfPath(agencyId, '/renstra')),
  });
  const [view, setView] = useState<'tree' | 'table'>('tree');
  return (
    <>
      <PageHeader title={t('perf.renstra.title')} description={t('perf.renstra.description')} />
      <QueryState query={list}>
        {(renstras) => {
          const renstra = renstras[0];
          if (!renstra) return <Text c="dimmed">{t('perf.renstra.empty')}</Text>;
          return (
            <Stack gap="md">
              <Group justify="space-between" wrap="wrap">
                <Text fw={600}>
                  {t('perf.renstra.period', { from: renstra.startYear, to: renstra.endYear })}
                </Text>
                <Group gap="xs">
                  <SegmentedControl
                    value={view}
                    onChange={(v) => setView(v as 'tree' | 'table')}
                    data={[
                      { value: 'tree', label: t('perf.renstra.tree') },
                      { value: 'table', label: t('perf.renstra.table') },
                    ]}
                    aria-label={t('perf.renstra.view')}
                  />
                  <Button
                    variant="default"
                    onClick={() =>
                      void downloadFile(perfPath(agencyId, `/renstra/${renstra.id}/xlsx`), 'renstra.xlsx')
                    }
                  >
                    {t('perf.downloadXlsx')}
                  </Button>
                </Group>
              </Group>
              {renstra.visi && (
                <Text size="sm">
                  <b>{t('perf.renstra.visi')}:</b> {renstra.visi}
                </Text>
              )}
              {view === 'tree' ? (
                <TreeView agencyId={agencyId} renstraId={renstra.id} />
              ) : (
                <TableView agencyId={agencyId} renstraId={renstra.id} />
              )}
            </Stack>
          );
        }}
      </QueryState>
    </>
  );
}

function TreeView({ agencyId, renstraId }: { agencyId: string; renstraId: string }) {
  const { t } = useTranslation();
  const tree = useQuery({
    queryKey: perfKey(agencyId, 'renstra-tree', renstraId),
    queryFn: () => apiRequest<RenstraTree>('GET', perfPath(agencyId, `/renstra/${renstraId}/tree`)),
  });
  return (
    <QueryState query={tree}>
      {(data) => (
        <ul
          className="alur-tree"
          aria-label={t('perf.renstra.tree')}
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {data.nodes.map((n) => (
            <TreeItem key={n.id} node={n} depth={0} />
          ))}
        </ul>
      )}
    </QueryState>
  );
}

const KIND_COLORS: Record<string, string> = {
  tujuan: 'indigo',
  sasaran: 'blue',
  program: 'teal',
  kegiatan: 'grape',
  sub_kegiatan: 'gray',
};

function TreeItem({ node, depth }: { node: TreeNode; depth: number }) {
  const { t } = useTranslation();
  return (
    <li
      style={{
        marginLeft: depth === 0 ? 0 : 16,
        borderLeft: depth === 0 ? undefined : '2px solid var(--mantine-color-gray-3)',
        paddingLeft: depth === 0 ? 0 : 10,
        marginTop: 8,
      }}
    >
      <Paper withBorder p="xs" radius="md">
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <Text
            size="xs"
            fw={700}
            tt="uppercase"
            c={`${KIND_COLORS[node.kind] ?? 'gray'}.9`}
            style={{ flexShrink: 0, border: '1px solid currentColor', borderRadius: 4, padding: '0 6px' }}
          >
            {t(`perf.kind.${node.kind}`)}
          </Text>
          <Stack gap={2}>
            <Text size="sm" fw={600} className="alur-break">
              {node.code} {node.name}
            </Text>
            {node.unitName && (
              <Text size="xs" c="dimmed">
                {node.unitName}
              </Text>
            )}
          </Stack>
        </Group>
        {node.indicators.length > 0 && (
          <Stack gap={4} mt="xs">
            {node.indicators.map((i) => (
              <Text key={i.id} size="xs" className="alur-break">
                <b>{i.code}</b> {i.name} ({i.unitLabel}) —{' '}
                {i.targets.map((tg) => `${tg.year}: ${formatNumberId(tg.value)}`).join(' · ')}
              </Text>
            ))}
          </Stack>
        )}
      </Paper>
      {node.children.length > 0 && (
        <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {node.children.map((c) => (
            <TreeItem key={c.id} node={c} depth={depth + 1} />
          ))}
        </ul>
      )}
    </li>
  );
}

function TableView({ agencyId, renstraId }: { agencyId: string; renstraId: string }) {
  const { t } = useTranslation();
  const table = useQuery({
    queryKey: perfKey(agencyId, 'renstra-table', renstraId),
    queryFn: () => apiRequest<RenstraTable>('GET', perfPath(agencyId, `/renstra/${renstraId}/table`)),
  });
  return (
    <QueryState query={table}>
      {(data) => (
        <ScrollTable label={t('perf.renstra.table')} minWidth={900}>
          <Table striped verticalSpacing="xs" withTableBorder>
            <caption className="alur-visually-hidden">{t('perf.renstra.table')}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('perf.renstra.sasaran')}</Table.Th>
                <Table.Th scope="col">{t('perf.indicator')}</Table.Th>
                <Table.Th scope="col">{t('perf.unitLabel')}</Table.Th>
                <Table.Th scope="col">{t('perf.renstra.baseline')}</Table.Th>
                {data.years.map((y) => (
                  <Table.Th key={y} scope="col">
                    {y}
                  </Table.Th>
                ))}
                <Table.Th scope="col">{t('perf.renstra.final')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.rows.map((r) => (
                <Table.Tr key={r.indicatorId}>
                  <Table.Td maw={240}>
                    <Text size="xs" className="alur-break">
                      {r.path
                        .filter((p) => p.kind !== 'tujuan')
                        .map((p) => p.code)
                        .join(' › ')}
                    </Text>
                  </Table.Td>
                  <Table.Td maw={360}>
                    <Text size="sm" className="alur-break">
                      <b>{r.code}</b> {r.name} {r.isIku && <Badge size="xs">IKU</Badge>}
                    </Text>
                    {r.unitName && (
                      <Text size="xs" c="dimmed">
                        {r.unitName}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{r.unitLabel}</Table.Td>
                  <Table.Td>{formatNumberId(r.baselineValue)}</Table.Td>
                  {data.years.map((y) => {
                    const tg = r.targets.find((x) => x.year === y);
                    return (
                      <Table.Td key={y}>
                        {tg
                          ? tg.valueHigh
                            ? `${formatNumberId(tg.value)}–${formatNumberId(tg.valueHigh)}`
                            : formatNumberId(tg.value)
                          : '–'}
                      </Table.Td>
                    );
                  })}
                  <Table.Td>{formatNumberId(r.finalTarget)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </QueryState>
  );
}
