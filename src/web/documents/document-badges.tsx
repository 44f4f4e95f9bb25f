import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const STATUS_COLORS: Record<string, string> = {
  draft: 'gray',
  final: 'blue',
  signed: 'green',
  sent: 'teal',
  archived: 'dark',
};

/** A document's status in words and colour (draft, ready for signing, signed, sent, archived). */
export function DocumentStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status] ?? 'gray'} variant="light" data-testid="document-status">
      {t(`documents.status.${status}`, { defaultValue: status })}
    </Badge>
  );
}

const ORIGIN_COLORS: Record<string, string> = {
  generated: 'blue',
  upload: 'grape',
  for_signing: 'orange',
  signed: 'green',
};

/** Where a version came from: generated, uploaded, prepared for signing, signed. */
export function VersionOriginBadge({ origin }: { origin: string }) {
  const { t } = useTranslation();
  return (
    <Badge color={ORIGIN_COLORS[origin] ?? 'gray'} variant="outline" size="sm">
      {t(`documents.origin.${origin}`, { defaultValue: origin })}
    </Badge>
  );
}
