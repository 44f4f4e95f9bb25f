import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type LetterNumber, type LetterNumberStatus, letterNumberStatusSchema } from '../../../contract';
import { formatDateTime } from '../../components/format-date';
import { QueryState } from '../../components/query-state';
import { ResponsiveTable } from '../../components/responsive-table';
import { CancelNumberModal } from './cancel-number-modal';
import { IssueNumberModal } from './issue-number-modal';
import { useLetterRegister } from './letter-queries';
import { LetterStatusBadge } from './letter-status-badge';

/** The register of a year: every number with its time, subject, status and who; issue, reserve, cancel. */
export function LetterRegisterSection({
  agencyId,
  onDone,
}: {
  agencyId: string;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [status, setStatus] = useState<LetterNumberStatus | null>(null);
  const [taking, setTaking] = useState<'issue' | 'reserve' | null>(null);
  const [cancelling, setCancelling] = useState<LetterNumber | null>(null);
  const register = useLetterRegister(agencyId, year, status);
  const years = [thisYear + 1, thisYear, thisYear - 1, thisYear - 2];
  return (
    <QueryState query={register}>
      {(data) => {
        const count = (s: LetterNumberStatus) => data.numbers.filter((n) => n.status === s).length;
        return (
          <Stack gap="md">
            <Group justify="space-between" align="flex-end" gap="sm">
              <Group gap="sm" align="flex-end">
                <Select
                  label={t('letters.year')}
                  data={years.map(String)}
                  value={String(year)}
                  onChange={(value) => value && setYear(Number(value))}
                  allowDeselect={false}
                  w={120}
                  data-testid="letters-year"
                />
                <Select
                  label={t('letters.statusFilter')}
                  data={[
                    { value: 'all', label: t('letters.statusAll') },
                    ...letterNumberStatusSchema.options.map((s) => ({
                      value: s,
                      label: t(`letterStatus.${s}`),
                    })),
                  ]}
                  value={status ?? 'all'}
                  onChange={(value) =>
                    setStatus(value && value !== 'all' ? (value as LetterNumberStatus) : null)
                  }
                  allowDeselect={false}
                  w={200}
                />
              </Group>
              {data.canIssue && (
                <Group gap="sm">
                  <Button variant="default" onClick={() => setTaking('reserve')}>
                    {t('letters.reserve')}
                  </Button>
                  <Button onClick={() => setTaking('issue')}>{t('letters.issue')}</Button>
                </Group>
              )}
            </Group>
            {!status && data.numbers.length > 0 && (
              <Text size="sm" c="dimmed" data-testid="register-summary">
                {t('letters.registerSummary', {
                  count: data.numbers.length,
                  issued: count('issued'),
                  reserved: count('reserved'),
                  cancelled: count('cancelled'),
                })}
              </Text>
            )}
            <ResponsiveTable
              caption={t('letters.registerCaption', { year: data.year })}
              rows={data.numbers}
              rowKey={(n) => n.id}
              minWidth={900}
              columns={[
                {
                  key: 'number',
                  header: t('letters.number'),
                  render: (n) => (
                    <Text
                      fw={600}
                      size="sm"
                      td={n.status === 'cancelled' ? 'line-through' : undefined}
                      style={{ whiteSpace: 'nowrap' }}
                    >
                      {n.number}
                    </Text>
                  ),
                },
                {
                  key: 'date',
                  header: t('letters.date'),
                  render: (n) => (
                    <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(n.issuedAt, data.timeZone)}</span>
                  ),
                },
                {
                  key: 'subject',
                  header: t('letters.subject'),
                  render: (n) => (
                    <Stack gap={2}>
                      <Text size="sm">{n.subject ?? t('letters.reservedSubject')}</Text>
                      {n.status === 'cancelled' && (
                        <Text size="xs" c="dimmed">
                          {t('letters.cancelledBy', {
                            name: n.cancelledByName ?? '—',
                            when: n.cancelledAt ? formatDateTime(n.cancelledAt, data.timeZone) : '',
                            reason: n.cancelReason ?? '',
                          })}
                        </Text>
                      )}
                    </Stack>
                  ),
                },
                {
                  key: 'status',
                  header: t('letters.status'),
                  render: (n) => <LetterStatusBadge status={n.status} />,
                },
                { key: 'by', header: t('letters.issuedBy'), render: (n) => n.issuedByName ?? '—' },
              ]}
              actionsHeader={t('common.actions')}
              actions={
                data.canIssue
                  ? (n) =>
                      n.status !== 'cancelled' && (
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          onClick={() => setCancelling(n)}
                          aria-label={t('letters.cancelNamed', { number: n.number })}
                        >
                          {t('letters.cancel')}
                        </Button>
                      )
                  : undefined
              }
              empty={<Text c="dimmed">{t('letters.registerEmpty', { year: data.year })}</Text>}
            />
            {taking && (
              <IssueNumberModal
                agencyId={agencyId}
                mode={taking}
                timeZone={data.timeZone}
                onClose={() => setTaking(null)}
                onDone={(message) => {
                  setTaking(null);
                  onDone(message);
                }}
              />
            )}
            {cancelling && (
              <CancelNumberModal
                agencyId={agencyId}
                number={cancelling}
                onClose={() => setCancelling(null)}
                onDone={(message) => {
                  setCancelling(null);
                  onDone(message);
                }}
              />
            )}
          </Stack>
        );
      }}
    </QueryState>
  );
}
