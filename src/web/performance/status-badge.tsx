import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = {
  draft: 'gray',
  submitted: 'blue',
  returned: 'orange',
  verified: 'teal',
  locked: 'dark',
};

/** A realisation's workflow status: draft, submitted, returned, verified, locked. */
export function RealisationStatusBadge({ status }: { status: string | null | undefined }) {
  const { t } = useTranslation();
  if (!status) return null;
  return (
    <Badge
      size="xs"
      variant="light"
      color={COLORS[status] ?? 'gray'}
      styles={{ label: { overflow: 'visible' } }}
    >
      {t(`perf.status.${status}`)}
    </Badge>
  );
}
