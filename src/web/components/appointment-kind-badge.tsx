import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from './format-date';

/** "Plt s.d. 31 Des 2026" / "Plh" / "Definitif": how a person holds a position. */
export function AppointmentKindBadge({
  kind,
  endsOn,
}: {
  kind: 'definitive' | 'plt' | 'plh';
  endsOn?: string | null;
}) {
  const { t } = useTranslation();
  const color = kind === 'definitive' ? 'gray' : kind === 'plt' ? 'orange' : 'grape';
  return (
    <Badge color={color} variant="light" radius="sm" tt="none" style={{ minWidth: 'max-content' }}>
      {endsOn && kind !== 'definitive'
        ? t('appointmentKind.shortUntil', {
            kind: t(`appointmentKind.short.${kind}`),
            date: formatDate(endsOn),
          })
        : t(`appointmentKind.short.${kind}`)}
    </Badge>
  );
}
