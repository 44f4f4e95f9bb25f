import { Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProblemIndex } from './problem-index';
import { blankStep, insertStep, moveStep, removeStep, type StepDto } from './step-list';
import { StepRow } from './step-row';

/**
 * The flowchart table of the paper form, editable: No | Kegiatan | Pelaksana (one column per lane,
 * a click places the step's symbol) | kind, exits and flags | Mutu Baku (Kelengkapan, Waktu,
 * Output) | Keterangan. Scrolls sideways on narrow screens.
 */
export function StepTable({
  steps,
  lanes,
  problems,
  onChange,
}: {
  steps: StepDto[];
  lanes: Array<{ key: string; label: string }>;
  problems: ProblemIndex;
  onChange: (steps: StepDto[]) => void;
}) {
  const { t } = useTranslation();
  const columns = 7 + lanes.length;
  const defaultLane = lanes[0]?.key ?? '';
  return (
    <>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to scroll by keyboard */}
      <section aria-label={t('sopEditor.stepsCaption')} tabIndex={0} style={{ overflowX: 'auto' }}>
        <Table
          miw={960 + lanes.length * 76}
          withTableBorder
          withColumnBorders
          verticalSpacing={6}
          horizontalSpacing={6}
          data-testid="editor-step-table"
        >
          <caption className="alur-visually-hidden">{t('sopEditor.stepsCaption')}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th rowSpan={2} w={48}>
                {t('sopEditor.colNo')}
              </Table.Th>
              <Table.Th rowSpan={2} miw={200}>
                {t('sopEditor.colActivity')}
              </Table.Th>
              {lanes.length > 0 && (
                <Table.Th colSpan={lanes.length} ta="center">
                  {t('sopEditor.colLanes')}
                </Table.Th>
              )}
              <Table.Th rowSpan={2} miw={170}>
                {t('sopEditor.colKind')}
              </Table.Th>
              <Table.Th colSpan={3} ta="center">
                {t('sopEditor.colMutuBaku')}
              </Table.Th>
              <Table.Th rowSpan={2} miw={130}>
                {t('sopEditor.colNote')}
              </Table.Th>
            </Table.Tr>
            <Table.Tr>
              {lanes.map((lane) => (
                <Table.Th key={lane.key} ta="center" w={76} fz="xs">
                  {lane.label}
                </Table.Th>
              ))}
              <Table.Th miw={130}>{t('sopEditor.colInputs')}</Table.Th>
              <Table.Th miw={90}>{t('sopEditor.colTime')}</Table.Th>
              <Table.Th miw={140}>{t('sopEditor.colOutput')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {steps.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={columns}>
                  <Text size="sm" c="dimmed">
                    {t('sopEditor.noSteps')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {steps.map((step, index) => (
              <StepRow
                // biome-ignore lint/suspicious/noArrayIndexKey: a row is its place in the list (numbers follow it)
                key={index}
                step={step}
                index={index}
                count={steps.length}
                lanes={lanes}
                allSteps={steps}
                problems={problems}
                columns={columns}
                onChange={(changed) => onChange(steps.map((s, i) => (i === index ? changed : s)))}
                onMove={(delta) => onChange(moveStep(steps, index, delta))}
                onInsertAfter={() => onChange(insertStep(steps, index, blankStep(step.lane)))}
                onRemove={() => onChange(removeStep(steps, index))}
              />
            ))}
          </Table.Tbody>
        </Table>
      </section>
      <Button
        mt="sm"
        variant="light"
        disabled={lanes.length === 0}
        onClick={() =>
          onChange(
            insertStep(
              steps,
              steps.length - 1,
              steps.length === 0
                ? { ...blankStep(defaultLane), kinds: ['start', 'process'] }
                : blankStep(steps.at(-1)?.lane ?? defaultLane),
            ),
          )
        }
      >
        {t('sopEditor.addStep')}
      </Button>
    </>
  );
}
