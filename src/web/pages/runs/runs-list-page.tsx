import { Anchor, Badge, Button, Card, EmptyState } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useMe } from '../../api/use-session';
import { formatDateTime } from '../../components/format-date';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { ResponsiveTable } from '../../components/responsive-table';
import { periodText } from '../../runs/period-text';
import { useRuns } from '../../runs/run-queries';
import { RunStatusBadge } from '../../runs/run-status-badge';
import { StartRunModal } from '../../runs/start-run-modal';

export function RunsListPage() {
  const { t } = useTranslation();
  const me = useMe();
  const runs = useRuns();
  const [starting, setStarting] = useState(false);
  return (
    <>
      <PageHeader
        title={t('run.listTitle')}
        description={t('run.listDescription')}
        actions={<Button onClick={() => setStarting(true)}>{t('run.start')}</Button>}
      />
      <QueryState query={runs}>
        {(rows) => (
          <ResponsiveTable
            caption={t('run.listCaption')}
            rows={[...rows].sort((a, b) => b.startedAt.localeCompare(a.startedAt))}
            rowKey={(run) => run.id}
            empty={
              <Card withBorder radius="md" padding="lg">
                <EmptyState title={t('run.empty')} size="sm" />
              </Card>
            }
            columns={[
              {
                key: 'purpose',
                header: t('run.purpose'),
                render: (run) => (
                  <Anchor component={Link} to={`/runs/${run.id}`} fw={600}>
                    {run.purpose}
                  </Anchor>
                ),
              },
              { key: 'sop', header: t('run.sop'), render: (run) => `${run.sopTitle} (v${run.sopVersion})` },
              { key: 'period', header: t('run.period'), render: (run) => periodText(run.period, t) },
              {
                key: 'status',
                header: t('run.status'),
                render: (run) => (
                  <>
                    <RunStatusBadge status={run.status} />{' '}
                    {run.overdueTasks > 0 && (
                      <Badge color="red" variant="filled">
                        {t('run.overdueCount', { count: run.overdueTasks })}
                      </Badge>
                    )}
                  </>
                ),
              },
              {
                key: 'current',
                header: t('run.currentSteps'),
                render: (run) => (run.currentSteps.length > 0 ? run.currentSteps.join(', ') : '—'),
              },
              {
                key: 'started',
                header: t('run.startedAt'),
                render: (run) => `${formatDateTime(run.startedAt, me.timeZone)} · ${run.startedByName}`,
              },
            ]}
          />
        )}
      </QueryState>
      <StartRunModal opened={starting} onClose={() => setStarting(false)} />
    </>
  );
}
