import { Anchor, Button, Card, EmptyState } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { isAdmin, useMe } from '../../api/use-session';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { ResponsiveTable } from '../../components/responsive-table';
import { useSops } from '../../runs/run-queries';
import { ToneBadge } from '../../runs/tone-badge';
import { ImportSopModal } from './import-sop-modal';

export function SopListPage() {
  const { t } = useTranslation();
  const me = useMe();
  const sops = useSops(me.agencyId);
  const [importing, setImporting] = useState(false);
  return (
    <>
      <PageHeader
        title={t('sop.listTitle')}
        description={t('sop.listDescription')}
        actions={
          isAdmin(me) && (
            <>
              <Button component={Link} to="/sops/new" variant="default">
                {t('sopEditor.write')}
              </Button>
              <Button onClick={() => setImporting(true)}>{t('sop.import')}</Button>
            </>
          )
        }
      />
      <QueryState query={sops}>
        {(rows) => (
          <ResponsiveTable
            caption={t('sop.listCaption')}
            rows={rows}
            rowKey={(sop) => sop.id}
            empty={
              <Card withBorder radius="md" padding="lg">
                <EmptyState title={t('sop.empty')} size="sm" />
              </Card>
            }
            columns={[
              {
                key: 'title',
                header: t('sop.title'),
                render: (sop) => (
                  <Anchor component={Link} to={`/sops/${sop.id}`} fw={600}>
                    {sop.title}
                  </Anchor>
                ),
              },
              { key: 'code', header: t('sop.code'), render: (sop) => sop.code },
              {
                key: 'version',
                header: t('sop.version'),
                render: (sop) =>
                  sop.publishedVersion !== null && sop.publishedVersion !== sop.latestVersion
                    ? `${sop.latestVersion} (${t('sop.publishedVersion', { version: sop.publishedVersion })})`
                    : String(sop.latestVersion),
              },
              {
                key: 'status',
                header: t('sop.status'),
                render: (sop) => (
                  <ToneBadge tone={sop.latestStatus === 'published' ? 'green' : 'gray'}>
                    {t(sop.latestStatus === 'published' ? 'sop.statusPublished' : 'sop.statusDraft')}
                  </ToneBadge>
                ),
              },
              { key: 'steps', header: t('sop.steps'), render: (sop) => String(sop.steps) },
            ]}
          />
        )}
      </QueryState>
      <ImportSopModal agencyId={me.agencyId} opened={importing} onClose={() => setImporting(false)} />
    </>
  );
}
