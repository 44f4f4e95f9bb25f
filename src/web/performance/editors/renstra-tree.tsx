import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EditorNode, RenstraEditor } from '../../../contract';
import { formatNumberId, formatRupiahId } from '../format-id';
import { FUNDED, fundingTotal } from './renstra-rows';
import { NodeMenu, type RenstraActions } from './row-actions';

const KIND_COLORS: Record<string, string> = {
  tujuan: 'indigo',
  sasaran: 'blue',
  program: 'teal',
  kegiatan: 'grape',
  sub_kegiatan: 'gray',
};

/** The pohon kinerja: each node with its indicators (opening the drawer) and, for the planning unit, its menu. */
export function RenstraTree({ editor, actions }: { editor: RenstraEditor; actions: RenstraActions }) {
  const { t } = useTranslation();
  if (editor.nodes.length === 0) return <Text c="dimmed">{t('perfEdit.emptyTree')}</Text>;
  return (
    <ul
      className="alur-tree"
      aria-label={t('perf.renstra.tree')}
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
    >
      {editor.nodes.map((n) => (
        <TreeItem key={n.id} node={n} depth={0} editor={editor} actions={actions} />
      ))}
    </ul>
  );
}

function TreeItem({
  node,
  depth,
  editor,
  actions,
}: {
  node: EditorNode;
  depth: number;
  editor: RenstraEditor;
  actions: RenstraActions;
}) {
  const { t } = useTranslation();
  const total = FUNDED.has(node.kind) ? fundingTotal(node) : null;
  return (
    <li
      data-node={node.code}
      style={{
        marginLeft: depth === 0 ? 0 : 16,
        borderLeft: depth === 0 ? undefined : '2px solid var(--mantine-color-gray-3)',
        paddingLeft: depth === 0 ? 0 : 10,
        marginTop: 8,
      }}
    >
      <Paper withBorder p="xs" radius="md">
        <Group gap="xs" wrap="nowrap" align="flex-start" justify="space-between">
          <Group gap="xs" wrap="nowrap" align="flex-start" style={{ minWidth: 0 }}>
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
              {(node.unitName || total) && (
                <Text size="xs" c="dimmed">
                  {[
                    node.unitName,
                    total ? t('perfEdit.fundingTotal', { amount: formatRupiahId(total) }) : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              )}
            </Stack>
          </Group>
          {editor.canPlan && <NodeMenu node={node} actions={actions} />}
        </Group>
        {node.indicators.length > 0 && (
          <Stack gap={4} mt="xs">
            {node.indicators.map((i) => {
              const text = (
                <>
                  <b>{i.code}</b> {i.name} ({i.unitLabel}) —{' '}
                  {i.targets.map((tg) => `${tg.year}: ${formatNumberId(tg.value)}`).join(' · ')}
                </>
              );
              return editor.canPlan ? (
                <Anchor
                  key={i.id}
                  component="button"
                  type="button"
                  size="xs"
                  ta="left"
                  c="dark"
                  className="alur-break"
                  onClick={() => actions.editIndicator(i)}
                >
                  {text}
                  <span className="alur-visually-hidden"> ({t('perfEdit.indicator.details')})</span>
                </Anchor>
              ) : (
                <Text key={i.id} size="xs" className="alur-break">
                  {text}
                </Text>
              );
            })}
          </Stack>
        )}
      </Paper>
      {node.children.length > 0 && (
        <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {node.children.map((c) => (
            <TreeItem key={c.id} node={c} depth={depth + 1} editor={editor} actions={actions} />
          ))}
        </ul>
      )}
    </li>
  );
}
