import { Alert, Button, Group, Radio, Select, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type Appointment,
  type AppointmentInput,
  appointmentKindSchema,
  type Person,
  type Position,
} from '../../../contract';
import { AdminAgencyPage } from '../../admin/admin-page';
import {
  agencyPath,
  useAppointments,
  useInvalidateAgency,
  usePeople,
  usePositions,
} from '../../admin/agency-queries';
import { apiRequest } from '../../api/api-client';
import { AppointmentKindBadge } from '../../components/appointment-kind-badge';
import { ConfirmDeleteModal } from '../../components/confirm-delete-modal';
import { FormModal } from '../../components/form-modal';
import { formatDate } from '../../components/format-date';
import { QueryState } from '../../components/query-state';
import { ResponsiveTable } from '../../components/responsive-table';
import { StatusMessage } from '../../components/status-message';
import { today } from '../../components/today';
import { orNull, useApiForm } from '../../components/use-api-form';

type Kind = AppointmentInput['kind'];

export function AppointmentsPage() {
  const { t } = useTranslation();
  return (
    <AdminAgencyPage title={t('appointments.title')} description={t('appointments.description')}>
      {(agencyId) => <AppointmentsAdmin agencyId={agencyId} />}
    </AdminAgencyPage>
  );
}

function AppointmentsAdmin({ agencyId }: { agencyId: string }) {
  const { t } = useTranslation();
  const appointments = useAppointments(agencyId);
  const positions = usePositions(agencyId);
  const people = usePeople(agencyId);
  const invalidate = useInvalidateAgency(agencyId);
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<Appointment | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [search, setSearch] = useState('');

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
        <Button onClick={() => setAdding(true)}>{t('appointments.add')}</Button>
      </Group>
      <QueryState query={appointments}>
        {(rows) => (
          <ResponsiveTable
            caption={t('appointments.title')}
            rows={rows.filter((a) =>
              `${a.positionTitle} ${a.fullName} ${a.decree ?? ''}`
                .toLowerCase()
                .includes(search.trim().toLowerCase()),
            )}
            rowKey={(a) => a.id}
            minWidth={880}
            columns={[
              { key: 'position', header: t('appointments.position'), render: (a) => a.positionTitle },
              { key: 'person', header: t('appointments.person'), render: (a) => a.fullName },
              {
                key: 'kind',
                header: t('appointments.kind'),
                render: (a) => <AppointmentKindBadge kind={a.kind} />,
              },
              {
                key: 'period',
                header: t('appointments.period'),
                render: (a) => (
                  <span style={{ whiteSpace: 'nowrap' }}>
                    {a.endsOn
                      ? t('appointments.fromTo', { from: formatDate(a.startsOn), to: formatDate(a.endsOn) })
                      : t('appointments.since', { from: formatDate(a.startsOn) })}
                  </span>
                ),
              },
              { key: 'decree', header: t('appointments.decree'), render: (a) => a.decree ?? '—' },
            ]}
            actionsHeader={t('common.actions')}
            actions={(a) => (
              <Button
                size="xs"
                variant="subtle"
                color="red"
                onClick={() => setDeleting(a)}
                aria-label={t('appointments.deleteNamed', { person: a.fullName, position: a.positionTitle })}
              >
                {t('common.delete')}
              </Button>
            )}
            empty={<Text c="dimmed">{search ? t('common.noMatch') : t('appointments.empty')}</Text>}
          />
        )}
      </QueryState>
      {adding && (
        <AppointmentFormModal
          agencyId={agencyId}
          positions={positions.data ?? []}
          people={people.data ?? []}
          onClose={() => setAdding(false)}
          onSaved={async () => {
            setAdding(false);
            setStatus(t('common.saved'));
            await invalidate();
          }}
        />
      )}
      <ConfirmDeleteModal
        opened={deleting !== null}
        itemName={
          deleting
            ? t('appointments.itemName', { person: deleting.fullName, position: deleting.positionTitle })
            : ''
        }
        onClose={() => setDeleting(null)}
        onConfirm={() => apiRequest('DELETE', agencyPath(agencyId, `/appointments/${deleting?.id}`))}
        onDeleted={async () => {
          setDeleting(null);
          setStatus(t('common.deleted'));
          await invalidate();
        }}
      />
    </>
  );
}

function AppointmentFormModal({
  agencyId,
  positions,
  people,
  onClose,
  onSaved,
}: {
  agencyId: string;
  positions: Position[];
  people: Person[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const form = useApiForm({
    positionId: null as string | null,
    personId: null as string | null,
    kind: 'definitive' as Kind,
    startsOn: today(),
    endsOn: '',
    decree: '',
  });
  const mutation = useMutation({
    mutationFn: (input: AppointmentInput) =>
      apiRequest<Appointment>('POST', agencyPath(agencyId, '/appointments'), input),
    onSuccess: onSaved,
    onError: form.setError,
  });
  const v = form.values;
  const chosen = positions.find((p) => p.id === v.positionId);
  const acting = v.kind !== 'definitive';
  return (
    <FormModal
      opened
      title={t('appointments.add')}
      onClose={onClose}
      pending={mutation.isPending}
      error={form.error}
      onSubmit={() =>
        mutation.mutate({
          positionId: v.positionId ?? '',
          personId: v.personId ?? '',
          kind: v.kind,
          startsOn: v.startsOn,
          endsOn: orNull(v.endsOn),
          decree: orNull(v.decree),
        })
      }
    >
      <Select
        label={t('appointments.position')}
        name="positionId"
        data={positions.map((p) => ({ value: p.id, label: `${p.title} (${p.unitName})` }))}
        value={v.positionId}
        onChange={(value) => form.set('positionId', value)}
        searchable
        error={form.fieldError('positionId')}
        withAsterisk
      />
      {chosen && (
        <Alert variant="light" color="gray" p="xs">
          <Text size="sm">
            {chosen.holders.length === 0
              ? t('positions.vacant')
              : t('appointments.currentHolders', {
                  names: chosen.holders
                    .map((h) => `${h.fullName} (${t(`appointmentKind.short.${h.kind}`)})`)
                    .join(', '),
                })}
          </Text>
        </Alert>
      )}
      <Select
        label={t('appointments.person')}
        name="personId"
        data={people.map((p) => ({ value: p.id, label: p.nip ? `${p.fullName} – ${p.nip}` : p.fullName }))}
        value={v.personId}
        onChange={(value) => form.set('personId', value)}
        searchable
        error={form.fieldError('personId')}
        withAsterisk
      />
      <Radio.Group
        label={t('appointments.kind')}
        name="kind"
        value={v.kind}
        onChange={(value) => form.set('kind', value as Kind)}
        error={form.fieldError('kind')}
        withAsterisk
      >
        <Group mt={6} gap="lg">
          {appointmentKindSchema.options.map((k) => (
            <Radio key={k} value={k} label={t(`appointmentKind.long.${k}`)} />
          ))}
        </Group>
      </Radio.Group>
      <Group grow align="flex-start">
        <TextInput
          type="date"
          label={t('appointments.startsOn')}
          name="startsOn"
          value={v.startsOn}
          onChange={(e) => form.set('startsOn', e.currentTarget.value)}
          error={form.fieldError('startsOn')}
          withAsterisk
        />
        <TextInput
          type="date"
          label={t('appointments.endsOn')}
          description={acting ? undefined : t('appointments.endsOnOptional')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          name="endsOn"
          value={v.endsOn}
          onChange={(e) => form.set('endsOn', e.currentTarget.value)}
          error={form.fieldError('endsOn')}
          withAsterisk={acting}
        />
      </Group>
      <TextInput
        label={t('appointments.decree')}
        description={t('appointments.decreeHint')}
        name="decree"
        value={v.decree}
        onChange={(e) => form.set('decree', e.currentTarget.value)}
        error={form.fieldError('decree')}
      />
    </FormModal>
  );
}
