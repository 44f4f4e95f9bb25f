import { Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RunDetail } from '../../contract';
import { formatDateTime } from '../components/format-date';
import { ResponsiveTable } from '../components/responsive-table';

type HistoryEvent = RunDetail['history'][number];

/** "Mengembalikan" for a return decision, "Menyetujui" for an approval, the command's verb otherwise. */
function actionKey(event: HistoryEvent): string {
  const payload = (event.payload ?? {}) as Record<string, unknown>;
  if (event.type === 'decide')
    return payload.decision === 'return' ? 'run.event.return' : 'run.event.approve';
  return `run.event.${event.type}`;
}

/** The reason, the step returned to, or the output's title: what a reader of the record needs. */
function detailOf(event: HistoryEvent, t: (key: string, values?: Record<string, unknown>) => string): string {
  const payload = (event.payload ?? {}) as Record<string, unknown>;
  const parts: string[] = [];
  if (typeof payload.purpose === 'string') parts.push(payload.purpose);
  const disposition = payload.disposition as { text?: string } | null | undefined;
  if (disposition?.text) parts.push(`${t('run.disposition')}: ${disposition.text}`);
  if (typeof payload.reason === 'string') parts.push(payload.reason);
  if (typeof payload.returnedTo === 'number') parts.push(t('run.returnedTo', { step: payload.returnedTo }));
  if (typeof payload.toPersonName === 'string')
    parts.push(t('run.delegatedTo', { name: payload.toPersonName }));
  const output = payload.output as { kind?: string; title?: string; agenda?: string; text?: string } | null;
  if (output?.title) parts.push(output.title);
  else if (output?.agenda) parts.push(output.agenda);
  else if (output?.text) parts.push(output.text);
  return parts.join(' · ');
}

/** The run's append-only record: who, acting as which position, did what, on which step, when. */
export function RunHistory({ run }: { run: RunDetail }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="run-history" data-testid="run-history">
      <Title order={2} size="h4" id="run-history" mb="sm">
        {t('run.history')}
      </Title>
      <ResponsiveTable
        caption={t('run.historyCaption')}
        rows={run.history}
        rowKey={(event) => String(event.seq)}
        minWidth={760}
        empty={null}
        columns={[
          {
            key: 'what',
            header: t('run.historyWhat'),
            render: (event) => (
              <span data-testid="history-event" data-type={event.type}>
                {t(actionKey(event))}
              </span>
            ),
          },
          {
            key: 'step',
            header: t('run.historyStep'),
            render: (event) => (event.stepNo === null ? '—' : String(event.stepNo)),
          },
          {
            key: 'who',
            header: t('run.historyWho'),
            render: (event) => (
              <>
                {event.actorName}
                {event.actingPositionTitle && (
                  <Text span size="sm" c="dimmed">
                    {' '}
                    ({event.actingPositionTitle})
                  </Text>
                )}
              </>
            ),
          },
          {
            key: 'when',
            header: t('run.historyWhen'),
            render: (event) => (
              <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(event.at, run.timeZone)}</span>
            ),
          },
          { key: 'detail', header: t('run.historyDetail'), render: (event) => detailOf(event, t) },
        ]}
      />
    </section>
  );
}
