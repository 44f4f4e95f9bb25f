import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EditorIndicator, EditorNode } from '../../../contract';
import { CHILD_KIND, type PlanNodeKind } from './renstra-rows';

export interface RenstraActions {
  editNode: (node: EditorNode) => void;
  addNode: (kind: PlanNodeKind, parent: EditorNode | null) => void;
  deleteNode: (node: EditorNode) => void;
  addIndicator: (node: EditorNode) => void;
  editIndicator: (indicator: EditorIndicator) => void;
  deleteIndicator: (indicator: EditorIndicator) => void;
}

/** The menu of one node: change it, add a child of the next kind or an indicator, delete it. */
export function NodeMenu({ node, actions }: { node: EditorNode; actions: RenstraActions }) {
  const { t } = useTranslation();
  const kind = t(`perf.kind.${node.kind}`);
  const child = CHILD_KIND[node.kind];
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          size="compact-xs"
          variant="subtle"
          style={{ flexShrink: 0 }}
          aria-label={t('perfEdit.actionsFor', { name: `${kind} ${node.code}` })}
        >
          {t('perfEdit.actions')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => actions.editNode(node)}>{t('perfEdit.node.edit', { kind })}</Menu.Item>
        {child && (
          <Menu.Item onClick={() => actions.addNode(child, node)}>
            {t('perfEdit.node.addChild', { kind: t(`perf.kind.${child}`) })}
          </Menu.Item>
        )}
        <Menu.Item onClick={() => actions.addIndicator(node)}>{t('perfEdit.indicator.add')}</Menu.Item>
        <Menu.Divider />
        <Menu.Item color="red" onClick={() => actions.deleteNode(node)}>
          {t('perfEdit.node.delete', { kind })}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

/** The menu of one indicator: all its fields in the drawer, or delete it. */
export function IndicatorMenu({
  indicator,
  actions,
}: {
  indicator: EditorIndicator;
  actions: RenstraActions;
}) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          size="compact-xs"
          variant="subtle"
          style={{ flexShrink: 0 }}
          aria-label={t('perfEdit.actionsFor', { name: `${t('perf.indicator')} ${indicator.code}` })}
        >
          {t('perfEdit.actions')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => actions.editIndicator(indicator)}>
          {t('perfEdit.indicator.details')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item color="red" onClick={() => actions.deleteIndicator(indicator)}>
          {t('perfEdit.indicator.delete')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
