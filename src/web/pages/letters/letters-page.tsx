import { Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminAgencyPage } from '../../admin/admin-page';
import { StatusMessage } from '../../components/status-message';
import { LetterPatternsSection } from './letter-patterns-section';
import { LetterRegisterSection } from './letter-register-section';

/** Letter numbers of an agency: the register (issue, reserve, cancel) and the number patterns. */
export function LettersPage() {
  const { t } = useTranslation();
  return (
    <AdminAgencyPage title={t('letters.title')} description={t('letters.description')}>
      {(agencyId) => <Letters agencyId={agencyId} />}
    </AdminAgencyPage>
  );
}

function Letters({ agencyId }: { agencyId: string }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<string | null>('register');
  const [status, setStatus] = useState<string | null>(null);
  return (
    <>
      <StatusMessage message={status} onDone={() => setStatus(null)} />
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="register">{t('letters.tabRegister')}</Tabs.Tab>
          <Tabs.Tab value="patterns">{t('letters.tabPatterns')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="register" pt="md">
          <LetterRegisterSection agencyId={agencyId} onDone={setStatus} />
        </Tabs.Panel>
        <Tabs.Panel value="patterns" pt="md">
          <LetterPatternsSection agencyId={agencyId} onDone={setStatus} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
