import { Autocomplete, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Position, type PositionInput, positionLevelSchema, type Unit } from '../../../contract';
import { AdminAgencyPage } from '../../admin/admin-page';
import { agencyPath, useInvalidateAgency, usePositions, useUnits } from '../../admin/agency-queries';
import { apiRequest } from '../../api/api-client';
import { AppointmentKindBadge } from '../../components/appointment-kind-badge';
import { ConfirmDeleteModal } from '../../components/confirm-delete-modal';
import { FormModal } from '../../components/form-modal';
import { QueryState } from '../../components/query-state';
import { ResponsiveTable } from '../../components/responsive-table';
import { StatusMessage } from '../../components/status-message';
import { orNull, useApiForm } from '../../components/use-api-form';

export function PositionsPage() {
  const { t } = useTranslation();
  return (
    <AdminAgencyPage title={t('positions.title')} description={t('positions.description')}>
      {(agencyId) => <PositionsAdmin agencyId={agencyId} />}
    </AdminAgencyPage>
  );
}

const LEVEL_ORDER = positionLevelSchema.options;

/** Head of agency first, then administrators, supervisors, functional and staff; by unit within a level. */
function sortByLevel(rows: Position[]): Position[] {
  return [...rows].sort(
    (a, b) =>
      LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level) ||
      a.unitName.localeCompare(b.unitName) ||
      a.title.localeCompare(b.title),
  );
}

function PositionsAdmin({ agencyId }: { agencyId: string }) {
  const { t } = useTranslation();
  const positions = usePositions(agencyId);
  const units = useUnits(agencyId);
  const invalidate = useInvalidateAgency(agencyId);
  const [editing, setEditing] = useState<Position | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Position | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const titleOf = (id: string | null) => positions.data?.find((p) => p.id === id)?.title ?? '';

  return (
    <>
      <StatusMessage message={status} onDone={() => setStatus(null)} />
      <Group justify="space-between" mb="md" align="flex-end">
        <TextInput
          label={t('common.search')}
          type="search"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={{ base: '100%', sm: 320 }}
        />
        <Button onClick={() => setEditing('new')}>{t('positions.add')}</Button>
      </Group>
      <QueryState query={positions}>
        {(rows) => (
          <ResponsiveTable
            caption={t('positions.title')}
            rows={sortByLevel(rows).filter((p) =>
              `${p.title} ${p.code} ${p.unitName} ${p.holders.map((h) => h.fullName).join(' ')}`
                .toLowerCase()
                .includes(search.trim().toLowerCase()),
            )}
            rowKey={(p) => p.id}
            minWidth={900}
            columns={[
              { key: 'title', header: t('positions.positionTitle'), render: (p) => p.title },
              { key: 'unit', header: t('positions.unit'), render: (p) => p.unitName },
              { key: 'level', header: t('positions.level'), render: (p) => t(`positionLevel.${p.level}`) },
              {
                key: 'holders',
                header: t('positions.holders'),
                render: (p) =>
                  p.holders.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      {t('positions.vacant')}
                    </Text>
                  ) : (
                    <Stack gap={4}>
                      {p.holders.map((h) => (
                        <Group key={`${h.personId}:${h.kind}`} gap={6} wrap="nowrap">
                          <Text size="sm">{h.fullName}</Text>
                          {h.kind !== 'definitive' && (
                            <AppointmentKindBadge kind={h.kind} endsOn={h.endsOn} />
                          )}
                        </Group>
                      ))}
                    </Stack>
                  ),
              },
              { key: 'parent', header: t('positions.parent'), render: (p) => titleOf(p.parentId) || '—' },
              { key: 'sopRole', header: t('positions.sopRole'), render: (p) => p.sopRole ?? '—' },
            ]}
            actionsHeader={t('common.actions')}
            actions={(p) => (
              <>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => setEditing(p)}
                  aria-label={t('common.editNamed', { name: p.title })}
                >
                  {t('common.edit')}
                </Button>
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  onClick={() => setDeleting(p)}
                  aria-label={t('common.deleteNamed', { name: p.title })}
                >
                  {t('common.delete')}
                </Button>
              </>
            )}
            empty={<Text c="dimmed">{search ? t('common.noMatch') : t('positions.empty')}</Text>}
          />
        )}
      </QueryState>
      {editing && (
        <PositionFormModal
          agencyId={agencyId}
          position={editing === 'new' ? null : editing}
          positions={positions.data ?? []}
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
        itemName={deleting?.title ?? ''}
        onClose={() => setDeleting(null)}
        onConfirm={() => apiRequest('DELETE', agencyPath(agencyId, `/positions/${deleting?.id}`))}
        onDeleted={async () => {
          setDeleting(null);
          setStatus(t('common.deleted'));
          await invalidate();
        }}
      />
    </>
  );
}

function PositionFormModal({
  agencyId,
  position,
  positions,
  units,
  onClose,
  onSaved,
}: {
  agencyId: string;
  position: Position | null;
  positions: Position[];
  units: Unit[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const form = useApiForm({
    unitId: position?.unitId ?? null,
    code: position?.code ?? '',
    title: position?.title ?? '',
    level: (position?.level ?? 'pelaksana') as PositionInput['level'],
    parentId: position?.parentId ?? null,
    sopRole: position?.sopRole ?? '',
  });
  // The lanes this agency's positions already play are the likeliest answers.
  const sopRoles = useMemo(
    () => [...new Set(positions.map((p) => p.sopRole).filter((r): r is string => Boolean(r)))].sort(),
    [positions],
  );
  const mutation = useMutation({
    mutationFn: (input: PositionInput) =>
      position
        ? apiRequest<Position>('PATCH', agencyPath(agencyId, `/positions/${position.id}`), input)
        : apiRequest<Position>('POST', agencyPath(agencyId, '/positions'), input),
    onSuccess: onSaved,
    onError: form.setError,
  });
  const v = form.values;
  return (
    <FormModal
      opened
      title={position ? t('positions.edit') : t('positions.add')}
      onClose={onClose}
      pending={mutation.isPending}
      error={form.error}
      onSubmit={() =>
        mutation.mutate({
          unitId: v.unitId ?? '',
          code: v.code.trim(),
          title: v.title.trim(),
          level: v.level,
          parentId: v.parentId,
          sopRole: orNull(v.sopRole),
        })
      }
    >
      <TextInput
        label={t('positions.positionTitle')}
        name="title"
        value={v.title}
        onChange={(e) => form.set('title', e.currentTarget.value)}
        error={form.fieldError('title')}
        withAsterisk
        data-autofocus
      />
      <TextInput
        label={t('positions.code')}
        description={t('positions.codeHint')}
        name="code"
        value={v.code}
        onChange={(e) => form.set('code', e.currentTarget.value)}
        error={form.fieldError('code')}
        withAsterisk
      />
      <Select
        label={t('positions.unit')}
        name="unitId"
        data={units.map((u) => ({ value: u.id, label: u.name }))}
        value={v.unitId}
        onChange={(value) => form.set('unitId', value)}
        searchable
        error={form.fieldError('unitId')}
        withAsterisk
      />
      <Select
        label={t('positions.level')}
        name="level"
        data={positionLevelSchema.options.map((l) => ({ value: l, label: t(`positionLevel.${l}`) }))}
        value={v.level}
        onChange={(value) => value && form.set('level', value as PositionInput['level'])}
        allowDeselect={false}
        error={form.fieldError('level')}
        withAsterisk
      />
      <Select
        label={t('positions.parent')}
        name="parentId"
        placeholder={t('positions.noParent')}
        data={positions.filter((p) => p.id !== position?.id).map((p) => ({ value: p.id, label: p.title }))}
        value={v.parentId}
        onChange={(value) => form.set('parentId', value)}
        clearable
        searchable
        error={form.fieldError('parentId')}
      />
      <Autocomplete
        label={t('positions.sopRole')}
        description={t('positions.sopRoleHint')}
        name="sopRole"
        data={sopRoles}
        value={v.sopRole}
        onChange={(value) => form.set('sopRole', value)}
        error={form.fieldError('sopRole')}
      />
    </FormModal>
  );
}
