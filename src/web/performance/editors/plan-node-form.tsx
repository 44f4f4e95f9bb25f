import { Select, SimpleGrid, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { EditorNode, RenstraEditor } from '../../../contract';
import { FormModal } from '../../components/form-modal';
import { useApiForm } from '../../components/use-api-form';
import { draftOf, normaliseDraft } from './decimal-draft';
import { useSendEdit } from './editor-queries';
import { FUNDED, type PlanNodeKind } from './renstra-rows';

export type NodeFormTarget =
  | { mode: 'edit'; node: EditorNode }
  | { mode: 'new'; kind: PlanNodeKind; parent: EditorNode | null };

/**
 * Adds a node under its parent (the kind follows the cascade) or changes one: code (for programs and
 * activities the SIPD code), description, responsible unit and, for programs and activities, the
 * indicative funding of each Renstra year.
 */
export function PlanNodeForm({
  agencyId,
  editor,
  target,
  onClose,
  onSaved,
}: {
  agencyId: string;
  editor: RenstraEditor;
  target: NodeFormTarget;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const send = useSendEdit(agencyId);
  const node = target.mode === 'edit' ? target.node : null;
  const kind = node?.kind ?? (target.mode === 'new' ? target.kind : 'tujuan');
  const funded = FUNDED.has(kind);
  const form = useApiForm({
    // A SIPD code starts with its parent's (3.29.06 → 3.29.06.1.07): start the new one from there.
    code:
      node?.code ??
      (target.mode === 'new' && target.parent && FUNDED.has(target.parent.kind)
        ? `${target.parent.code}.`
        : ''),
    name: node?.name ?? '',
    unitId: node?.unitId ?? (target.mode === 'new' ? (target.parent?.unitId ?? null) : null),
    funding: Object.fromEntries(
      editor.years.map((y) => [y, draftOf(node?.funding.find((f) => f.year === y)?.amount)]),
    ) as Record<number, string>,
  });
  const v = form.values;
  const kindName = t(`perf.kind.${kind}`);
  const mutation = useMutation({
    mutationFn: async () => {
      if (!node)
        return send('POST', `/renstra/${editor.renstra.id}/nodes`, {
          kind,
          code: v.code.trim(),
          name: v.name.trim(),
          parentId: target.mode === 'new' ? (target.parent?.id ?? null) : null,
          unitId: v.unitId,
        });
      return send('PATCH', `/plan-nodes/${node.id}`, {
        revision: node.revision,
        ...(v.code.trim() !== node.code ? { code: v.code } : {}),
        name: v.name,
        unitId: v.unitId,
        ...(funded
          ? {
              funding: editor.years.map((year) => {
                const amount = normaliseDraft(v.funding[year] ?? '', 'rupiah');
                return { year, amount: amount === '' ? null : amount };
              }),
            }
          : {}),
      });
    },
    onSuccess: () =>
      onSaved(node ? t('common.saved') : t('perfEdit.node.added', { kind: kindName, code: v.code })),
    onError: form.setError,
  });
  const fundingError = (year: number) => {
    const k = editor.years.indexOf(year);
    return form.fieldError(`funding.${k}.amount`) ?? form.fieldError(`funding.${k}.year`);
  };
  const parent = target.mode === 'new' ? target.parent : null;
  return (
    <FormModal
      opened
      title={
        node
          ? t('perfEdit.node.editTitle', { kind: kindName, code: node.code })
          : t('perfEdit.node.addTitle', { kind: kindName })
      }
      onClose={onClose}
      onSubmit={() => mutation.mutate()}
      pending={mutation.isPending}
      error={form.error}
    >
      {parent && (
        <Text size="sm">
          {t('perfEdit.node.under', {
            kind: t(`perf.kind.${parent.kind}`),
            name: `${parent.code} ${parent.name}`,
          })}
        </Text>
      )}
      <TextInput
        label={t('perfEdit.node.code')}
        description={funded ? t('perfEdit.node.codeSipd') : t('perfEdit.node.codePlan')}
        name="code"
        value={v.code}
        onChange={(e) => form.set('code', e.currentTarget.value)}
        error={form.fieldError('code')}
        required
        data-autofocus
      />
      <Textarea
        label={t('perfEdit.node.name')}
        name="name"
        value={v.name}
        onChange={(e) => form.set('name', e.currentTarget.value)}
        error={form.fieldError('name')}
        autosize
        minRows={2}
        required
      />
      <Select
        label={t('perfEdit.unit')}
        data={editor.units.map((u) => ({ value: u.id, label: u.name }))}
        value={v.unitId}
        onChange={(value) => form.set('unitId', value)}
        error={form.fieldError('unitId')}
        clearable
        searchable
      />
      {funded && node && (
        <>
          <Text size="sm" fw={600} mt="xs">
            {t('perfEdit.node.funding')}
          </Text>
          <SimpleGrid cols={{ base: 1, xs: 2, sm: 3 }} spacing="xs">
            {editor.years.map((year) => (
              <TextInput
                key={year}
                label={t('perfEdit.node.fundingYear', { year })}
                leftSection={<Text size="xs">Rp</Text>}
                inputMode="decimal"
                value={v.funding[year] ?? ''}
                onChange={(e) => form.set('funding', { ...v.funding, [year]: e.currentTarget.value })}
                error={fundingError(year)}
              />
            ))}
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            {t('perfEdit.node.fundingHelp')}
          </Text>
        </>
      )}
      {funded && !node && (
        <Text size="xs" c="dimmed">
          {t('perfEdit.node.fundingLater')}
        </Text>
      )}
    </FormModal>
  );
}
