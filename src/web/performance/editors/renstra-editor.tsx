import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorIndicator, EditorNode, RenstraEditor as RenstraEditorData } from '../../../contract';
import { ConfirmDeleteModal } from '../../components/confirm-delete-modal';
import { QueryState } from '../../components/query-state';
import { StatusMessage } from '../../components/status-message';
import { EditNoticeArea } from './edit-notices';
import { useRenstraEditor, useSendEdit } from './editor-queries';
import { IndicatorDrawer, type IndicatorDrawerTarget } from './indicator-drawer';
import { type NodeFormTarget, PlanNodeForm } from './plan-node-form';
import { RenstraTable } from './renstra-table';
import { RenstraTree } from './renstra-tree';
import type { RenstraActions } from './row-actions';

type Deleting = { kind: 'node'; node: EditorNode } | { kind: 'indicator'; indicator: EditorIndicator };

/**
 * The Renstra of an agency as a tree or a table, editable by the planning unit: nodes and indicators
 * added, changed (in place or in a form) and deleted. Everyone else sees the same views read-only.
 */
export function RenstraEditor({
  agencyId,
  renstraId,
  view,
}: {
  agencyId: string;
  renstraId: string;
  view: 'tree' | 'table';
}) {
  const query = useRenstraEditor(agencyId, renstraId);
  return (
    <EditNoticeArea>
      <QueryState query={query}>
        {(editor) => <Editor agencyId={agencyId} editor={editor} view={view} />}
      </QueryState>
    </EditNoticeArea>
  );
}

function Editor({
  agencyId,
  editor,
  view,
}: {
  agencyId: string;
  editor: RenstraEditorData;
  view: 'tree' | 'table';
}) {
  const { t } = useTranslation();
  const send = useSendEdit(agencyId);
  const [nodeForm, setNodeForm] = useState<NodeFormTarget | null>(null);
  const [drawer, setDrawer] = useState<IndicatorDrawerTarget | null>(null);
  const [deleting, setDeleting] = useState<Deleting | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const actions: RenstraActions = {
    editNode: (node) => setNodeForm({ mode: 'edit', node }),
    addNode: (kind, parent) => setNodeForm({ mode: 'new', kind, parent }),
    deleteNode: (node) => setDeleting({ kind: 'node', node }),
    addIndicator: (node) => setDrawer({ mode: 'new', node }),
    editIndicator: (indicator) => setDrawer({ mode: 'edit', indicator }),
    deleteIndicator: (indicator) => setDeleting({ kind: 'indicator', indicator }),
  };
  const deletingName =
    deleting?.kind === 'node'
      ? `${t(`perf.kind.${deleting.node.kind}`)} ${deleting.node.code} ${deleting.node.name}`
      : deleting
        ? `${t('perf.indicator')} ${deleting.indicator.code} ${deleting.indicator.name}`
        : '';
  return (
    <>
      <StatusMessage message={status} onDone={() => setStatus(null)} />
      {editor.canPlan && (
        <Group gap="xs" mb="sm">
          <Button size="xs" variant="light" onClick={() => actions.addNode('tujuan', null)}>
            {t('perfEdit.node.addChild', { kind: t('perf.kind.tujuan') })}
          </Button>
          <Button size="xs" variant="light" onClick={() => actions.addNode('program', null)}>
            {t('perfEdit.node.addRootProgram')}
          </Button>
        </Group>
      )}
      {view === 'tree' ? (
        <RenstraTree editor={editor} actions={actions} />
      ) : (
        <RenstraTable agencyId={agencyId} editor={editor} actions={actions} />
      )}
      {nodeForm && (
        <PlanNodeForm
          agencyId={agencyId}
          editor={editor}
          target={nodeForm}
          onClose={() => setNodeForm(null)}
          onSaved={(message) => {
            setNodeForm(null);
            setStatus(message);
          }}
        />
      )}
      {drawer && (
        <IndicatorDrawer
          agencyId={agencyId}
          editor={editor}
          target={drawer}
          onClose={() => setDrawer(null)}
          onSaved={(message) => {
            setDrawer(null);
            setStatus(message);
          }}
        />
      )}
      <ConfirmDeleteModal
        opened={deleting !== null}
        itemName={deletingName}
        onClose={() => setDeleting(null)}
        onConfirm={async () => {
          if (deleting?.kind === 'node')
            await send('DELETE', `/plan-nodes/${deleting.node.id}?revision=${deleting.node.revision}`);
          else if (deleting?.kind === 'indicator')
            await send(
              'DELETE',
              `/indicators/${deleting.indicator.id}?revision=${deleting.indicator.revision}`,
            );
        }}
        onDeleted={() => {
          setDeleting(null);
          setStatus(t('common.deleted'));
        }}
      />
    </>
  );
}
