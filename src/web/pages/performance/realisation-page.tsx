import {
  Alert,
  Button,
  FileButton,
  Group,
  List,
  Modal,
  Paper,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RealisationGrid } from '../../../contract';
import { apiRequest } from '../../api/api-client';
import type { ApiRequestError } from '../../api/api-request-error';
import { FormErrorSummary } from '../../components/form-error-summary';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { StatusMessage } from '../../components/status-message';
import { AchievementFigure } from '../../performance/achievement-figure';
import { formatNumberId } from '../../performance/format-id';
import {
  downloadFile,
  fileToBase64,
  perfKey,
  perfPath,
  usePerformanceScope,
  useRealisationGrid,
} from '../../performance/performance-queries';
import { ScrollTable } from '../../performance/scroll-table';
import { RealisationStatusBadge } from '../../performance/status-badge';
import { YearSelect } from '../../performance/year-select';

type Row = RealisationGrid['rows'][number];
const QUARTERS = ['I', 'II', 'III', 'IV'];

/**
 * A unit's realisation grid: indicators × quarters with value, status, achievement (formula shown)
 * in its category colour; entering and submitting a quarter; the data-collection workbook down and up.
 */
export function RealisationPage() {
  const { t } = useTranslation();
  const { agencyId, year, setYear } = usePerformanceScope();
  const [unitId, setUnitId] = useState<string | null>(null);
  const all = useRealisationGrid(agencyId, year);
  const units = useMemo(() => {
    const seen = new Map<string, string>();
    for (const r of all.data?.rows ?? [])
      if (r.unitId && !seen.has(r.unitId)) seen.set(r.unitId, r.unitName ?? '');
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [all.data]);
  const chosen =
    unitId ??
    units.find((u) => all.data?.rows.some((r) => r.unitId === u.value && r.canEnter))?.value ??
    units[0]?.value ??
    null;
  const [status, setStatus] = useState<string | null>(null);

  return (
    <>
      <PageHeader title={t('perf.realisation.title')} description={t('perf.realisation.description')} />
      <StatusMessage message={status} onDone={() => setStatus(null)} />
      <Group align="flex-end" mb="md" wrap="wrap">
        <YearSelect year={year} onChange={setYear} />
        <Select
          label={t('perf.unit')}
          data={units}
          value={chosen}
          onChange={setUnitId}
          allowDeselect={false}
          w={{ base: '100%', sm: 360 }}
        />
      </Group>
      <QueryState query={all}>
        {(grid) =>
          chosen ? (
            <UnitGrid
              agencyId={agencyId}
              year={year}
              unitId={chosen}
              rows={grid.rows.filter((r) => r.unitId === chosen)}
              onStatus={setStatus}
            />
          ) : (
            <Text c="dimmed">{t('perf.realisation.empty')}</Text>
          )
        }
      </QueryState>
    </>
  );
}

function UnitGrid({
  agencyId,
  year,
  unitId,
  rows,
  onStatus,
}: {
  agencyId: string;
  year: number;
  unitId: string;
  rows: Row[];
  onStatus: (message: string) => void;
}) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 48em)');
  const client = useQueryClient();
  const [quarter, setQuarter] = useState('4');
  const [editing, setEditing] = useState<Row | null>(null);
  const [uploadError, setUploadError] = useState<ApiRequestError | null>(null);
  const [submitUpload, setSubmitUpload] = useState(false);
  const canEnter = rows.some((r) => r.canEnter);
  const upload = useMutation({
    mutationFn: async (file: File) =>
      apiRequest<{ saved: number; unchanged: number }>('POST', perfPath(agencyId, '/realisations/xlsx'), {
        fileName: file.name,
        content: await fileToBase64(file),
        submit: submitUpload,
      }),
    onSuccess: (result) => {
      setUploadError(null);
      onStatus(t('perf.realisation.uploaded', { saved: result.saved, unchanged: result.unchanged }));
      void client.invalidateQueries({ queryKey: perfKey(agencyId) });
    },
    onError: (error) => setUploadError(error as ApiRequestError),
  });
  const submitAll = useMutation({
    mutationFn: (q: number) =>
      apiRequest('POST', perfPath(agencyId, '/realisations'), {
        year,
        submit: true,
        entries: rows
          .filter((r) => r.canEnter)
          .filter((r) => ['draft', 'returned'].includes(r.quarters[q - 1]?.realisation?.status ?? ''))
          .map((r) => {
            const cell = r.quarters[q - 1]!.realisation!;
            return {
              indicatorId: r.indicatorId,
              quarter: q,
              value: cell.value,
              evidence: cell.evidence,
              obstacles: cell.obstacles,
              actions: cell.actions,
              version: cell.version,
            };
          }),
      }),
    onSuccess: () => {
      setUploadError(null);
      onStatus(t('perf.realisation.submitted'));
      void client.invalidateQueries({ queryKey: perfKey(agencyId) });
    },
    onError: (error) => setUploadError(error as ApiRequestError),
  });
  const drafts = rows.filter((r) =>
    ['draft', 'returned'].includes(r.quarters[Number(quarter) - 1]?.realisation?.status ?? ''),
  ).length;

  return (
    <Stack gap="md">
      <Paper withBorder p="sm" radius="md">
        <Group align="flex-end" wrap="wrap" gap="sm">
          <Select
            label={t('perf.quarter')}
            data={QUARTERS.map((q, k) => ({ value: String(k + 1), label: `TW ${q}` }))}
            value={quarter}
            onChange={(v) => v && setQuarter(v)}
            allowDeselect={false}
            w={110}
          />
          <Button
            variant="default"
            onClick={() =>
              void downloadFile(
                perfPath(agencyId, `/realisations/xlsx?year=${year}&quarter=${quarter}&unitId=${unitId}`),
                'realisasi.xlsx',
              ).catch((e: Error) => onStatus(e.message))
            }
          >
            {t('perf.realisation.download')}
          </Button>
          {canEnter && (
            <>
              <FileButton onChange={(file) => file && upload.mutate(file)} accept=".xlsx">
                {(props) => (
                  <Button {...props} loading={upload.isPending} data-testid="upload-xlsx">
                    {t('perf.realisation.upload')}
                  </Button>
                )}
              </FileButton>
              <Switch
                label={t('perf.realisation.submitOnUpload')}
                checked={submitUpload}
                onChange={(e) => setSubmitUpload(e.currentTarget.checked)}
              />
              <Button
                variant="light"
                disabled={drafts === 0}
                loading={submitAll.isPending}
                onClick={() => submitAll.mutate(Number(quarter))}
              >
                {t('perf.realisation.submitQuarter', {
                  quarter: `TW ${QUARTERS[Number(quarter) - 1]}`,
                  count: drafts,
                })}
              </Button>
            </>
          )}
        </Group>
      </Paper>
      {uploadError && (
        <Alert color="red" role="alert" title={uploadError.message} data-testid="upload-error">
          <List size="sm" spacing={2}>
            {uploadError.fields.map((f) => (
              <List.Item key={`${f.field}:${f.message}`}>{f.message}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {phone ? (
        <Stack
          gap="sm"
          component="ul"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t('perf.realisation.title')}
        >
          {rows.map((r) => (
            <Paper component="li" key={r.indicatorId} withBorder p="sm" radius="md">
              <Text fw={600} className="alur-break">
                {r.code} · {r.name}
              </Text>
              <Text size="xs" c="dimmed">
                {t('perf.annualTarget')}: {formatNumberId(r.annualTarget)} {r.unitLabel}
              </Text>
              <Stack gap={6} mt="xs">
                {r.quarters.map((q, k) => (
                  <Group key={q.quarter} justify="space-between" align="flex-start" wrap="nowrap">
                    <Stack gap={2}>
                      <Text size="sm" fw={600}>
                        TW {QUARTERS[k]}
                      </Text>
                      <QuarterValue row={r} q={q} />
                    </Stack>
                    <AchievementFigure achievement={q.achievement} withFormula={false} />
                  </Group>
                ))}
              </Stack>
              <Group justify="space-between" mt="xs" align="flex-end">
                <Stack gap={2}>
                  <Text size="xs" c="dimmed">
                    {t('perf.annualAchievement')}
                  </Text>
                  <AchievementFigure achievement={r.annualAchievement} />
                </Stack>
                {r.canEnter && (
                  <Button size="xs" variant="light" onClick={() => setEditing(r)}>
                    {t('perf.realisation.enter')}
                  </Button>
                )}
              </Group>
            </Paper>
          ))}
        </Stack>
      ) : (
        <ScrollTable label={t('perf.realisation.title')} minWidth={960}>
          <Table verticalSpacing="xs" withTableBorder withColumnBorders data-testid="realisation-grid">
            <caption className="alur-visually-hidden">{t('perf.realisation.title')}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('perf.indicator')}</Table.Th>
                <Table.Th scope="col">{t('perf.annualTarget')}</Table.Th>
                {QUARTERS.map((q) => (
                  <Table.Th key={q} scope="col">
                    TW {q}
                  </Table.Th>
                ))}
                <Table.Th scope="col">{t('perf.annualAchievement')}</Table.Th>
                <Table.Th scope="col">
                  <span className="alur-visually-hidden">{t('common.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.indicatorId} data-code={r.code}>
                  <Table.Td maw={320}>
                    <Text size="sm" fw={600}>
                      {r.code}
                    </Text>
                    <Text size="sm" className="alur-break">
                      {r.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t(`perf.aggregation.${r.aggregation}`)} · {t(`perf.polarity.${r.polarity}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {formatNumberId(r.annualTarget)} {r.unitLabel}
                    </Text>
                  </Table.Td>
                  {r.quarters.map((q) => (
                    <Table.Td key={q.quarter} data-quarter={q.quarter}>
                      <Stack gap={4}>
                        <QuarterValue row={r} q={q} />
                        <AchievementFigure achievement={q.achievement} withFormula={false} />
                      </Stack>
                    </Table.Td>
                  ))}
                  <Table.Td maw={220}>
                    <AchievementFigure achievement={r.annualAchievement} />
                  </Table.Td>
                  <Table.Td>
                    {r.canEnter && (
                      <Button
                        size="xs"
                        variant="light"
                        onClick={() => setEditing(r)}
                        aria-label={`${t('perf.realisation.enter')} ${r.code}`}
                      >
                        {t('perf.realisation.enter')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      {editing && (
        <EntryModal
          agencyId={agencyId}
          year={year}
          row={editing}
          initialQuarter={Number(quarter)}
          onClose={() => setEditing(null)}
          onSaved={(message) => {
            setEditing(null);
            onStatus(message);
          }}
        />
      )}
    </Stack>
  );
}

function QuarterValue({ row, q }: { row: Row; q: Row['quarters'][number] }) {
  const { t } = useTranslation();
  const value = q.realisation?.value ?? null;
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {t('perf.target')}: {formatNumberId(q.target)}
      </Text>
      <Text size="sm" fw={500} data-testid="realisation-value">
        {row.polarity === 'qualitative' ? (value ?? '–') : formatNumberId(value)}
        {row.aggregation === 'cumulative' && q.cumulativeValue && (
          <Text span size="xs" c="dimmed">
            {' '}
            (Σ {formatNumberId(q.cumulativeValue)})
          </Text>
        )}
      </Text>
      <RealisationStatusBadge status={q.realisation?.status} />
      {q.realisation?.status === 'returned' && q.realisation.returnReason && (
        <Text size="xs" c="orange.9">
          {q.realisation.returnReason}
        </Text>
      )}
    </Stack>
  );
}

function EntryModal({
  agencyId,
  year,
  row,
  initialQuarter,
  onClose,
  onSaved,
}: {
  agencyId: string;
  year: number;
  row: Row;
  initialQuarter: number;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [quarter, setQuarter] = useState(String(initialQuarter));
  const cell = row.quarters[Number(quarter) - 1]?.realisation ?? null;
  const editable = !cell || ['draft', 'returned'].includes(cell.status);
  const [form, setForm] = useState(() => formOf(cell));
  const save = useMutation({
    mutationFn: (submit: boolean) =>
      apiRequest('POST', perfPath(agencyId, '/realisations'), {
        year,
        submit,
        entries: [
          {
            indicatorId: row.indicatorId,
            quarter: Number(quarter),
            value: form.value,
            evidence: form.evidence,
            obstacles: form.obstacles,
            actions: form.actions,
            version: cell?.version ?? null,
          },
        ],
      }),
    onSuccess: (_data, submit) => {
      void client.invalidateQueries({ queryKey: perfKey(agencyId) });
      onSaved(t(submit ? 'perf.realisation.submitted' : 'perf.realisation.saved'));
    },
  });
  return (
    <Modal opened onClose={onClose} title={`${row.code} · ${row.name}`} size="lg">
      <Stack gap="sm">
        <FormErrorSummary error={save.error as ApiRequestError | null} />
        <Select
          label={t('perf.quarter')}
          data={QUARTERS.map((q, k) => ({ value: String(k + 1), label: `TW ${q}` }))}
          value={quarter}
          onChange={(v) => {
            if (!v) return;
            setQuarter(v);
            setForm(formOf(row.quarters[Number(v) - 1]?.realisation ?? null));
          }}
          allowDeselect={false}
        />
        {!editable && <Alert color="gray">{t('perf.realisation.notEditable')}</Alert>}
        <TextInput
          label={`${t('perf.realisation.value')} (${row.unitLabel})`}
          description={row.aggregation === 'cumulative' ? t('perf.realisation.cumulativeHint') : undefined}
          value={form.value}
          onChange={(e) => setForm({ ...form, value: e.currentTarget.value })}
          inputMode={row.polarity === 'qualitative' ? 'text' : 'decimal'}
          disabled={!editable}
        />
        <Textarea
          label={t('perf.realisation.evidence')}
          value={form.evidence}
          onChange={(e) => setForm({ ...form, evidence: e.currentTarget.value })}
          disabled={!editable}
          autosize
          minRows={2}
        />
        <Textarea
          label={t('perf.realisation.obstacles')}
          value={form.obstacles}
          onChange={(e) => setForm({ ...form, obstacles: e.currentTarget.value })}
          disabled={!editable}
          autosize
          minRows={2}
        />
        <Textarea
          label={t('perf.realisation.actions')}
          value={form.actions}
          onChange={(e) => setForm({ ...form, actions: e.currentTarget.value })}
          disabled={!editable}
          autosize
          minRows={2}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            variant="light"
            disabled={!editable}
            loading={save.isPending}
            onClick={() => save.mutate(false)}
          >
            {t('perf.realisation.saveDraft')}
          </Button>
          <Button disabled={!editable} loading={save.isPending} onClick={() => save.mutate(true)}>
            {t('perf.realisation.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function formOf(
  cell: {
    value: string | null;
    evidence: string | null;
    obstacles: string | null;
    actions: string | null;
  } | null,
) {
  return {
    value: cell?.value ?? '',
    evidence: cell?.evidence ?? '',
    obstacles: cell?.obstacles ?? '',
    actions: cell?.actions ?? '',
  };
}
