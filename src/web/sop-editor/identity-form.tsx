import { Paper, SegmentedControl, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EditorDraft } from './editor-draft';
import type { ProblemIndex } from './problem-index';

type Identity = EditorDraft['identity'];

/**
 * The identity part laid out like the paper sheet: number and dates beside the approver on the
 * right, the title, then the three rows of two lists (Dasar Hukum | Kualifikasi Pelaksana,
 * Keterkaitan | Peralatan, Peringatan | Pencatatan dan Pendataan).
 */
export function IdentityForm({
  draft,
  isNew,
  problems,
  onCode,
  onChange,
}: {
  draft: EditorDraft;
  isNew: boolean;
  problems: ProblemIndex;
  onCode: (code: string) => void;
  onChange: <K extends keyof Identity>(key: K, value: Identity[K]) => void;
}) {
  const { t } = useTranslation();
  const i = draft.identity;
  const text = (
    key: keyof Identity,
    label: string,
    extra: { placeholder?: string; required?: boolean } = {},
  ) => (
    <TextInput
      label={label}
      value={i[key] as string}
      onChange={(e) => onChange(key, e.currentTarget.value)}
      error={problems.identity(key)}
      data-field={`identity.${key}`}
      {...extra}
    />
  );
  const list = (key: keyof Identity, label: string) => (
    <Textarea
      label={label}
      description={t('sopEditor.onePerLine')}
      value={i[key] as string}
      onChange={(e) => onChange(key, e.currentTarget.value)}
      autosize
      minRows={2}
      maxRows={8}
      error={problems.identity(key)}
      data-field={`identity.${key}`}
    />
  );
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Stack gap="xs">
            {text('government', t('sopEditor.government'), { placeholder: t('sopEditor.governmentHint') })}
            {text('agencyName', t('sopEditor.agencyName'), { required: true })}
            {isNew ? (
              <TextInput
                label={t('sopEditor.code')}
                description={t('sopEditor.codeHint')}
                value={draft.code}
                onChange={(e) => onCode(e.currentTarget.value.toLowerCase())}
                error={problems.identity('code')}
                required
                data-field="code"
              />
            ) : (
              <Text size="sm">
                <Text span fw={600}>
                  {t('sopEditor.code')}:
                </Text>{' '}
                {draft.code}
              </Text>
            )}
          </Stack>
          <Stack gap="xs">
            {text('number', t('sopEditor.number'), {
              required: true,
              placeholder: 'K. 075 / 11 / DESDM/2023',
            })}
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
              {text('createdOn', t('sopEditor.createdOn'), { placeholder: t('sopEditor.datePlaceholder') })}
              {text('revisedOn', t('sopEditor.revisedOn'), { placeholder: t('sopEditor.datePlaceholder') })}
            </SimpleGrid>
            <div>
              <Text size="sm" fw={500} id="effective-label-title" mb={4}>
                {t('sopEditor.effectiveKind')}
              </Text>
              <SegmentedControl
                aria-labelledby="effective-label-title"
                value={i.effectiveLabel}
                onChange={(value) => onChange('effectiveLabel', value as Identity['effectiveLabel'])}
                data={[
                  { value: 'efektif', label: t('sopEditor.effective') },
                  { value: 'pengesahan', label: t('sopEditor.approval') },
                ]}
                size="xs"
                mb={4}
              />
              {text(
                'effectiveOn',
                t(i.effectiveLabel === 'efektif' ? 'sopEditor.effectiveOn' : 'sopEditor.approvedOn'),
                { placeholder: t('sopEditor.datePlaceholder') },
              )}
            </div>
            <Text size="sm" fw={600} mt="xs">
              {t('sopEditor.approvedBy')}
            </Text>
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
              <TextInput
                label={t('sopEditor.approverPosition')}
                value={i.approverPosition}
                onChange={(e) => onChange('approverPosition', e.currentTarget.value)}
                error={problems.identity('approvedBy.position')}
              />
              <TextInput
                label={t('sopEditor.approverName')}
                value={i.approverName}
                onChange={(e) => onChange('approverName', e.currentTarget.value)}
                error={problems.identity('approvedBy.name')}
              />
              <TextInput
                label={t('sopEditor.approverNip')}
                value={i.approverNip}
                onChange={(e) => onChange('approverNip', e.currentTarget.value)}
                error={problems.identity('approvedBy.nip')}
                inputMode="numeric"
              />
              <TextInput
                label={t('sopEditor.approverRank')}
                value={i.approverRank}
                onChange={(e) => onChange('approverRank', e.currentTarget.value)}
              />
            </SimpleGrid>
          </Stack>
        </SimpleGrid>
        {text('title', t('sopEditor.title'), { required: true })}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {list('legalBasis', t('sopEditor.legalBasis'))}
          {list('qualifications', t('sopEditor.qualifications'))}
          {list('relatedSops', t('sopEditor.relatedSops'))}
          {list('equipment', t('sopEditor.equipment'))}
          <Textarea
            label={t('sopEditor.warning')}
            value={i.warning}
            onChange={(e) => onChange('warning', e.currentTarget.value)}
            autosize
            minRows={2}
            error={problems.identity('warning')}
          />
          <Textarea
            label={t('sopEditor.recordKeeping')}
            value={i.recordKeeping}
            onChange={(e) => onChange('recordKeeping', e.currentTarget.value)}
            autosize
            minRows={2}
            error={problems.identity('recordKeeping')}
          />
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
