import { Badge, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RenstraEditor } from '../../../contract';
import { usePhoneLayout } from '../../components/use-phone-layout';
import { formatNumberId } from '../format-id';
import { ScrollTable } from '../scroll-table';
import { useRenstraCells } from './renstra-cells';
import { type EditorRow, FUNDED, flattenRows, fundingTotal, inMillions } from './renstra-rows';
import { IndicatorMenu, NodeMenu, type RenstraActions } from './row-actions';

const NODE_SHADES: Record<string, string> = {
  tujuan: 'var(--mantine-color-indigo-0)',
  sasaran: 'var(--mantine-color-blue-0)',
  program: 'var(--mantine-color-teal-0)',
  kegiatan: 'var(--mantine-color-gray-0)',
  sub_kegiatan: 'transparent',
};

/**
 * The Renstra as agencies print it (one row per node and per indicator): code, description, unit,
 * baseline, a target per year — for programs and activities the indicative funding per year — and
 * the final target. Cells edit in place; a phone shows the same rows as cards.
 */
export function RenstraTable({
  agencyId,
  editor,
  actions,
}: {
  agencyId: string;
  editor: RenstraEditor;
  actions: RenstraActions;
}) {
  const { t } = useTranslation();
  const phone = usePhoneLayout();
  const cells = useRenstraCells(agencyId, editor);
  const rows = flattenRows(editor.nodes);
  if (rows.length === 0) return <Text c="dimmed">{t('perfEdit.emptyTree')}</Text>;
  if (phone) return <RenstraPhoneTable editor={editor} rows={rows} cells={cells} actions={actions} />;
  const indent = (depth: number) => ({ paddingInlineStart: `calc(${Math.min(depth, 5) * 0.85}rem + 8px)` });
  const figure = { w: 84, ta: 'right' as const };
  return (
    <ScrollTable label={t('perf.renstra.table')} minWidth={280 + (editor.years.length + 3) * 84}>
      <Table verticalSpacing={6} horizontalSpacing="xs" withTableBorder withColumnBorders>
        <caption className="alur-visually-hidden">{t('perf.renstra.table')}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('perfEdit.description')}</Table.Th>
            <Table.Th scope="col" w={84}>
              {t('perf.unitLabel')}
            </Table.Th>
            <Table.Th scope="col" {...figure}>
              {t('perf.renstra.baseline')}
            </Table.Th>
            {editor.years.map((y) => (
              <Table.Th key={y} scope="col" {...figure}>
                {y}
              </Table.Th>
            ))}
            <Table.Th scope="col" {...figure}>
              {t('perf.renstra.final')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) =>
            row.type === 'node' ? (
              <Table.Tr
                key={row.node.id}
                data-node={row.node.code}
                style={{ background: NODE_SHADES[row.node.kind] }}
              >
                <Table.Td style={indent(row.depth)} miw={280}>
                  <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
                    <Text size="xs" c="dimmed" fw={700} style={{ whiteSpace: 'nowrap' }}>
                      {t(`perf.kind.${row.node.kind}`).toUpperCase()}{' '}
                      <Text span ff="monospace" size="xs" fw={700}>
                        {row.node.code}
                      </Text>
                    </Text>
                    {editor.canPlan && <NodeMenu node={row.node} actions={actions} />}
                  </Group>
                  {cells.nodeName(row.node)}
                  {row.node.unitName && (
                    <Text size="xs" c="dimmed">
                      {row.node.unitName}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {FUNDED.has(row.node.kind) && (
                    <Text size="xs" c="dimmed">
                      {t('perfEdit.fundingUnit')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td />
                {editor.years.map((y) => (
                  <Table.Td key={y} ta="right">
                    {FUNDED.has(row.node.kind) ? cells.funding(row.node, y) : null}
                  </Table.Td>
                ))}
                <Table.Td ta="right">
                  {FUNDED.has(row.node.kind) && (
                    <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      {formatMillions(fundingTotal(row.node))}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ) : (
              <Table.Tr key={row.indicator.id} data-indicator={row.indicator.code}>
                <Table.Td style={indent(row.depth)} miw={280}>
                  <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
                    <Group gap={6} wrap="nowrap">
                      <Text size="xs" ff="monospace" fw={700} style={{ whiteSpace: 'nowrap' }}>
                        {row.indicator.code}
                      </Text>
                      {row.indicator.isIku && (
                        <Badge size="xs" variant="light">
                          IKU
                        </Badge>
                      )}
                    </Group>
                    {editor.canPlan && <IndicatorMenu indicator={row.indicator} actions={actions} />}
                  </Group>
                  {cells.indicatorField(row.indicator, 'name')}
                  <Text size="xs" c="dimmed">
                    {[t(`perf.polarity.${row.indicator.polarity}`), row.indicator.unitName]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                </Table.Td>
                <Table.Td>{cells.indicatorField(row.indicator, 'unitLabel')}</Table.Td>
                <Table.Td ta="right">{cells.indicatorField(row.indicator, 'baselineValue')}</Table.Td>
                {editor.years.map((y) => (
                  <Table.Td key={y} ta="right" data-year={y}>
                    {cells.target(row.indicator, y)}
                  </Table.Td>
                ))}
                <Table.Td ta="right">{cells.indicatorField(row.indicator, 'finalTarget')}</Table.Td>
              </Table.Tr>
            ),
          )}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

function formatMillions(amount: string | null): string {
  return amount === null ? '–' : formatNumberId(inMillions(amount));
}

/**
 * A phone: the same rows, but one year at a time (picked above the table), so the description and
 * the year's target or funding fit without sideways scrolling. Baseline, final target and the other
 * fields are in the drawer.
 */
function RenstraPhoneTable({
  editor,
  rows,
  cells,
  actions,
}: {
  editor: RenstraEditor;
  rows: EditorRow[];
  cells: ReturnType<typeof useRenstraCells>;
  actions: RenstraActions;
}) {
  const { t } = useTranslation();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(
    editor.years.includes(thisYear) ? thisYear : (editor.years[0] ?? thisYear),
  );
  return (
    <Stack gap="xs">
      <SegmentedControl
        size="xs"
        fullWidth
        value={String(year)}
        onChange={(v) => setYear(Number(v))}
        data={editor.years.map(String)}
        aria-label={t('perfEdit.phoneYear')}
      />
      <Table verticalSpacing={6} horizontalSpacing={6} withTableBorder>
        <caption className="alur-visually-hidden">{`${t('perf.renstra.table')} ${year}`}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('perfEdit.description')}</Table.Th>
            <Table.Th scope="col" ta="right" w={104}>
              {year}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const inset = { paddingInlineStart: `calc(${Math.min(row.depth, 4) * 0.5}rem + 6px)` };
            if (row.type === 'node')
              return (
                <Table.Tr
                  key={row.node.id}
                  data-node={row.node.code}
                  style={{ background: NODE_SHADES[row.node.kind] }}
                >
                  <Table.Td style={inset}>
                    <Group justify="space-between" wrap="nowrap" gap={4} align="flex-start">
                      <Text size="xs" c="dimmed" fw={700}>
                        {t(`perf.kind.${row.node.kind}`).toUpperCase()} {row.node.code}
                      </Text>
                      {editor.canPlan && <NodeMenu node={row.node} actions={actions} />}
                    </Group>
                    {cells.nodeName(row.node)}
                  </Table.Td>
                  <Table.Td ta="right">
                    {FUNDED.has(row.node.kind) && (
                      <>
                        <Text size="xs" c="dimmed">
                          {t('perfEdit.fundingUnit')}
                        </Text>
                        {cells.funding(row.node, year)}
                      </>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            const i = row.indicator;
            return (
              <Table.Tr key={i.id} data-indicator={i.code}>
                <Table.Td style={inset}>
                  <Group justify="space-between" wrap="nowrap" gap={4} align="flex-start">
                    <Group gap={4} wrap="nowrap">
                      <Text size="xs" ff="monospace" fw={700}>
                        {i.code}
                      </Text>
                      {i.isIku && (
                        <Badge size="xs" variant="light">
                          IKU
                        </Badge>
                      )}
                    </Group>
                    {editor.canPlan && <IndicatorMenu indicator={i} actions={actions} />}
                  </Group>
                  {cells.indicatorField(i, 'name')}
                </Table.Td>
                <Table.Td ta="right" data-year={year}>
                  <Text size="xs" c="dimmed">
                    {i.unitLabel}
                  </Text>
                  {cells.target(i, year)}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
