import { Badge, Button, Group, Select, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Unit, type UnitInput, unitKindSchema } from '../../../contract';
import { AdminAgencyPage } from '../../admin/admin-page';
import { agencyPath, useInvalidateAgency, useUnits } from '../../admin/agency-queries';
import { apiRequest } from '../../api/api-client';
import { ConfirmDeleteModal } from '../../components/confirm-delete-modal';
import { FormModal } from '../../components/form-modal';
import { QueryState } from '../../components/query-state';
import { ResponsiveTable } from '../../components/responsive-table';
import { StatusMessage } from '../../components/status-message';
import { useApiForm } from '../../components/use-api-form';

export function UnitsPage() {
  const { t } = useTranslation();
  return (
    <AdminAgencyPage title={t('units.title')} description={t('units.description')}>
      {(agencyId) => <UnitsAdmin agencyId={agencyId} />}
    </AdminAgencyPage>
  );
}

/** Units as the organisation chart reads: each parent followed by its children, names alphabetical among siblings. */
function inTreeOrder(units: Unit[]): Unit[] {
  const ids = new Set(units.map((u) => u.id));
  const children = (parentId: string | null) =>
    units
      .filter((u) => (u.parentId && ids.has(u.parentId) ? u.parentId : null) === parentId)
      .sort((a, b) => a.name.localeCompare(b.name));
  const ordered: Unit[] = [];
  const seen = new Set<string>();
  const visit = (unit: Unit) => {
    if (seen.has(unit.id)) return;
    seen.add(unit.id);
    ordered.push(unit);
    for (const child of children(unit.id)) visit(child);
  };
  for (const root of children(null)) visit(root);
  // A cycle in the data would hide units; list any left over at the end.
  for (const unit of units) visit(unit);
  return ordered;
}

function depthOf(unit: Unit, units: Unit[]): number {
  let depth = 0;
  let parentId = unit.parentId;
  while (parentId && depth < 6) {
    const parent = units.find((u) => u.id === parentId);
    if (!parent) break;
    depth += 1;
    parentId = parent.parentId;
  }
  return depth;
}

function UnitsAdmin({ agencyId }: { agencyId: string }) {
  const { t } = useTranslation();
  const units = useUnits(agencyId);
  const invalidate = useInvalidateAgency(agencyId);
  const [editing, setEditing] = useState<Unit | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Unit | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const nameOf = (id: string | null) => units.data?.find((u) => u.id === id)?.name ?? '';

  return (
    <>
      <StatusMessage message={status} onDone={() => setStatus(null)} />
      <Group justify="flex-end" mb="md">
        <Button onClick={() => setEditing('new')}>{t('units.add')}</Button>
      </Group>
      <QueryState query={units}>
        {(rows) => (
          <ResponsiveTable
            caption={t('units.title')}
            rows={inTreeOrder(rows)}
            rowKey={(u) => u.id}
            columns={[
              {
                key: 'name',
                header: t('units.name'),
                // Indented under its parent in the table; a phone card names the parent as a field instead.
                render: (u, layout) =>
                  layout === 'table' ? (
                    <span style={{ paddingInlineStart: `${depthOf(u, rows) * 1.25}rem` }}>{u.name}</span>
                  ) : (
                    u.name
                  ),
              },
              {
                key: 'code',
                header: t('units.code'),
                render: (u) => (
                  <Text ff="monospace" size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {u.code}
                  </Text>
                ),
              },
              {
                key: 'kind',
                header: t('units.kind'),
                render: (u) => (
                  <Badge variant="light" color="gray" tt="none">
                    {t(`unitKind.${u.kind}`)}
                  </Badge>
                ),
              },
              { key: 'parent', header: t('units.parent'), render: (u) => nameOf(u.parentId) || '—' },
            ]}
            actionsHeader={t('common.actions')}
            actions={(u) => (
              <>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => setEditing(u)}
                  aria-label={t('common.editNamed', { name: u.name })}
                >
                  {t('common.edit')}
                </Button>
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  onClick={() => setDeleting(u)}
                  aria-label={t('common.deleteNamed', { name: u.name })}
                >
                  {t('common.delete')}
                </Button>
              </>
            )}
            empty={<Text c="dimmed">{t('units.empty')}</Text>}
          />
        )}
      </QueryState>
      {editing && (
        <UnitFormModal
          agencyId={agencyId}
          unit={editing === 'new' ? null : editing}
          units={units.data ?? []}
          onClose={() => setEditing(null)}
          onSaved={async () => {
            setEditing(null);
            setStatus(t('common.saved'));
            await invalidate();
          }}
        />
      )}
      <ConfirmDeleteModal
        opened={deleting !== null}
        itemName={deleting?.name ?? ''}
        onClose={() => setDeleting(null)}
        onConfirm={() => apiRequest('DELETE', agencyPath(agencyId, `/units/${deleting?.id}`))}
        onDeleted={async () => {
          setDeleting(null);
          setStatus(t('common.deleted'));
          await invalidate();
        }}
      />
    </>
  );
}

function UnitFormModal({
  agencyId,
  unit,
  units,
  onClose,
  onSaved,
}: {
  agencyId: string;
  unit: Unit | null;
  units: Unit[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const form = useApiForm({
    code: unit?.code ?? '',
    name: unit?.name ?? '',
    kind: (unit?.kind ?? 'bidang') as UnitInput['kind'],
    parentId: unit?.parentId ?? null,
  });
  const mutation = useMutation({
    mutationFn: (input: UnitInput) =>
      unit
        ? apiRequest<Unit>('PATCH', agencyPath(agencyId, `/units/${unit.id}`), input)
        : apiRequest<Unit>('POST', agencyPath(agencyId, '/units'), input),
    onSuccess: onSaved,
    onError: form.setError,
  });
  const v = form.values;
  return (
    <FormModal
      opened
      title={unit ? t('units.edit') : t('units.add')}
      onClose={onClose}
      pending={mutation.isPending}
      error={form.error}
      onSubmit={() =>
        mutation.mutate({ code: v.code.trim(), name: v.name.trim(), kind: v.kind, parentId: v.parentId })
      }
    >
      <TextInput
        label={t('units.name')}
        name="name"
        value={v.name}
        onChange={(e) => form.set('name', e.currentTarget.value)}
        error={form.fieldError('name')}
        withAsterisk
        data-autofocus
      />
      <TextInput
        label={t('units.code')}
        description={t('units.codeHint')}
        name="code"
        value={v.code}
        onChange={(e) => form.set('code', e.currentTarget.value)}
        error={form.fieldError('code')}
        withAsterisk
      />
      <Select
        label={t('units.kind')}
        name="kind"
        data={unitKindSchema.options.map((k) => ({ value: k, label: t(`unitKind.${k}`) }))}
        value={v.kind}
        onChange={(value) => value && form.set('kind', value as UnitInput['kind'])}
        allowDeselect={false}
        error={form.fieldError('kind')}
        withAsterisk
      />
      <Select
        label={t('units.parent')}
        name="parentId"
        placeholder={t('units.noParent')}
        data={units.filter((u) => u.id !== unit?.id).map((u) => ({ value: u.id, label: u.name }))}
        value={v.parentId}
        onChange={(value) => form.set('parentId', value)}
        clearable
        searchable
        error={form.fieldError('parentId')}
      />
    </FormModal>
  );
}
