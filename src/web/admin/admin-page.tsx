import { Alert, Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../components/page-header';
import { useAdminAgency } from './admin-agency-context';
import { AgencyPicker } from './agency-picker';

/**
 * Frame of an administration page that works on one agency: the page heading, the agency selector,
 * then the page's content once an agency is known (keyed by it, so forms reset on a switch).
 */
export function AdminAgencyPage({
  title,
  description,
  children,
}: {
  title: string;
  description?: ReactNode;
  children: (agencyId: string) => ReactNode;
}) {
  const { t } = useTranslation();
  const { agencyId, isPending } = useAdminAgency();
  return (
    <>
      <PageHeader title={title} description={description} />
      {isPending ? (
        <Center py="xl">
          <Loader aria-label={t('common.loading')} />
        </Center>
      ) : agencyId ? (
        <>
          <AgencyPicker />
          <div key={agencyId}>{children(agencyId)}</div>
        </>
      ) : (
        <Alert color="yellow">{t('admin.noAgency')}</Alert>
      )}
    </>
  );
}
