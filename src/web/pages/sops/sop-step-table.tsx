import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SopDefinitionDto } from '../../../contract';
import { StepSymbol } from '../../runs/step-symbol';

type Step = SopDefinitionDto['steps'][number];

/** Keterangan as the paper form would carry it: the sheet's note, exits, the jump back, flags. */
function remarks(step: Step, t: (key: string, values?: Record<string, unknown>) => string): string[] {
  const lines: string[] = [];
  if (step.note && step.note !== '-') lines.push(step.note);
  if (step.exits?.yes != null && step.exits.no != null)
    lines.push(t('sop.exits', { yes: step.exits.yes, no: step.exits.no }));
  if (step.next != null) lines.push(t('sop.nextStep', { next: step.next }));
  if (step.perUnit)
    lines.push(
      t('sop.perUnit', {
        kinds: step.perUnit.unitKinds
          .map((kind) => t(`sop.unitKind.${kind}`, { defaultValue: kind }))
          .join(', '),
      }),
    );
  if (step.meeting) lines.push(t('sop.meeting'));
  if (step.paraf) lines.push(t('sop.paraf'));
  if (step.signature) lines.push(t('sop.signature'));
  return lines;
}

/**
 * The procedure table shaped like the paper SOP sheet: No | Kegiatan | one column per lane holding
 * the step's symbol in its lane | Kelengkapan | Waktu | Output | Keterangan (Mutu Baku in the middle).
 */
export function SopStepTable({ definition }: { definition: SopDefinitionDto }) {
  const { t } = useTranslation();
  const { lanes, steps } = definition;
  return (
    // A plain scrolling region that keyboard users can focus and scroll (Mantine's ScrollArea is not).
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to scroll by keyboard
    <section aria-label={t('sop.flowCaption')} tabIndex={0} style={{ overflowX: 'auto' }}>
      <Table
        miw={760 + lanes.length * 90}
        withTableBorder
        withColumnBorders
        verticalSpacing="xs"
        data-testid="sop-step-table"
      >
        <caption className="alur-visually-hidden">{t('sop.flowCaption')}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" rowSpan={2} w={48}>
              {t('sop.colNo')}
            </Table.Th>
            <Table.Th scope="col" rowSpan={2} miw={220}>
              {t('sop.colActivity')}
            </Table.Th>
            <Table.Th scope="colgroup" colSpan={lanes.length} ta="center">
              {t('sop.colLanes')}
            </Table.Th>
            <Table.Th scope="colgroup" colSpan={3} ta="center">
              Mutu Baku
            </Table.Th>
            <Table.Th scope="col" rowSpan={2} miw={160}>
              {t('sop.colNote')}
            </Table.Th>
          </Table.Tr>
          <Table.Tr>
            {lanes.map((lane) => (
              <Table.Th key={lane.key} scope="col" ta="center" fz="xs" w={90}>
                {lane.label}
              </Table.Th>
            ))}
            <Table.Th scope="col" miw={140}>
              {t('sop.colInputs')}
            </Table.Th>
            <Table.Th scope="col" w={90}>
              {t('sop.colTime')}
            </Table.Th>
            <Table.Th scope="col" miw={140}>
              {t('sop.colOutput')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {steps.map((step) => (
            <Table.Tr key={step.no} data-step={step.no}>
              <Table.Td>{step.no}</Table.Td>
              <Table.Td>
                <Text size="sm">{step.activity}</Text>
              </Table.Td>
              {lanes.map((lane) => (
                <Table.Td key={lane.key} ta="center" data-lane={lane.key}>
                  {lane.key === step.lane && <StepSymbol kinds={step.kinds} />}
                </Table.Td>
              ))}
              <Table.Td>
                <Cells values={step.mutuBaku.map((row) => row.inputs)} />
              </Table.Td>
              <Table.Td>
                <Cells values={step.mutuBaku.map((row) => row.time?.written ?? '')} />
              </Table.Td>
              <Table.Td>
                <Cells values={step.mutuBaku.map((row) => row.output)} />
              </Table.Td>
              <Table.Td>
                <Cells values={remarks(step, t)} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}

function Cells({ values }: { values: string[] }) {
  return (
    <Stack gap={4}>
      {values.map((value, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows of one step, in their fixed order
        <Text size="sm" key={index}>
          {value}
        </Text>
      ))}
    </Stack>
  );
}
