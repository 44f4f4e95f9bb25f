import {
  Avatar,
  Button,
  FileInput,
  Group,
  Image,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Agency, type AgencyInput, type Region, timeZoneSchema } from '../../../contract';
import { agenciesKey } from '../../admin/admin-agency-context';
import { apiRequest } from '../../api/api-client';
import { ApiRequestError } from '../../api/api-request-error';
import { canCreateAgencies, SESSION_KEY, useMe } from '../../api/use-session';
import { FormModal } from '../../components/form-modal';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { ResponsiveTable } from '../../components/responsive-table';
import { StatusMessage } from '../../components/status-message';
import { orNull, useApiForm } from '../../components/use-api-form';

const LOGO_MAX_BYTES = 290_000;

export function AgenciesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const client = useQueryClient();
  const agencies = useQuery({
    queryKey: agenciesKey,
    queryFn: () => apiRequest<Agency[]>('GET', '/api/agencies'),
  });
  const [editing, setEditing] = useState<Agency | 'new' | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const creator = canCreateAgencies(me);

  return (
    <>
      <PageHeader title={t('agencies.title')} description={t('agencies.description')} />
      <StatusMessage message={status} onDone={() => setStatus(null)} />
      {creator && (
        <Group justify="flex-end" mb="md">
          <Button onClick={() => setEditing('new')}>{t('agencies.add')}</Button>
        </Group>
      )}
      <QueryState query={agencies}>
        {(rows) => (
          <ResponsiveTable
            caption={t('agencies.title')}
            rows={rows}
            rowKey={(a) => a.id}
            minWidth={820}
            columns={[
              {
                key: 'name',
                header: t('agencies.name'),
                render: (a) => (
                  <Group gap="sm" wrap="nowrap">
                    <Avatar src={a.logo} alt="" radius="sm" size="sm" color="blue">
                      {(a.shortName ?? a.name).slice(0, 2).toUpperCase()}
                    </Avatar>
                    <span>{a.name}</span>
                  </Group>
                ),
              },
              { key: 'short', header: t('agencies.shortName'), render: (a) => a.shortName ?? '—' },
              {
                key: 'code',
                header: t('agencies.code'),
                render: (a) => (
                  <Text size="sm" ff="monospace">
                    {a.code}
                  </Text>
                ),
              },
              { key: 'region', header: t('agencies.region'), render: (a) => a.regionName },
              { key: 'tz', header: t('agencies.timeZone'), render: (a) => t(`timeZone.${a.timeZone}`) },
            ]}
            actionsHeader={t('common.actions')}
            actions={(a) =>
              me.adminAgencyIds.includes(a.id) ? (
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => setEditing(a)}
                  aria-label={t('common.editNamed', { name: a.name })}
                >
                  {t('common.edit')}
                </Button>
              ) : null
            }
            empty={<Text c="dimmed">{t('agencies.empty')}</Text>}
          />
        )}
      </QueryState>
      {editing && (
        <AgencyFormModal
          agency={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={async () => {
            setEditing(null);
            setStatus(t('common.saved'));
            // A new agency joins the administrator's list, which comes with the session.
            await Promise.all([
              client.invalidateQueries({ queryKey: agenciesKey }),
              client.invalidateQueries({ queryKey: SESSION_KEY }),
            ]);
          }}
        />
      )}
    </>
  );
}

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

function AgencyFormModal({
  agency,
  onClose,
  onSaved,
}: {
  agency: Agency | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const regions = useQuery({
    queryKey: ['regions'],
    queryFn: () => apiRequest<Region[]>('GET', '/api/regions'),
  });
  const form = useApiForm({
    regionId: agency?.regionId ?? (null as string | null),
    code: agency?.code ?? '',
    name: agency?.name ?? '',
    shortName: agency?.shortName ?? '',
    timeZone: (agency?.timeZone ?? 'Asia/Jakarta') as AgencyInput['timeZone'],
    address: agency?.address ?? '',
    logo: agency?.logo ?? (null as string | null),
  });
  const [logoFile, setLogoFile] = useState<File | null>(null);
  const mutation = useMutation({
    mutationFn: (input: AgencyInput) => {
      if (!agency) return apiRequest<Agency>('POST', '/api/agencies', input);
      const { regionId: _region, code: _code, ...changes } = input;
      return apiRequest<Agency>('PATCH', `/api/agencies/${agency.id}`, changes);
    },
    onSuccess: onSaved,
    onError: form.setError,
  });
  const v = form.values;
  const chooseLogo = async (file: File | null) => {
    setLogoFile(file);
    if (!file) return form.set('logo', null);
    if (file.size > LOGO_MAX_BYTES) {
      const message = t('agencies.logoTooLarge');
      form.setError(
        new ApiRequestError(422, { code: 'LOGO_TOO_LARGE', message, fields: [{ field: 'logo', message }] }),
      );
      return;
    }
    form.set('logo', await readAsDataUrl(file));
  };
  return (
    <FormModal
      opened
      title={agency ? t('agencies.edit') : t('agencies.add')}
      onClose={onClose}
      pending={mutation.isPending}
      error={form.error}
      onSubmit={() =>
        mutation.mutate({
          regionId: v.regionId ?? '',
          code: v.code.trim(),
          name: v.name.trim(),
          shortName: orNull(v.shortName),
          timeZone: v.timeZone,
          address: orNull(v.address),
          logo: v.logo,
        })
      }
    >
      <Select
        label={t('agencies.region')}
        name="regionId"
        data={(regions.data ?? []).map((r) => ({ value: r.id, label: r.name }))}
        value={v.regionId}
        onChange={(value) => form.set('regionId', value)}
        disabled={agency !== null}
        error={form.fieldError('regionId')}
        withAsterisk
      />
      <TextInput
        label={t('agencies.name')}
        name="name"
        value={v.name}
        onChange={(e) => form.set('name', e.currentTarget.value)}
        error={form.fieldError('name')}
        withAsterisk
        data-autofocus
      />
      <Group grow align="flex-start">
        <TextInput
          label={t('agencies.shortName')}
          name="shortName"
          value={v.shortName}
          onChange={(e) => form.set('shortName', e.currentTarget.value)}
          error={form.fieldError('shortName')}
        />
        <TextInput
          label={t('agencies.code')}
          description={t('agencies.codeHint')}
          name="code"
          value={v.code}
          onChange={(e) => form.set('code', e.currentTarget.value)}
          disabled={agency !== null}
          error={form.fieldError('code')}
          withAsterisk
        />
      </Group>
      <Select
        label={t('agencies.timeZone')}
        name="timeZone"
        data={timeZoneSchema.options.map((z) => ({ value: z, label: t(`timeZone.${z}`) }))}
        value={v.timeZone}
        onChange={(value) => value && form.set('timeZone', value as AgencyInput['timeZone'])}
        allowDeselect={false}
        error={form.fieldError('timeZone')}
        withAsterisk
      />
      <Textarea
        label={t('agencies.address')}
        name="address"
        autosize
        minRows={2}
        value={v.address}
        onChange={(e) => form.set('address', e.currentTarget.value)}
        error={form.fieldError('address')}
      />
      <Stack gap={6}>
        <FileInput
          label={t('agencies.logo')}
          description={t('agencies.logoHint')}
          name="logo"
          accept="image/png,image/jpeg,image/svg+xml"
          value={logoFile}
          onChange={(file) => void chooseLogo(file)}
          clearable
          error={form.fieldError('logo')}
        />
        {v.logo && (
          <Group gap="sm">
            <Image src={v.logo} alt={t('agencies.logoPreview')} h={48} w="auto" fit="contain" />
            <Button
              size="xs"
              variant="subtle"
              color="red"
              onClick={() => {
                setLogoFile(null);
                form.set('logo', null);
              }}
            >
              {t('agencies.removeLogo')}
            </Button>
          </Group>
        )}
      </Stack>
    </FormModal>
  );
}
