import { Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Renstra } from '../../../contract';
import { apiRequest } from '../../api/api-client';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { RenstraEditor } from '../../performance/editors/renstra-editor';
import { ImportXlsxButton } from '../../performance/import-xlsx-button';
import { downloadFile, perfKey, perfPath, usePerformanceScope } from '../../performance/performance-queries';

/**
 * The Renstra as the pohon kinerja (tree) or as the table of nodes and indicators with a target (and
 * for programs and activities the indicative funding) per year; the planning unit edits both.
 */
export function RenstraPage() {
  const { t } = useTranslation();
  const { agencyId } = usePerformanceScope();
  const list = useQuery({
    queryKey: perfKey(agencyId, 'renstra'),
    queryFn: () => apiRequest<Renstra[]>('GET', perfPath(agencyId, '/renstra')),
  });
  const [view, setView] = useState<'tree' | 'table'>('tree');
  const renstra = list.data?.[0];
  return (
    <>
      <PageHeader
        title={t('perf.renstra.title')}
        description={t('perf.renstra.description')}
        actions={
          <Group gap="xs">
            {renstra && (
              <Button
                variant="default"
                onClick={() =>
                  void downloadFile(perfPath(agencyId, `/renstra/${renstra.id}/xlsx`), 'renstra.xlsx')
                }
              >
                {t('perf.downloadXlsx')}
              </Button>
            )}
            <ImportXlsxButton kind="renstra" agencyId={agencyId} />
          </Group>
        }
      />
      <QueryState query={list}>
        {(renstras) => {
          const current = renstras[0];
          if (!current) return <Text c="dimmed">{t('perf.renstra.empty')}</Text>;
          return (
            <Stack gap="md">
              <Group justify="space-between" wrap="wrap">
                <Text fw={600}>
                  {t('perf.renstra.period', { from: current.startYear, to: current.endYear })}
                </Text>
                <SegmentedControl
                  value={view}
                  onChange={(v) => setView(v as 'tree' | 'table')}
                  data={[
                    { value: 'tree', label: t('perf.renstra.tree') },
                    { value: 'table', label: t('perf.renstra.table') },
                  ]}
                  aria-label={t('perf.renstra.view')}
                />
              </Group>
              {current.visi && (
                <Text size="sm">
                  <b>{t('perf.renstra.visi')}:</b> {current.visi}
                </Text>
              )}
              <RenstraEditor agencyId={agencyId} renstraId={current.id} view={view} />
            </Stack>
          );
        }}
      </QueryState>
    </>
  );
}
