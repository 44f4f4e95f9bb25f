import { useTranslation } from 'react-i18next';
import type { RunSummary } from '../../contract';
import { ToneBadge } from './tone-badge';

const COLORS = { active: 'blue', completed: 'green', cancelled: 'gray' } as const;
const KEYS = {
  active: 'run.statusActive',
  completed: 'run.statusCompleted',
  cancelled: 'run.statusCancelled',
};

export function RunStatusBadge({ status }: { status: RunSummary['status'] }) {
  const { t } = useTranslation();
  return (
    <ToneBadge tone={COLORS[status]} data-testid="run-status">
      {t(KEYS[status])}
    </ToneBadge>
  );
}
