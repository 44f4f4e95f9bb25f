import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EditorIndicator, EditorNode, RenstraEditor } from '../../../contract';
import { formatNumberId, formatRupiahId } from '../format-id';
import { draftOf } from './decimal-draft';
import { useEditNotice } from './edit-notices';
import { useSendEdit, warningTexts } from './editor-queries';
import { InlineCell } from './inline-cell';
import { inMillions } from './renstra-rows';

type IndicatorField = 'name' | 'unitLabel' | 'baselineValue' | 'finalTarget';

/**
 * The editable cells of the Renstra table and its phone cards: an indicator's name, unit, baseline,
 * target per year and final target; a node's description and indicative funding per year. Each save
 * sends the one changed field with the row's revision.
 */
export function useRenstraCells(agencyId: string, editor: RenstraEditor) {
  const { t, i18n } = useTranslation();
  const send = useSendEdit(agencyId);
  const { notify } = useEditNotice();
  const editable = editor.canPlan;

  const saveIndicator = async (indicator: EditorIndicator, body: Record<string, unknown>) => {
    const result = await send<{ warnings: { message: { id: string; en: string } }[] }>(
      'PATCH',
      `/indicators/${indicator.id}`,
      { revision: indicator.revision, ...body },
    );
    notify({ tone: 'warning', messages: warningTexts(result.warnings, i18n.language) });
  };
  const saveNode = (node: EditorNode, body: Record<string, unknown>) =>
    send('PATCH', `/plan-nodes/${node.id}`, { revision: node.revision, ...body });

  const figure = (i: EditorIndicator, value: string | null) =>
    i.polarity === 'qualitative' ? (value ?? '–') : formatNumberId(value);

  const indicatorField = (i: EditorIndicator, field: IndicatorField, align: 'left' | 'right' = 'right') => {
    const labels: Record<IndicatorField, string> = {
      name: t('perfEdit.indicator.name'),
      unitLabel: t('perf.unitLabel'),
      baselineValue: t('perf.renstra.baseline'),
      finalTarget: t('perf.renstra.final'),
    };
    const raw = i[field];
    const numeric = (field === 'baselineValue' || field === 'finalTarget') && i.polarity !== 'qualitative';
    return (
      <InlineCell
        label={`${labels[field]} ${i.code}`}
        editable={editable}
        kind={field === 'name' ? 'longtext' : numeric ? 'decimal' : 'text'}
        align={field === 'name' || field === 'unitLabel' ? 'left' : align}
        initial={numeric ? draftOf(raw) : (raw ?? '')}
        display={
          field === 'name' ? (
            <Text size="sm" component="span" className="alur-break">
              {raw}
            </Text>
          ) : (
            <Text size="sm" component="span">
              {numeric ? formatNumberId(raw) : (raw ?? '–')}
            </Text>
          )
        }
        onSave={(value) => saveIndicator(i, { [field]: value === '' && field !== 'name' ? null : value })}
      />
    );
  };

  const target = (i: EditorIndicator, year: number, align: 'left' | 'right' = 'right') => {
    const tg = i.targets.find((x) => x.year === year);
    const display = (
      <Text size="sm" component="span" style={{ whiteSpace: 'nowrap' }}>
        {tg
          ? tg.valueHigh
            ? `${figure(i, tg.value)}–${figure(i, tg.valueHigh)}`
            : figure(i, tg.value)
          : '–'}
      </Text>
    );
    // A range target has two ends: edited in the drawer, where both fit.
    if (i.polarity === 'range') return display;
    return (
      <InlineCell
        label={t('perfEdit.targetOf', { year, code: i.code })}
        editable={editable}
        kind={i.polarity === 'qualitative' ? 'text' : 'decimal'}
        align={align}
        initial={i.polarity === 'qualitative' ? (tg?.value ?? '') : draftOf(tg?.value)}
        display={display}
        testId={`target-${i.code}-${year}`}
        onSave={(value) => saveIndicator(i, { targets: [{ year, value: value === '' ? null : value }] })}
      />
    );
  };

  const nodeName = (node: EditorNode) => (
    <InlineCell
      label={`${t('perfEdit.node.name')} ${node.code}`}
      editable={editable}
      kind="longtext"
      align="left"
      initial={node.name}
      display={
        <Text size="sm" fw={600} component="span" className="alur-break">
          {node.name}
        </Text>
      }
      onSave={(value) => saveNode(node, { name: value })}
    />
  );

  /** Funding in the table is shown in millions of Rupiah (exact); a phone card has room for full Rupiah. */
  const funding = (node: EditorNode, year: number, align: 'left' | 'right' = 'right', full = false) => {
    const amount = node.funding.find((f) => f.year === year)?.amount ?? null;
    return (
      <InlineCell
        label={t('perfEdit.fundingOf', { year, code: node.code })}
        editable={editable}
        kind="rupiah"
        align={align}
        initial={amount === null ? '' : formatNumberId(amount)}
        display={
          <Text
            size="xs"
            component="span"
            c={amount === null ? 'dimmed' : undefined}
            style={{ whiteSpace: 'nowrap' }}
          >
            {amount === null ? '–' : full ? formatRupiahId(amount) : formatNumberId(inMillions(amount))}
          </Text>
        }
        testId={`funding-${node.code}-${year}`}
        onSave={(value) => saveNode(node, { funding: [{ year, amount: value === '' ? null : value }] })}
      />
    );
  };

  return { indicatorField, target, nodeName, funding };
}
