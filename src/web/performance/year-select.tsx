import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The reporting year: this year, the four before it and the next. */
export function YearSelect({ year, onChange }: { year: number; onChange: (year: number) => void }) {
  const { t } = useTranslation();
  const now = new Date().getFullYear();
  const years = [now + 1, now, now - 1, now - 2, now - 3, now - 4].map(String);
  return (
    <Select
      label={t('perf.year')}
      data={years}
      value={String(year)}
      onChange={(v) => v && onChange(Number(v))}
      allowDeselect={false}
      w={120}
    />
  );
}
