import {
  Badge,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CalendarResponse,
  type CalendarSettings,
  type Holiday,
  type HolidayInput,
  holidayKindSchema,
} from '../../../contract';
import { AdminAgencyPage } from '../../admin/admin-page';
import { agencyPath, useCalendar, useInvalidateAgency } from '../../admin/agency-queries';
import { apiRequest } from '../../api/api-client';
import { ConfirmDeleteModal } from '../../components/confirm-delete-modal';
import { FormErrorSummary } from '../../components/form-error-summary';
import { FormModal } from '../../components/form-modal';
import { formatDate } from '../../components/format-date';
import { QueryState } from '../../components/query-state';
import { ResponsiveTable } from '../../components/responsive-table';
import { StatusMessage } from '../../components/status-message';
import { orNull, useApiForm } from '../../components/use-api-form';

type HolidayKind = HolidayInput['kind'];

const KIND_COLOR: Record<HolidayKind, string> = {
  libur_nasional: 'red',
  cuti_bersama: 'orange',
  libur_daerah: 'teal',
};

export function CalendarPage() {
  const { t } = useTranslation();
  return (
    <AdminAgencyPage title={t('calendar.title')} description={t('calendar.description')}>
      {(agencyId) => <CalendarAdmin agencyId={agencyId} />}
    </AdminAgencyPage>
  );
}

export function HolidayKindBadge({ kind }: { kind: HolidayKind }) {
  const { t } = useTranslation();
  return (
    <Badge color={KIND_COLOR[kind]} variant="light" tt="none" radius="sm" style={{ minWidth: 'max-content' }}>
      {t(`holidayKind.${kind}`)}
    </Badge>
  );
}

function CalendarAdmin({ agencyId }: { agencyId: string }) {
  const { t } = useTranslation();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const calendar = useCalendar(agencyId, year);
  const invalidate = useInvalidateAgency(agencyId);
  const [editing, setEditing] = useState<Holiday | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Holiday | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const years = [thisYear - 1, thisYear, thisYear + 1, thisYear + 2];

  return (
    <>
      <StatusMessage message={status} onDone={() => setStatus(null)} />
      <Group justify="space-between" align="flex-end" mb="md">
        <Select
          label={t('calendar.year')}
          data={years.map(String)}
          value={String(year)}
          onChange={(value) => value && setYear(Number(value))}
          allowDeselect={false}
          w={140}
          data-testid="calendar-year"
        />
        <Button onClick={() => setEditing('new')}>{t('calendar.add')}</Button>
      </Group>
      <QueryState query={calendar}>
        {(data) => (
          <Stack gap="lg">
            <SettingsCard
              agencyId={agencyId}
              calendar={data}
              onSaved={async () => {
                setStatus(t('common.saved'));
                await invalidate();
              }}
            />
            <section aria-labelledby="holidays-heading">
              <Title order={2} size="h4" mb="sm" id="holidays-heading">
                {t('calendar.holidays', { year: data.year, count: data.holidays.length })}
              </Title>
              <ResponsiveTable
                caption={t('calendar.holidays', { year: data.year, count: data.holidays.length })}
                rows={data.holidays}
                rowKey={(h) => h.id}
                minWidth={820}
                columns={[
                  { key: 'name', header: t('calendar.name'), render: (h) => h.name },
                  {
                    key: 'date',
                    header: t('calendar.date'),
                    render: (h) => <span style={{ whiteSpace: 'nowrap' }}>{formatDate(h.date, 'long')}</span>,
                  },
                  {
                    key: 'kind',
                    header: t('calendar.kind'),
                    render: (h) => <HolidayKindBadge kind={h.kind} />,
                  },
                  { key: 'decree', header: t('calendar.decree'), render: (h) => h.decree ?? '—' },
                  {
                    key: 'source',
                    header: t('calendar.source'),
                    render: (h) => t(`holidaySource.${h.source}`),
                  },
                ]}
                actionsHeader={t('common.actions')}
                actions={(h) => (
                  <>
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setEditing(h)}
                      aria-label={t('common.editNamed', { name: h.name })}
                    >
                      {t('common.edit')}
                    </Button>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => setDeleting(h)}
                      aria-label={t('common.deleteNamed', { name: h.name })}
                    >
                      {t('common.delete')}
                    </Button>
                  </>
                )}
                empty={<Text c="dimmed">{t('calendar.empty', { year: data.year })}</Text>}
              />
            </section>
          </Stack>
        )}
      </QueryState>
      {editing && (
        <HolidayFormModal
          agencyId={agencyId}
          holiday={editing === 'new' ? null : editing}
          year={year}
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
        itemName={deleting ? `${deleting.name} (${formatDate(deleting.date)})` : ''}
        onClose={() => setDeleting(null)}
        onConfirm={() => apiRequest('DELETE', agencyPath(agencyId, `/holidays/${deleting?.id}`))}
        onDeleted={async () => {
          setDeleting(null);
          setStatus(t('common.deleted'));
          await invalidate();
        }}
      />
    </>
  );
}

/** Time zone and hours (read-only summary), the cuti-bersama switch and the Ramadan range. */
function SettingsCard({
  agencyId,
  calendar,
  onSaved,
}: {
  agencyId: string;
  calendar: CalendarResponse;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const form = useApiForm({
    ramadanFrom: calendar.settings.ramadan?.from ?? '',
    ramadanTo: calendar.settings.ramadan?.to ?? '',
  });
  const mutation = useMutation({
    mutationFn: (settings: CalendarSettings) =>
      apiRequest<CalendarSettings>('PUT', agencyPath(agencyId, '/calendar/settings'), settings),
    onSuccess: () => {
      form.setError(null);
      onSaved();
    },
    onError: form.setError,
  });
  const ramadan = () => {
    const from = form.values.ramadanFrom.trim();
    const to = form.values.ramadanTo.trim();
    return from || to ? { from, to } : null;
  };
  return (
    <Card withBorder radius="md" padding="md">
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <div>
            <Text size="sm" c="dimmed">
              {t('calendar.timeZone')}
            </Text>
            <Text fw={500}>{t(`timeZone.${calendar.timeZone}`)}</Text>
          </div>
          <div>
            <Text size="sm" c="dimmed">
              {t('calendar.workingHours')}
            </Text>
            <Text fw={500} data-testid="working-hours">
              {calendar.workingHours}
            </Text>
          </div>
        </SimpleGrid>
        <FormErrorSummary error={form.error} />
        <Switch
          label={t('calendar.cutiBersamaIsDayOff')}
          description={t('calendar.cutiBersamaHint')}
          checked={calendar.settings.cutiBersamaIsDayOff}
          disabled={mutation.isPending}
          onChange={(e) =>
            mutation.mutate({
              cutiBersamaIsDayOff: e.currentTarget.checked,
              ramadan: calendar.settings.ramadan,
            })
          }
          error={form.fieldError('cutiBersamaIsDayOff')}
        />
        <form
          onSubmit={(e) => {
            e.preventDefault();
            mutation.mutate({
              cutiBersamaIsDayOff: calendar.settings.cutiBersamaIsDayOff,
              ramadan: ramadan(),
            });
          }}
          noValidate
        >
          <Group align="flex-end" gap="sm">
            <TextInput
              type="date"
              label={t('calendar.ramadanFrom')}
              name="ramadan.from"
              value={form.values.ramadanFrom}
              onChange={(e) => form.set('ramadanFrom', e.currentTarget.value)}
              error={form.fieldError('ramadan.from') ?? form.fieldError('ramadan')}
            />
            <TextInput
              type="date"
              label={t('calendar.ramadanTo')}
              name="ramadan.to"
              value={form.values.ramadanTo}
              onChange={(e) => form.set('ramadanTo', e.currentTarget.value)}
              error={form.fieldError('ramadan.to')}
            />
            <Button type="submit" variant="default" loading={mutation.isPending}>
              {t('calendar.saveRamadan')}
            </Button>
          </Group>
          <Text size="xs" c="dimmed" mt={6}>
            {t('calendar.ramadanHint')}
          </Text>
        </form>
      </Stack>
    </Card>
  );
}

function HolidayFormModal({
  agencyId,
  holiday,
  year,
  onClose,
  onSaved,
}: {
  agencyId: string;
  holiday: Holiday | null;
  year: number;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const form = useApiForm({
    date: holiday?.date ?? `${year}-01-01`,
    kind: (holiday?.kind ?? 'libur_daerah') as HolidayKind,
    name: holiday?.name ?? '',
    decree: holiday?.decree ?? '',
  });
  const mutation = useMutation({
    mutationFn: (input: HolidayInput) =>
      holiday
        ? apiRequest<Holiday>('PATCH', agencyPath(agencyId, `/holidays/${holiday.id}`), input)
        : apiRequest<Holiday>('POST', agencyPath(agencyId, '/holidays'), input),
    onSuccess: onSaved,
    onError: form.setError,
  });
  const v = form.values;
  return (
    <FormModal
      opened
      title={holiday ? t('calendar.edit') : t('calendar.add')}
      onClose={onClose}
      pending={mutation.isPending}
      error={form.error}
      onSubmit={() =>
        mutation.mutate({ date: v.date, kind: v.kind, name: v.name.trim(), decree: orNull(v.decree) })
      }
    >
      <TextInput
        label={t('calendar.name')}
        name="name"
        value={v.name}
        onChange={(e) => form.set('name', e.currentTarget.value)}
        error={form.fieldError('name')}
        withAsterisk
        data-autofocus
      />
      <TextInput
        type="date"
        label={t('calendar.date')}
        name="date"
        value={v.date}
        onChange={(e) => form.set('date', e.currentTarget.value)}
        error={form.fieldError('date')}
        withAsterisk
      />
      <Select
        label={t('calendar.kind')}
        name="kind"
        data={holidayKindSchema.options.map((k) => ({ value: k, label: t(`holidayKind.${k}`) }))}
        value={v.kind}
        onChange={(value) => value && form.set('kind', value as HolidayKind)}
        allowDeselect={false}
        error={form.fieldError('kind')}
        withAsterisk
      />
      <TextInput
        label={t('calendar.decree')}
        description={t('calendar.decreeHint')}
        name="decree"
        value={v.decree}
        onChange={(e) => form.set('decree', e.currentTarget.value)}
        error={form.fieldError('decree')}
      />
    </FormModal>
  );
}
