import { useTranslation } from 'react-i18next';
import type { LetterNumberStatus } from '../../../contract';
import { ToneBadge } from '../../runs/tone-badge';
import type { Tone } from '../../runs/tone-text';

const TONE: Record<LetterNumberStatus, Tone> = { issued: 'green', reserved: 'blue', cancelled: 'red' };

export function LetterStatusBadge({ status }: { status: LetterNumberStatus }) {
  const { t } = useTranslation();
  return (
    <ToneBadge tone={TONE[status]} tt="none" radius="sm" style={{ minWidth: 'max-content' }}>
      {t(`letterStatus.${status}`)}
    </ToneBadge>
  );
}
