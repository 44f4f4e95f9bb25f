import { Button, Card, EmptyState, Group, Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplianceRow } from '../../../contract';
import { useMe } from '../../api/use-session';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { ResponsiveTable } from '../../components/responsive-table';
import { formatWorkingMinutes } from '../../runs/format-working-minutes';
import { useCompliance, useSops } from '../../runs/run-queries';

/** Per SOP step across runs: how long it really took against the time standard. */
export function CompliancePage() {
  const { t } = useTranslation();
  const me = useMe();
  const sops = useSops(me.agencyId);
  const [sopId, setSopId] = useState<string | null>(null);
  const rows = useCompliance(sopId);
  const minutes = (value: number | null) =>
    value === null ? '—' : formatWorkingMinutes(value, (key, values) => t(key, values));
  const download = sopId ? `/api/compliance.xlsx?sopId=${sopId}` : '/api/compliance.xlsx';
  return (
    <>
      <PageHeader
        title={t('compliance.title')}
        description={t('compliance.description')}
        actions={
          <Button component="a" href={download} download variant="light">
            {t('compliance.download')}
          </Button>
        }
      />
      <Group mb="md">
        <Select
          label={t('compliance.filter')}
          data={[
            { value: '', label: t('compliance.allSops') },
            ...(sops.data ?? []).map((s) => ({ value: s.id, label: s.title })),
          ]}
          value={sopId ?? ''}
          onChange={(value) => setSopId(value ? value : null)}
          allowDeselect={false}
          w={{ base: '100%', sm: 420 }}
        />
      </Group>
      <QueryState query={rows}>
        {(data) => (
          <ResponsiveTable<ComplianceRow>
            caption={t('compliance.caption')}
            rows={data}
            rowKey={(row) => `${row.sopId}:${row.stepNo}`}
            minWidth={900}
            empty={
              <Card withBorder radius="md" padding="lg">
                <EmptyState title={t('compliance.empty')} size="sm" />
              </Card>
            }
            columns={[
              {
                key: 'activity',
                header: t('compliance.activity'),
                render: (row) => `${row.stepNo}. ${row.activity}`,
              },
              ...(sopId
                ? []
                : [{ key: 'sop', header: t('run.sop'), render: (row: ComplianceRow) => row.sopTitle }]),
              { key: 'standard', header: t('compliance.standard'), render: (row) => row.standardText ?? '—' },
              { key: 'count', header: t('compliance.count'), render: (row) => String(row.count) },
              { key: 'median', header: t('compliance.median'), render: (row) => minutes(row.medianMinutes) },
              { key: 'p90', header: t('compliance.p90'), render: (row) => minutes(row.p90Minutes) },
              {
                key: 'onTime',
                header: t('compliance.onTimeShare'),
                render: (row) => (row.onTimeShare === null ? '—' : `${Math.round(row.onTimeShare * 100)}%`),
              },
            ]}
          />
        )}
      </QueryState>
    </>
  );
}
