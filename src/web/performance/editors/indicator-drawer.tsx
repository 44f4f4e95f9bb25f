import {
  Alert,
  Button,
  Drawer,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorIndicator, EditorNode, RenstraEditor } from '../../../contract';
import { FormErrorSummary } from '../../components/form-error-summary';
import { useApiForm } from '../../components/use-api-form';
import { usePhoneLayout } from '../../components/use-phone-layout';
import { draftOf } from './decimal-draft';
import { useEditNotice } from './edit-notices';
import { useSendEdit, warningTexts } from './editor-queries';
import { allNodes } from './renstra-rows';

export type IndicatorDrawerTarget =
  | { mode: 'edit'; indicator: EditorIndicator }
  | { mode: 'new'; node: EditorNode };

const POLARITIES = ['positive', 'negative', 'range', 'qualitative'] as const;
const AGGREGATIONS = ['cumulative', 'last', 'average'] as const;

interface Values {
  code: string;
  name: string;
  unitLabel: string;
  nodeId: string;
  polarity: (typeof POLARITIES)[number];
  negativeFormula: 'A' | 'B';
  aggregation: (typeof AGGREGATIONS)[number];
  precision: string;
  isIku: boolean;
  unitId: string | null;
  definition: string;
  formulaText: string;
  dataSource: string;
  baselineYear: string;
  baselineValue: string;
  finalTarget: string;
  targets: Record<number, { value: string; valueHigh: string }>;
}

function valuesOf(editor: RenstraEditor, target: IndicatorDrawerTarget): Values {
  const i = target.mode === 'edit' ? target.indicator : null;
  return {
    code: i?.code ?? '',
    name: i?.name ?? '',
    unitLabel: i?.unitLabel ?? '',
    nodeId: i?.nodeId ?? (target.mode === 'new' ? target.node.id : ''),
    polarity: i?.polarity ?? 'positive',
    negativeFormula: i?.negativeFormula ?? 'A',
    aggregation: i?.aggregation ?? 'last',
    precision: String(i?.precision ?? 2),
    isIku: i?.isIku ?? false,
    unitId: i?.unitId ?? (target.mode === 'new' ? target.node.unitId : null),
    definition: i?.definition ?? '',
    formulaText: i?.formulaText ?? '',
    dataSource: i?.dataSource ?? '',
    baselineYear: i?.baselineYear ? String(i.baselineYear) : String(editor.renstra.startYear - 1),
    baselineValue: draftOf(i?.baselineValue),
    finalTarget: draftOf(i?.finalTarget),
    targets: Object.fromEntries(
      editor.years.map((y) => {
        const tg = i?.targets.find((x) => x.year === y);
        return [y, { value: draftOf(tg?.value), valueHigh: draftOf(tg?.valueHigh) }];
      }),
    ),
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/**
 * Every field of an indicator in one drawer: the rarely changed ones (definition, formula, data
 * source, polarity, aggregation, precision, IKU, responsible unit, baseline) beside the name, unit
 * and targets that the table also edits in place. A new indicator is added to the chosen node.
 */
export function IndicatorDrawer({
  agencyId,
  editor,
  target,
  onClose,
  onSaved,
}: {
  agencyId: string;
  editor: RenstraEditor;
  target: IndicatorDrawerTarget;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const phone = usePhoneLayout();
  const send = useSendEdit(agencyId);
  const { notify } = useEditNotice();
  const initial = valuesOf(editor, target);
  const form = useApiForm(initial);
  const v = form.values;
  const existing = target.mode === 'edit' ? target.indicator : null;
  // Targets are sent for every year in order, so `targets.<k>` in a message is the k-th year.
  const targetBody = () =>
    editor.years.map((year) => ({
      year,
      value: orNull(v.targets[year]?.value ?? ''),
      ...(v.polarity === 'range' ? { valueHigh: orNull(v.targets[year]?.valueHigh ?? '') } : {}),
    }));
  const mutation = useMutation({
    mutationFn: async () => {
      const common = {
        name: v.name,
        unitLabel: v.unitLabel,
        polarity: v.polarity,
        negativeFormula: v.polarity === 'negative' ? v.negativeFormula : null,
        aggregation: v.aggregation,
        precision: Number(v.precision),
        isIku: v.isIku,
        unitId: v.unitId,
        definition: orNull(v.definition),
        formulaText: orNull(v.formulaText),
        dataSource: orNull(v.dataSource),
        baselineYear: v.baselineYear.trim() === '' ? null : Number(v.baselineYear),
        baselineValue: orNull(v.baselineValue),
        finalTarget: orNull(v.finalTarget),
      };
      if (!existing)
        return send<unknown>('POST', `/renstra/${editor.renstra.id}/indicators`, {
          ...common,
          nodeId: v.nodeId,
          code: v.code.trim(),
          targets: targetBody().filter((x) => x.value !== null),
        });
      const result = await send<{ warnings: { message: { id: string; en: string } }[] }>(
        'PATCH',
        `/indicators/${existing.id}`,
        {
          ...common,
          revision: existing.revision,
          ...(v.code.trim() !== existing.code ? { code: v.code } : {}),
          ...(v.nodeId !== existing.nodeId ? { nodeId: v.nodeId } : {}),
          targets: targetBody(),
        },
      );
      notify({ tone: 'warning', messages: warningTexts(result.warnings, i18n.language) });
      return result;
    },
    onSuccess: () =>
      onSaved(existing ? t('common.saved') : t('perfEdit.indicator.added', { code: v.code.trim() })),
    onError: form.setError,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate();
  };
  const targetError = (year: number, part: 'value' | 'valueHigh') => {
    // A new indicator sends only the filled years: find the year's place among them.
    const sent = existing
      ? editor.years
      : editor.years.filter((y) => (v.targets[y]?.value ?? '').trim() !== '');
    const k = sent.indexOf(year);
    return k < 0
      ? undefined
      : (form.fieldError(`targets.${k}.${part}`) ?? form.fieldError(`targets.${k}.year`));
  };
  const setTarget = (year: number, part: 'value' | 'valueHigh', text: string) =>
    form.set('targets', {
      ...v.targets,
      [year]: {
        value: v.targets[year]?.value ?? '',
        valueHigh: v.targets[year]?.valueHigh ?? '',
        [part]: text,
      },
    });
  const numeric = v.polarity !== 'qualitative';
  const nodes = allNodes(editor);
  const usage = existing?.usage;
  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      size={phone ? '100%' : 'lg'}
      title={
        existing
          ? t('perfEdit.indicator.editTitle', { code: existing.code })
          : t('perfEdit.indicator.addTitle')
      }
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormErrorSummary error={form.error} />
          {usage && (usage.agreementYears.length > 0 || usage.realisations > 0) && (
            <Alert color="blue" variant="light" p="xs">
              <Text size="sm">
                {[
                  usage.agreementYears.length > 0
                    ? t('perfEdit.indicator.inAgreements', { years: usage.agreementYears.join(', ') })
                    : null,
                  usage.realisations > 0
                    ? t('perfEdit.indicator.realisations', { count: usage.realisations })
                    : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </Alert>
          )}
          <Select
            label={t('perfEdit.indicator.node')}
            data={nodes.map((n) => ({
              value: n.id,
              label: `${t(`perf.kind.${n.kind}`)} ${n.code} – ${n.name}`,
            }))}
            value={v.nodeId}
            onChange={(value) => value && form.set('nodeId', value)}
            error={form.fieldError('nodeId')}
            allowDeselect={false}
            searchable
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput
              label={t('perfEdit.indicator.code')}
              value={v.code}
              onChange={(e) => form.set('code', e.currentTarget.value)}
              error={form.fieldError('code')}
              required
              data-autofocus
            />
            <TextInput
              label={t('perf.unitLabel')}
              value={v.unitLabel}
              onChange={(e) => form.set('unitLabel', e.currentTarget.value)}
              error={form.fieldError('unitLabel')}
              required
            />
            <Switch
              label={t('perfEdit.indicator.isIku')}
              checked={v.isIku}
              onChange={(e) => form.set('isIku', e.currentTarget.checked)}
              mt={{ base: 0, sm: 28 }}
            />
          </SimpleGrid>
          <Textarea
            label={t('perfEdit.indicator.name')}
            value={v.name}
            onChange={(e) => form.set('name', e.currentTarget.value)}
            error={form.fieldError('name')}
            autosize
            minRows={2}
            required
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <Select
              label={t('perfEdit.indicator.polarity')}
              data={POLARITIES.map((p) => ({ value: p, label: t(`perf.polarity.${p}`) }))}
              value={v.polarity}
              onChange={(value) => value && form.set('polarity', value as Values['polarity'])}
              error={form.fieldError('polarity')}
              allowDeselect={false}
            />
            <Select
              label={t('perfEdit.indicator.aggregation')}
              description={t('perfEdit.indicator.aggregationHelp')}
              data={AGGREGATIONS.map((a) => ({ value: a, label: t(`perf.aggregation.${a}`) }))}
              value={v.aggregation}
              onChange={(value) => value && form.set('aggregation', value as Values['aggregation'])}
              error={form.fieldError('aggregation')}
              allowDeselect={false}
            />
            <Select
              label={t('perfEdit.indicator.precision')}
              data={['0', '1', '2', '3', '4', '5', '6']}
              value={v.precision}
              onChange={(value) => value && form.set('precision', value)}
              error={form.fieldError('precision')}
              allowDeselect={false}
            />
          </SimpleGrid>
          {v.polarity === 'negative' && (
            <Select
              label={t('perfEdit.indicator.negativeFormula')}
              data={[
                { value: 'A', label: t('perfEdit.indicator.formulaA') },
                { value: 'B', label: t('perfEdit.indicator.formulaB') },
              ]}
              value={v.negativeFormula}
              onChange={(value) => value && form.set('negativeFormula', value as 'A' | 'B')}
              allowDeselect={false}
            />
          )}
          <Select
            label={t('perfEdit.unit')}
            description={t('perfEdit.indicator.unitHelp')}
            data={editor.units.map((u) => ({ value: u.id, label: u.name }))}
            value={v.unitId}
            onChange={(value) => form.set('unitId', value)}
            error={form.fieldError('unitId')}
            clearable
            searchable
          />
          <Textarea
            label={t('perfEdit.indicator.definition')}
            value={v.definition}
            onChange={(e) => form.set('definition', e.currentTarget.value)}
            error={form.fieldError('definition')}
            autosize
            minRows={2}
          />
          <Textarea
            label={t('perfEdit.indicator.formulaText')}
            value={v.formulaText}
            onChange={(e) => form.set('formulaText', e.currentTarget.value)}
            error={form.fieldError('formulaText')}
            autosize
            minRows={1}
          />
          <TextInput
            label={t('perfEdit.indicator.dataSource')}
            value={v.dataSource}
            onChange={(e) => form.set('dataSource', e.currentTarget.value)}
            error={form.fieldError('dataSource')}
          />
          <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
            <TextInput
              label={t('perfEdit.indicator.baselineYear')}
              inputMode="numeric"
              value={v.baselineYear}
              onChange={(e) => form.set('baselineYear', e.currentTarget.value)}
              error={form.fieldError('baselineYear')}
            />
            <TextInput
              label={t('perf.renstra.baseline')}
              inputMode={numeric ? 'decimal' : undefined}
              value={v.baselineValue}
              onChange={(e) => form.set('baselineValue', e.currentTarget.value)}
              error={form.fieldError('baselineValue')}
            />
            <TextInput
              label={t('perf.renstra.final')}
              inputMode={numeric ? 'decimal' : undefined}
              value={v.finalTarget}
              onChange={(e) => form.set('finalTarget', e.currentTarget.value)}
              error={form.fieldError('finalTarget')}
            />
          </SimpleGrid>
          <Text size="sm" fw={600}>
            {t('perfEdit.indicator.targets')}
          </Text>
          <SimpleGrid cols={{ base: 2, sm: v.polarity === 'range' ? 2 : 3 }} spacing="sm">
            {editor.years.map((year) =>
              v.polarity === 'range' ? (
                <Group key={year} gap="xs" grow wrap="nowrap" align="flex-start">
                  <TextInput
                    label={t('perfEdit.indicator.targetLow', { year })}
                    inputMode="decimal"
                    value={v.targets[year]?.value ?? ''}
                    onChange={(e) => setTarget(year, 'value', e.currentTarget.value)}
                    error={targetError(year, 'value')}
                  />
                  <TextInput
                    label={t('perfEdit.indicator.targetHigh', { year })}
                    inputMode="decimal"
                    value={v.targets[year]?.valueHigh ?? ''}
                    onChange={(e) => setTarget(year, 'valueHigh', e.currentTarget.value)}
                    error={targetError(year, 'valueHigh')}
                  />
                </Group>
              ) : (
                <TextInput
                  key={year}
                  label={t('perfEdit.indicator.targetYear', { year })}
                  inputMode={numeric ? 'decimal' : undefined}
                  value={v.targets[year]?.value ?? ''}
                  onChange={(e) => setTarget(year, 'value', e.currentTarget.value)}
                  error={targetError(year, 'value')}
                />
              ),
            )}
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            {t('perfEdit.indicator.targetsHelp')}
          </Text>
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Drawer>
  );
}
