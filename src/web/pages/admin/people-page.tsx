import {
  Autocomplete,
  Badge,
  Button,
  Checkbox,
  Fieldset,
  Group,
  PasswordInput,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person, PersonInput } from '../../../contract';
import { AdminAgencyPage } from '../../admin/admin-page';
import { agencyPath, useInvalidateAgency, usePeople } from '../../admin/agency-queries';
import { apiRequest } from '../../api/api-client';
import { canCreateAgencies, useMe } from '../../api/use-session';
import { FormModal } from '../../components/form-modal';
import { QueryState } from '../../components/query-state';
import { ResponsiveTable } from '../../components/responsive-table';
import { StatusMessage } from '../../components/status-message';
import { orNull, useApiForm } from '../../components/use-api-form';
import { RANK_SUGGESTIONS } from './ranks';

type AccountRole = NonNullable<PersonInput['account']>['role'];

export function PeoplePage() {
  const { t } = useTranslation();
  return (
    <AdminAgencyPage title={t('people.title')} description={t('people.description')}>
      {(agencyId) => <PeopleAdmin agencyId={agencyId} />}
    </AdminAgencyPage>
  );
}

/** NIP as printed on documents: 8 + 6 + 1 + 3 digits ("19671129 199803 1 003"). */
function formatNip(nip: string | null): string {
  if (!nip) return '—';
  return /^\d{18}$/.test(nip)
    ? `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`
    : nip;
}

function PeopleAdmin({ agencyId }: { agencyId: string }) {
  const { t } = useTranslation();
  const people = usePeople(agencyId);
  const invalidate = useInvalidateAgency(agencyId);
  const [editing, setEditing] = useState<Person | 'new' | null>(null);
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
        <Button onClick={() => setEditing('new')}>{t('people.add')}</Button>
      </Group>
      <QueryState query={people}>
        {(rows) => (
          <ResponsiveTable
            caption={t('people.title')}
            rows={rows.filter((p) =>
              `${p.fullName} ${p.nip ?? ''} ${p.username ?? ''} ${p.email ?? ''}`
                .toLowerCase()
                .includes(search.trim().toLowerCase()),
            )}
            rowKey={(p) => p.id}
            minWidth={760}
            columns={[
              {
                key: 'name',
                header: t('people.name'),
                render: (p) => (
                  <>
                    <div>{p.fullName}</div>
                    {p.email && (
                      <Text size="xs" c="dimmed" className="alur-break">
                        {p.email}
                      </Text>
                    )}
                  </>
                ),
              },
              {
                key: 'nip',
                header: t('people.nip'),
                render: (p) => (
                  <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                    {formatNip(p.nip)}
                  </Text>
                ),
              },
              { key: 'rank', header: t('people.rank'), render: (p) => p.rank ?? '—' },
              {
                key: 'account',
                header: t('people.account'),
                render: (p) =>
                  p.username ? (
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm" ff="monospace">
                        {p.username}
                      </Text>
                      {p.role && p.role !== 'user' && (
                        <Badge size="sm" variant="light" color="blue" tt="none">
                          {t(`role.${p.role}`)}
                        </Badge>
                      )}
                    </Group>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('people.noAccount')}
                    </Text>
                  ),
              },
            ]}
            actionsHeader={t('common.actions')}
            actions={(p) => (
              <Button
                size="xs"
                variant="default"
                onClick={() => setEditing(p)}
                aria-label={t('common.editNamed', { name: p.fullName })}
              >
                {t('common.edit')}
              </Button>
            )}
            empty={<Text c="dimmed">{search ? t('common.noMatch') : t('people.empty')}</Text>}
          />
        )}
      </QueryState>
      {editing && (
        <PersonFormModal
          agencyId={agencyId}
          person={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={async () => {
            setEditing(null);
            setStatus(t('common.saved'));
            await invalidate();
          }}
        />
      )}
    </>
  );
}

function PersonFormModal({
  agencyId,
  person,
  onClose,
  onSaved,
}: {
  agencyId: string;
  person: Person | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const form = useApiForm({
    fullName: person?.fullName ?? '',
    nip: person?.nip ?? '',
    rank: person?.rank ?? '',
    email: person?.email ?? '',
    withAccount: false,
    username: person?.username ?? '',
    password: '',
    role: (person?.role && person.role !== 'system_admin' ? person.role : 'user') as AccountRole,
  });
  const roles: AccountRole[] = canCreateAgencies(me)
    ? ['user', 'agency_admin', 'region_admin']
    : ['user', 'agency_admin'];
  const mutation = useMutation({
    mutationFn: (input: PersonInput) =>
      person
        ? apiRequest<Person>('PATCH', agencyPath(agencyId, `/people/${person.id}`), input)
        : apiRequest<Person>('POST', agencyPath(agencyId, '/people'), input),
    onSuccess: onSaved,
    onError: form.setError,
  });
  const v = form.values;
  const submit = () =>
    mutation.mutate({
      fullName: v.fullName.trim(),
      nip: orNull(v.nip),
      rank: orNull(v.rank),
      email: orNull(v.email),
      ...(v.withAccount
        ? { account: { username: v.username.trim().toLowerCase(), password: v.password, role: v.role } }
        : {}),
    });
  return (
    <FormModal
      opened
      title={person ? t('people.edit') : t('people.add')}
      onClose={onClose}
      pending={mutation.isPending}
      error={form.error}
      onSubmit={submit}
    >
      <TextInput
        label={t('people.fullName')}
        description={t('people.fullNameHint')}
        name="fullName"
        value={v.fullName}
        onChange={(e) => form.set('fullName', e.currentTarget.value)}
        error={form.fieldError('fullName')}
        withAsterisk
        data-autofocus
      />
      <TextInput
        label={t('people.nip')}
        description={t('people.nipHint')}
        name="nip"
        inputMode="numeric"
        value={v.nip}
        onChange={(e) => form.set('nip', e.currentTarget.value)}
        error={form.fieldError('nip')}
      />
      <Autocomplete
        label={t('people.rank')}
        name="rank"
        data={RANK_SUGGESTIONS}
        value={v.rank}
        onChange={(value) => form.set('rank', value)}
        error={form.fieldError('rank')}
      />
      <TextInput
        label={t('people.email')}
        name="email"
        type="email"
        autoComplete="off"
        value={v.email}
        onChange={(e) => form.set('email', e.currentTarget.value)}
        error={form.fieldError('email')}
      />
      <Checkbox
        label={person?.username ? t('people.changeAccount') : t('people.createAccount')}
        checked={v.withAccount}
        onChange={(e) => form.set('withAccount', e.currentTarget.checked)}
      />
      {v.withAccount && (
        <Fieldset legend={t('people.account')}>
          <Stack>
            <TextInput
              label={t('people.username')}
              description={t('people.usernameHint')}
              name="account.username"
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              value={v.username}
              onChange={(e) => form.set('username', e.currentTarget.value)}
              error={form.fieldError('account.username')}
              withAsterisk
            />
            <PasswordInput
              label={t('people.password')}
              description={t('password.rule')}
              name="account.password"
              autoComplete="new-password"
              value={v.password}
              onChange={(e) => form.set('password', e.currentTarget.value)}
              error={form.fieldError('account.password')}
              withAsterisk
            />
            <Select
              label={t('people.role')}
              name="account.role"
              data={roles.map((r) => ({ value: r, label: t(`role.${r}`) }))}
              value={v.role}
              onChange={(value) => value && form.set('role', value as AccountRole)}
              allowDeselect={false}
              error={form.fieldError('account.role')}
            />
          </Stack>
        </Fieldset>
      )}
      {form.fieldError('account') && (
        <Text size="sm" c="red.8">
          {form.fieldError('account')}
        </Text>
      )}
    </FormModal>
  );
}
