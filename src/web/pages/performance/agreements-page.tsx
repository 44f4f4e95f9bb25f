import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { AgreementsEditor } from '../../performance/editors/agreements-editor';
import { ImportXlsxButton } from '../../performance/import-xlsx-button';
import { downloadFile, perfPath, usePerformanceScope } from '../../performance/performance-queries';
import { YearSelect } from '../../performance/year-select';

/**
 * The year's Perjanjian Kinerja (parties, indicators, targets) and the Rencana Aksi with its
 * warnings; the planning unit edits both in place.
 */
export function AgreementsPage() {
  const { t } = useTranslation();
  const { agencyId, year, setYear } = usePerformanceScope();
  return (
    <>
      <PageHeader
        title={t('perf.pk.title')}
        description={t('perf.pk.description')}
        actions={
          <Group gap="xs">
            <Button
              variant="default"
              onClick={() =>
                void downloadFile(perfPath(agencyId, `/agreements/xlsx?year=${year}`), 'pk.xlsx')
              }
            >
              {t('perf.downloadXlsx')}
            </Button>
            <ImportXlsxButton kind="agreements" agencyId={agencyId} />
          </Group>
        }
      />
      <Group align="flex-end" mb="md">
        <YearSelect year={year} onChange={setYear} />
      </Group>
      <AgreementsEditor agencyId={agencyId} year={year} />
    </>
  );
}
