import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAdminAgency } from './admin-agency-context';

/** The agency selector of the administration pages; shown only to administrators of several agencies. */
export function AgencyPicker() {
  const { t } = useTranslation();
  const { agencies, agencyId, setAgencyId } = useAdminAgency();
  if (agencies.length < 2) return null;
  return (
    <Select
      label={t('admin.agencyPicker')}
      data={agencies.map((a) => ({ value: a.id, label: a.name }))}
      value={agencyId}
      onChange={(value) => value && setAgencyId(value)}
      allowDeselect={false}
      searchable
      maw={680}
      mb="md"
      comboboxProps={{ withinPortal: true }}
      data-testid="agency-picker"
    />
  );
}
