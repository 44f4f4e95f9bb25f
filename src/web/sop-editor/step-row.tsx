import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  List,
  MultiSelect,
  NativeSelect,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_ACT_VALUES, type DocumentActDto } from '../../contract';
import { StepSymbol } from '../runs/step-symbol';
import { parseTimeStandard } from './parse-time-standard';
import type { ProblemIndex } from './problem-index';
import { KIND_CHOICES, type KindChoice, kindChoice, type StepDto, withKind } from './step-list';

/** Unit kinds a per-unit step can fan out to (one task per unit of these kinds). */
export const PER_UNIT_KINDS = ['bidang', 'sekretariat', 'subbagian', 'uptd'] as const;

const ERROR_TEXT = '#c92a2a';

export interface StepRowProps {
  step: StepDto;
  index: number;
  count: number;
  lanes: Array<{ key: string; label: string }>;
  allSteps: StepDto[];
  problems: ProblemIndex;
  columns: number;
  onChange: (step: StepDto) => void;
  onMove: (delta: -1 | 1) => void;
  onInsertAfter: () => void;
  onRemove: () => void;
}

/**
 * One row of the paper form: No | Kegiatan | lane cells | kind, exits, flags and document acts |
 * Mutu Baku | Keterangan.
 */
export function StepRow(props: StepRowProps) {
  const { step, index, count, lanes, allSteps, problems, columns, onChange } = props;
  const { t } = useTranslation();
  const no = step.no;
  const rowProblems = problems.step(no);
  const choice = kindChoice(step.kinds);
  const decision = choice === 'decision';
  const exitOptions = [
    { value: '', label: t('sopEditor.exitNone') },
    ...allSteps
      .filter((s) => s.no !== no)
      .map((s) => ({ value: String(s.no), label: `${s.no}. ${clip(s.activity || '…', 40)}` })),
  ];
  const setMutu = (k: number, patch: Partial<StepDto['mutuBaku'][number]>) =>
    onChange({ ...step, mutuBaku: step.mutuBaku.map((row, i) => (i === k ? { ...row, ...patch } : row)) });
  const mutuError = (k: number) => problems.stepField(no, `mutuBaku.${k}`);
  return (
    <>
      <Table.Tr data-step={no} data-testid="editor-step" style={{ verticalAlign: 'top' }}>
        <Table.Td ta="center">
          <Text fw={700}>{no}</Text>
          <Stack gap={4} align="center" mt={6}>
            <ActionIcon
              variant="default"
              aria-label={t('sopEditor.stepUp', { no })}
              disabled={index === 0}
              onClick={() => props.onMove(-1)}
            >
              ↑
            </ActionIcon>
            <ActionIcon
              variant="default"
              aria-label={t('sopEditor.stepDown', { no })}
              disabled={index === count - 1}
              onClick={() => props.onMove(1)}
            >
              ↓
            </ActionIcon>
            <ActionIcon
              variant="default"
              aria-label={t('sopEditor.stepInsertAfter', { no })}
              onClick={props.onInsertAfter}
            >
              +
            </ActionIcon>
            <ActionIcon
              variant="default"
              color="red"
              aria-label={t('sopEditor.stepRemove', { no })}
              onClick={props.onRemove}
            >
              ✕
            </ActionIcon>
          </Stack>
        </Table.Td>
        <Table.Td>
          <Textarea
            aria-label={t('sopEditor.activityOf', { no })}
            value={step.activity}
            onChange={(e) => onChange({ ...step, activity: e.currentTarget.value })}
            autosize
            minRows={2}
            maxRows={6}
            error={problems.stepField(no, 'activity')}
            data-field="activity"
          />
        </Table.Td>
        {lanes.map((lane) => {
          const here = step.lane === lane.key;
          return (
            <Table.Td key={lane.key} data-lane={lane.key} ta="center" style={{ verticalAlign: 'middle' }}>
              <UnstyledButton
                aria-pressed={here}
                aria-label={t('sopEditor.placeInLane', { no, lane: lane.label })}
                onClick={() => onChange({ ...step, lane: lane.key })}
                style={{
                  minWidth: 48,
                  minHeight: 44,
                  display: 'inline-flex',
                  alignItems: 'center',
                  justifyContent: 'center',
                  borderRadius: 6,
                  border: here ? '2px solid #1c3d6e' : '1px dashed #adb5bd',
                  background: here ? '#eef4fb' : 'transparent',
                }}
              >
                {here ? (
                  <StepSymbol kinds={step.kinds} size={26} />
                ) : (
                  <Text span size="xs" c="#495057" aria-hidden>
                    +
                  </Text>
                )}
              </UnstyledButton>
            </Table.Td>
          );
        })}
        <Table.Td>
          <Stack gap={6}>
            <NativeSelect
              aria-label={t('sopEditor.kindOf', { no })}
              value={choice}
              onChange={(e) => onChange(withKind(step, e.currentTarget.value as KindChoice))}
              data={(Object.keys(KIND_CHOICES) as KindChoice[]).map((k) => ({
                value: k,
                label: t(`sopEditor.kind.${k}`),
              }))}
              error={problems.stepField(no, 'kinds')}
              size="xs"
            />
            {decision && (
              <>
                <NativeSelect
                  label={t('sopEditor.exitYes')}
                  aria-label={t('sopEditor.exitYesOf', { no })}
                  value={
                    step.exits?.yes === null || step.exits?.yes === undefined ? '' : String(step.exits.yes)
                  }
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    onChange({
                      ...step,
                      exits: { yes: value === '' ? null : Number(value), no: step.exits?.no ?? null },
                    });
                  }}
                  data={exitOptions}
                  error={problems.stepField(no, 'exits.yes')}
                  size="xs"
                />
                <NativeSelect
                  label={t('sopEditor.exitNo')}
                  aria-label={t('sopEditor.exitNoOf', { no })}
                  value={step.exits?.no === null || step.exits?.no === undefined ? '' : String(step.exits.no)}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    onChange({
                      ...step,
                      exits: { yes: step.exits?.yes ?? null, no: value === '' ? null : Number(value) },
                    });
                  }}
                  data={exitOptions}
                  error={problems.stepField(no, 'exits.no')}
                  size="xs"
                />
              </>
            )}
            {!decision && (
              <Checkbox
                size="xs"
                label={t('sopEditor.perUnit')}
                aria-label={t('sopEditor.perUnitOf', { no })}
                checked={step.perUnit !== null}
                onChange={(e) =>
                  onChange({
                    ...step,
                    perUnit: e.currentTarget.checked ? { unitKinds: ['bidang'] } : null,
                  })
                }
              />
            )}
            {step.perUnit && (
              <Group gap={6} pl="md">
                {PER_UNIT_KINDS.map((kind) => (
                  <Checkbox
                    key={kind}
                    size="xs"
                    label={t(`unitKind.${kind}`)}
                    checked={step.perUnit?.unitKinds.includes(kind) ?? false}
                    onChange={(e) => {
                      const current = step.perUnit?.unitKinds ?? [];
                      const next = e.currentTarget.checked
                        ? [...current, kind]
                        : current.filter((k) => k !== kind);
                      onChange({ ...step, perUnit: { unitKinds: next } });
                    }}
                  />
                ))}
              </Group>
            )}
            <Checkbox
              size="xs"
              label={t('sopEditor.meeting')}
              checked={step.meeting}
              onChange={(e) => onChange({ ...step, meeting: e.currentTarget.checked })}
            />
            <Checkbox
              size="xs"
              label={t('sopEditor.paraf')}
              checked={step.paraf}
              onChange={(e) => onChange({ ...step, paraf: e.currentTarget.checked })}
            />
            <Checkbox
              size="xs"
              label={t('sopEditor.signature')}
              checked={step.signature}
              onChange={(e) => onChange({ ...step, signature: e.currentTarget.checked })}
            />
            <MultiSelect
              size="xs"
              label={t('sopEditor.documentActs')}
              aria-label={t('sopEditor.documentActsOf', { no })}
              placeholder={step.documentActs.length === 0 ? t('sopEditor.documentActsNone') : undefined}
              data={DOCUMENT_ACT_VALUES.map((act) => ({
                value: act,
                label: t(`sopEditor.documentAct.${act}`),
              }))}
              value={step.documentActs}
              onChange={(acts) => onChange({ ...step, documentActs: acts as DocumentActDto[] })}
              error={problems.stepField(no, 'documentActs')}
              data-field="documentActs"
            />
          </Stack>
        </Table.Td>
        <Table.Td>
          <Stack gap={6}>
            {step.mutuBaku.map((row, k) => (
              <TextInput
                // biome-ignore lint/suspicious/noArrayIndexKey: Mutu Baku rows have no identity but their place
                key={k}
                size="xs"
                aria-label={t('sopEditor.inputsOf', { no, row: k + 1 })}
                value={row.inputs}
                onChange={(e) => setMutu(k, { inputs: e.currentTarget.value })}
                error={problems.stepField(no, `mutuBaku.${k}.inputs`) ? true : undefined}
              />
            ))}
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={() =>
                onChange({ ...step, mutuBaku: [...step.mutuBaku, { inputs: '', time: null, output: '' }] })
              }
            >
              {t('sopEditor.addMutuBaku')}
            </Button>
          </Stack>
        </Table.Td>
        <Table.Td>
          <Stack gap={6}>
            {step.mutuBaku.map((row, k) => {
              const serverError = mutuError(k);
              const unreadable = row.time !== null && row.time.duration === null;
              return (
                <TextInput
                  // biome-ignore lint/suspicious/noArrayIndexKey: Mutu Baku rows have no identity but their place
                  key={k}
                  size="xs"
                  aria-label={t('sopEditor.timeOf', { no, row: k + 1 })}
                  placeholder={t('sopEditor.timePlaceholder')}
                  value={row.time?.written ?? ''}
                  onChange={(e) => setMutu(k, { time: parseTimeStandard(e.currentTarget.value) })}
                  error={serverError ? true : unreadable ? t('sopEditor.timeUnreadable') : undefined}
                />
              );
            })}
          </Stack>
        </Table.Td>
        <Table.Td>
          <Stack gap={6}>
            {step.mutuBaku.map((row, k) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: Mutu Baku rows have no identity but their place
              <Group key={k} gap={4} wrap="nowrap">
                <TextInput
                  style={{ flex: 1 }}
                  size="xs"
                  aria-label={t('sopEditor.outputOf', { no, row: k + 1 })}
                  value={row.output}
                  onChange={(e) => setMutu(k, { output: e.currentTarget.value })}
                />
                <ActionIcon
                  size="md"
                  variant="subtle"
                  color="red"
                  aria-label={t('sopEditor.removeMutuBaku', { no, row: k + 1 })}
                  onClick={() => onChange({ ...step, mutuBaku: step.mutuBaku.filter((_, i) => i !== k) })}
                >
                  ✕
                </ActionIcon>
              </Group>
            ))}
          </Stack>
        </Table.Td>
        <Table.Td>
          <Textarea
            aria-label={t('sopEditor.noteOf', { no })}
            value={step.note ?? ''}
            onChange={(e) =>
              onChange({ ...step, note: e.currentTarget.value === '' ? null : e.currentTarget.value })
            }
            autosize
            minRows={2}
            maxRows={5}
          />
        </Table.Td>
      </Table.Tr>
      {rowProblems.length > 0 && (
        <Table.Tr data-problems-for={no}>
          <Table.Td colSpan={columns} style={{ background: '#fff5f5' }}>
            <List size="sm" data-testid="step-problems" data-step={no} c={ERROR_TEXT}>
              {rowProblems.map((p) => (
                <List.Item key={`${p.field}:${p.message}`}>{p.message}</List.Item>
              ))}
            </List>
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
