import { Alert, Button, Group, Modal, Paper, Stack, Table, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RealisationGrid } from '../../../contract';
import { apiRequest } from '../../api/api-client';
import type { ApiRequestError } from '../../api/api-request-error';
import { FormErrorSummary } from '../../components/form-error-summary';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { StatusMessage } from '../../components/status-message';
import { AchievementFigure } from '../../performance/achievement-figure';
import { formatNumberId } from '../../performance/format-id';
import {
  perfKey,
  perfPath,
  usePerformanceScope,
  useRealisationGrid,
} from '../../performance/performance-queries';
import { ScrollTable } from '../../performance/scroll-table';
import { RealisationStatusBadge } from '../../performance/status-badge';
import { YearSelect } from '../../performance/year-select';

interface Item {
  row: RealisationGrid['rows'][number];
  quarter: number;
  cell: NonNullable<RealisationGrid['rows'][number]['quarters'][number]['realisation']>;
  achievement: RealisationGrid['rows'][number]['quarters'][number]['achievement'];
  target: string | null;
}
const QUARTERS = ['I', 'II', 'III', 'IV'];

/** The planning unit's queue: submitted realisation to verify or return (with a reason), and locking a quarter. */
export function VerificationPage() {
  const { t } = useTranslation();
  const { agencyId, year, setYear } = usePerformanceScope();
  const grid = useRealisationGrid(agencyId, year);
  const client = useQueryClient();
  const [status, setStatus] = useState<string | null>(null);
  const [returning, setReturning] = useState<Item | null>(null);
  const [error, setError] = useState<ApiRequestError | null>(null);
  const review = useMutation({
    mutationFn: (input: { item: Item; action: 'verify' | 'return'; reason?: string }) =>
      apiRequest('POST', perfPath(agencyId, `/realisations/${input.item.cell.id}/review`), {
        action: input.action,
        reason: input.reason ?? null,
        version: input.item.cell.version,
      }),
    onSuccess: (_d, input) => {
      setError(null);
      setReturning(null);
      setStatus(
        t(input.action === 'verify' ? 'perf.verify.verified' : 'perf.verify.returned', {
          code: input.item.row.code,
        }),
      );
      void client.invalidateQueries({ queryKey: perfKey(agencyId) });
    },
    onError: (e) => setError(e as ApiRequestError),
  });
  const lock = useMutation({
    mutationFn: (quarter: number) =>
      apiRequest<{ locked: number }>('POST', perfPath(agencyId, '/realisations/lock-quarter'), {
        year,
        quarter,
      }),
    onSuccess: (result, quarter) => {
      setError(null);
      setStatus(t('perf.verify.locked', { quarter: `TW ${QUARTERS[quarter - 1]}`, count: result.locked }));
      void client.invalidateQueries({ queryKey: perfKey(agencyId) });
    },
    onError: (e) => setError(e as ApiRequestError),
  });

  return (
    <>
      <PageHeader title={t('perf.verify.title')} description={t('perf.verify.description')} />
      <StatusMessage message={status} onDone={() => setStatus(null)} />
      <Group align="flex-end" mb="md">
        <YearSelect year={year} onChange={setYear} />
      </Group>
      {error && !returning && <Alert color="red" role="alert" mb="md" title={error.message} />}
      <QueryState query={grid}>
        {(data) => {
          if (!data.canPlan) return <Alert color="gray">{t('perf.verify.notPlanner')}</Alert>;
          const items: Item[] = data.rows.flatMap((row) =>
            row.quarters.flatMap((q) =>
              q.realisation && q.realisation.status === 'submitted'
                ? [
                    {
                      row,
                      quarter: q.quarter,
                      cell: q.realisation,
                      achievement: q.achievement,
                      target: q.target,
                    },
                  ]
                : [],
            ),
          );
          return (
            <Stack gap="md">
              <Paper withBorder p="sm" radius="md">
                <Text fw={600} mb="xs">
                  {t('perf.verify.lockTitle')}
                </Text>
                <Group gap="xs" wrap="wrap">
                  {QUARTERS.map((q, k) => {
                    const cells = data.rows.map((r) => r.quarters[k]?.realisation).filter((c) => c);
                    const allLocked = cells.length > 0 && cells.every((c) => c!.status === 'locked');
                    return (
                      <Button
                        key={q}
                        variant="default"
                        disabled={allLocked || cells.length === 0}
                        loading={lock.isPending && lock.variables === k + 1}
                        onClick={() => lock.mutate(k + 1)}
                      >
                        {allLocked
                          ? t('perf.verify.quarterLocked', { quarter: `TW ${q}` })
                          : t('perf.verify.lockQuarter', { quarter: `TW ${q}` })}
                      </Button>
                    );
                  })}
                </Group>
              </Paper>
              {items.length === 0 ? (
                <Text c="dimmed">{t('perf.verify.empty')}</Text>
              ) : (
                <ScrollTable label={t('perf.verify.title')} minWidth={820}>
                  <Table verticalSpacing="sm" striped>
                    <caption className="alur-visually-hidden">{t('perf.verify.title')}</caption>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('perf.indicator')}</Table.Th>
                        <Table.Th scope="col">{t('perf.unit')}</Table.Th>
                        <Table.Th scope="col">{t('perf.quarter')}</Table.Th>
                        <Table.Th scope="col">{t('perf.target')}</Table.Th>
                        <Table.Th scope="col">{t('perf.realisation.value')}</Table.Th>
                        <Table.Th scope="col">{t('perf.achievement')}</Table.Th>
                        <Table.Th scope="col">{t('common.actions')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {items.map((item) => (
                        <Table.Tr key={item.cell.id}>
                          <Table.Td maw={300}>
                            <Text size="sm" fw={600}>
                              {item.row.code}
                            </Text>
                            <Text size="sm" className="alur-break">
                              {item.row.name}
                            </Text>
                            {item.cell.evidence && (
                              <Text size="xs" c="dimmed">
                                {t('perf.realisation.evidence')}: {item.cell.evidence}
                              </Text>
                            )}
                          </Table.Td>
                          <Table.Td>{item.row.unitName}</Table.Td>
                          <Table.Td>
                            TW {QUARTERS[item.quarter - 1]}{' '}
                            <RealisationStatusBadge status={item.cell.status} />
                          </Table.Td>
                          <Table.Td>{formatNumberId(item.target)}</Table.Td>
                          <Table.Td>
                            {formatNumberId(item.cell.value)} {item.row.unitLabel}
                          </Table.Td>
                          <Table.Td>
                            <AchievementFigure achievement={item.achievement} />
                          </Table.Td>
                          <Table.Td>
                            <Group gap="xs" wrap="nowrap">
                              <Button
                                size="xs"
                                onClick={() => review.mutate({ item, action: 'verify' })}
                                aria-label={`${t('perf.verify.verify')} ${item.row.code} TW ${QUARTERS[item.quarter - 1]}`}
                              >
                                {t('perf.verify.verify')}
                              </Button>
                              <Button
                                size="xs"
                                variant="light"
                                color="orange"
                                onClick={() => {
                                  setError(null);
                                  setReturning(item);
                                }}
                                aria-label={`${t('perf.verify.return')} ${item.row.code} TW ${QUARTERS[item.quarter - 1]}`}
                              >
                                {t('perf.verify.return')}
                              </Button>
                            </Group>
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </ScrollTable>
              )}
            </Stack>
          );
        }}
      </QueryState>
      {returning && (
        <ReturnModal
          item={returning}
          error={error}
          pending={review.isPending}
          onClose={() => setReturning(null)}
          onReturn={(reason) => review.mutate({ item: returning, action: 'return', reason })}
        />
      )}
    </>
  );
}

function ReturnModal({
  item,
  error,
  pending,
  onClose,
  onReturn,
}: {
  item: Item;
  error: ApiRequestError | null;
  pending: boolean;
  onClose: () => void;
  onReturn: (reason: string) => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  return (
    <Modal
      opened
      onClose={onClose}
      title={`${t('perf.verify.return')}: ${item.row.code} TW ${QUARTERS[item.quarter - 1]}`}
    >
      <Stack gap="sm">
        <FormErrorSummary error={error} />
        <Textarea
          label={t('perf.verify.reason')}
          description={t('perf.verify.reasonHint')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          autosize
          minRows={3}
          required
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="orange" loading={pending} onClick={() => onReturn(reason)}>
            {t('perf.verify.return')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
