import { Alert, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgreementsEditor, EditorActionPlanRow } from '../../../contract';
import { usePhoneLayout } from '../../components/use-phone-layout';
import { formatNumberId } from '../format-id';
import { ScrollTable } from '../scroll-table';
import { canonicalDraft, draftOf } from './decimal-draft';
import { useSendEdit, warningTexts } from './editor-queries';
import { InlineCell } from './inline-cell';

const QUARTERS = ['I', 'II', 'III', 'IV'] as const;

/**
 * The Rencana Aksi: per PK indicator the annual target and TW I–IV, each quarter edited in place. A
 * cumulative quarter below the previous one is only a warning (shown while typing and on the row); a
 * TW IV off the PK target asks for the reason beside it.
 */
export function ActionPlanTable({ agencyId, editor }: { agencyId: string; editor: AgreementsEditor }) {
  const { t, i18n } = useTranslation();
  const phone = usePhoneLayout();
  if (editor.actionPlan.length === 0) return <Text c="dimmed">{t('perfEdit.pk.noPlan')}</Text>;
  const notes = (r: EditorActionPlanRow) => (
    <>
      {warningTexts(r.warnings, i18n.language).map((m) => (
        <Alert key={m} color="yellow" p={4} mt={4} variant="light" data-testid="plan-warning">
          <Text size="xs">{m}</Text>
        </Alert>
      ))}
      {r.reason && (
        <Text size="xs" c="gray.8">
          {t('perf.pk.reason')}: {r.reason}
        </Text>
      )}
    </>
  );
  if (phone)
    return (
      <Stack
        gap="xs"
        component="ul"
        p={0}
        m={0}
        aria-label={t('perf.pk.actionPlan')}
        style={{ listStyle: 'none' }}
      >
        {editor.actionPlan.map((r) => (
          <Paper component="li" key={r.indicatorId} withBorder p="xs" radius="md" data-code={r.code}>
            <Text size="sm" className="alur-break">
              <b>{r.code}</b> {r.name}
            </Text>
            <Text size="xs" c="dimmed">
              {t(`perf.aggregation.${r.aggregation}`)} · {t('perf.annualTarget')}{' '}
              {formatNumberId(r.annualTarget)} {r.unitLabel}
            </Text>
            {notes(r)}
            <SimpleGrid cols={2} spacing={6} mt={6}>
              {QUARTERS.map((q, k) => (
                <Stack gap={0} key={q} data-quarter={k + 1}>
                  <Text size="xs" c="dimmed">
                    TW {q}
                  </Text>
                  <QuarterCell
                    agencyId={agencyId}
                    year={editor.year}
                    row={r}
                    k={k}
                    editable={editor.canPlan}
                    align="left"
                  />
                </Stack>
              ))}
            </SimpleGrid>
          </Paper>
        ))}
      </Stack>
    );
  return (
    <ScrollTable label={t('perf.pk.actionPlan')} minWidth={860}>
      <Table verticalSpacing="xs" striped withTableBorder>
        <caption className="alur-visually-hidden">{t('perf.pk.actionPlan')}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('perf.indicator')}</Table.Th>
            <Table.Th scope="col" ta="right" w={130}>
              {t('perf.annualTarget')}
            </Table.Th>
            {QUARTERS.map((q) => (
              <Table.Th key={q} scope="col" ta="right" w={112}>
                TW {q}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {editor.actionPlan.map((r) => (
            <Table.Tr key={r.indicatorId} data-code={r.code}>
              <Table.Td maw={380}>
                <Text size="sm" className="alur-break">
                  <b>{r.code}</b> {r.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`perf.aggregation.${r.aggregation}`)}
                </Text>
                {notes(r)}
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {formatNumberId(r.annualTarget)} {r.unitLabel}
                </Text>
              </Table.Td>
              {QUARTERS.map((q, k) => (
                <Table.Td key={q} ta="right" data-quarter={k + 1}>
                  <QuarterCell
                    agencyId={agencyId}
                    year={editor.year}
                    row={r}
                    k={k}
                    editable={editor.canPlan}
                  />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

function QuarterCell({
  agencyId,
  year,
  row,
  k,
  editable,
  align = 'right',
}: {
  agencyId: string;
  year: number;
  row: EditorActionPlanRow;
  k: number;
  editable: boolean;
  align?: 'left' | 'right';
}) {
  const { t } = useTranslation();
  const send = useSendEdit(agencyId);
  const qualitative = row.polarity === 'qualitative';
  const value = row.quarters[k] ?? null;
  const previous = (() => {
    for (let j = k - 1; j >= 0; j--) if (row.quarters[j] != null) return { q: j, value: row.quarters[j]! };
    return null;
  })();
  const hint = (draft: string) => {
    if (row.aggregation !== 'cumulative' || !previous || qualitative) return null;
    const mine = canonicalDraft(draft);
    if (mine === null || Number(mine) >= Number(previous.value)) return null;
    return t('perfEdit.plan.lowerThanPrevious', {
      quarter: `TW ${QUARTERS[k]}`,
      previous: `TW ${QUARTERS[previous.q]}`,
      value: formatNumberId(previous.value),
    });
  };
  const last = k === 3;
  return (
    <InlineCell
      label={t('perfEdit.plan.cell', { quarter: `TW ${QUARTERS[k]}`, code: row.code })}
      editable={editable}
      kind={qualitative ? 'text' : 'decimal'}
      align={align}
      initial={qualitative ? (value ?? '') : draftOf(value)}
      initialReason={last ? row.reason : null}
      needsReason={
        last && row.annualTarget !== null
          ? (draft) => (qualitative ? draft.trim() : canonicalDraft(draft)) !== row.annualTarget
          : undefined
      }
      hint={hint}
      display={
        <Text size="sm" component="span">
          {formatNumberId(value)}
        </Text>
      }
      testId={`plan-${row.code}-${k + 1}`}
      onSave={(draft, reason) => {
        const quarters = row.quarters.map((q, j) => (j === k ? (draft === '' ? null : draft) : q));
        return send('PUT', `/action-plan/indicators/${row.indicatorId}`, {
          year,
          revision: row.revision,
          quarters,
          reason: last ? reason || null : row.reason,
        });
      }}
    />
  );
}
