import { Button, Group, Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../contract';
import { apiRequest } from '../api/api-client';
import { useMe } from '../api/use-session';

/**
 * Hands a task to someone else of the agency (an acting official, a deputy): they see it in their inbox
 * and may complete it; the holder keeps it too. The history records who delegated to whom.
 */
export function DelegateForm({
  pending,
  onDelegate,
}: {
  pending: boolean;
  onDelegate: (personId: string) => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const [personId, setPersonId] = useState<string | null>(null);
  const people = useQuery({
    queryKey: ['people', me.agencyId],
    queryFn: () => apiRequest<Person[]>('GET', `/api/agencies/${me.agencyId}/people`),
  });
  const options = (people.data ?? [])
    .filter((p) => p.id !== me.personId && p.username)
    .map((p) => ({ value: p.id, label: p.fullName }));
  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <Select
        label={t('task.delegateTo')}
        data={options}
        value={personId}
        onChange={setPersonId}
        searchable
        size="xs"
        w={260}
        comboboxProps={{ withinPortal: true }}
      />
      <Button
        variant="default"
        size="xs"
        disabled={!personId || pending}
        onClick={() => personId && onDelegate(personId)}
      >
        {t('task.delegate')}
      </Button>
    </Group>
  );
}
