import { Anchor, Card, EmptyState, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { DocumentSummary, GeneratedDocumentKind } from '../../../contract';
import { useMe } from '../../api/use-session';
import { formatDateTime } from '../../components/format-date';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { ResponsiveTable } from '../../components/responsive-table';
import { DocumentStatusBadge } from '../../documents/document-badges';
import { documentPath, useDocuments } from '../../documents/document-queries';
import { GenerateDocumentButton } from '../../documents/generate-document-button';
import { UploadVersionButton } from '../../documents/upload-version-button';

const KINDS = [
  'lkjip',
  'pemantauan',
  'perjanjian_kinerja',
  'disposisi',
  'surat_pengantar',
  'sop_sheet',
  'upload',
];
const STATUSES = ['draft', 'final', 'signed', 'sent', 'archived'];
/** The reports made from an agency and a period alone (the others start from a run or an SOP). */
const PERIOD_KINDS: GeneratedDocumentKind[] = ['lkjip', 'pemantauan', 'perjanjian_kinerja'];

function yearOptions(): string[] {
  const now = new Date().getFullYear();
  return [now + 1, now, now - 1, now - 2, now - 3, now - 4].map(String);
}

/** The period of a document in words: "2026", "TW III 2026", or a dash. */
export function documentPeriod(
  doc: { year: number | null; quarter: number | null },
  t: (k: string) => string,
) {
  if (!doc.year) return '—';
  return doc.quarter ? `${t(`documents.quarter.${doc.quarter}`)} ${doc.year}` : String(doc.year);
}

/** The agency's documents with filters, and the two ways a document starts: generate or upload. */
export function DocumentsListPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const [kind, setKind] = useState<string | null>(null);
  const [year, setYear] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const documents = useDocuments(me.agencyId, { kind, year: year ? Number(year) : null, status });
  return (
    <>
      <PageHeader
        title={t('documents.listTitle')}
        description={t('documents.listDescription')}
        actions={
          <UploadVersionButton
            agencyId={me.agencyId}
            onDone={(result) => navigate(documentPath(result.documentId))}
          />
        }
      />
      <Stack gap="lg">
        <NewReportPanel onDone={(documentId, versionId) => navigate(documentPath(documentId, versionId))} />
        <Title order={2} size="h4" mb={-8}>
          {t('documents.allDocuments')}
        </Title>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Select
            label={t('documents.kindLabel')}
            placeholder={t('documents.allKinds')}
            data={KINDS.map((k) => ({ value: k, label: t(`documents.kind.${k}`) }))}
            value={kind}
            onChange={setKind}
            clearable
            w={230}
          />
          <Select
            label={t('documents.yearLabel')}
            placeholder={t('documents.allYears')}
            data={yearOptions()}
            value={year}
            onChange={setYear}
            clearable
            w={140}
          />
          <Select
            label={t('documents.statusLabel')}
            placeholder={t('documents.allStatuses')}
            data={STATUSES.map((s) => ({ value: s, label: t(`documents.status.${s}`) }))}
            value={status}
            onChange={setStatus}
            clearable
            w={200}
          />
        </Group>
        <QueryState query={documents}>
          {(rows) => <DocumentTable rows={rows} timeZone={me.timeZone} />}
        </QueryState>
      </Stack>
    </>
  );
}

function DocumentTable({ rows, timeZone }: { rows: DocumentSummary[]; timeZone: string }) {
  const { t } = useTranslation();
  return (
    <ResponsiveTable
      caption={t('documents.listCaption')}
      rows={rows}
      rowKey={(doc) => doc.id}
      minWidth={860}
      empty={
        <Card withBorder radius="md" padding="lg">
          <EmptyState title={t('documents.empty')} size="sm" />
        </Card>
      }
      columns={[
        {
          key: 'title',
          header: t('documents.title'),
          render: (doc) => (
            <Stack gap={0}>
              <Anchor component={Link} to={documentPath(doc.id)} fw={600} className="alur-break">
                {doc.title}
              </Anchor>
              {doc.subject && doc.subject !== doc.title && (
                <Text size="xs" c="dimmed" className="alur-break">
                  {doc.subject}
                </Text>
              )}
              {doc.runPurpose && (
                <Text size="xs" c="dimmed">
                  {t('documents.fromRun', { purpose: doc.runPurpose })}
                </Text>
              )}
            </Stack>
          ),
        },
        { key: 'kind', header: t('documents.kindLabel'), render: (doc) => t(`documents.kind.${doc.kind}`) },
        { key: 'period', header: t('documents.period'), render: (doc) => documentPeriod(doc, t) },
        {
          key: 'status',
          header: t('documents.statusLabel'),
          render: (doc) => <DocumentStatusBadge status={doc.status} />,
        },
        {
          key: 'latest',
          header: t('documents.latestVersion'),
          render: (doc) =>
            doc.latestVersion ? (
              <Text size="sm" component="span">
                {t('documents.versionNumber', { number: doc.latestVersion.number })} ·{' '}
                {formatDateTime(doc.latestVersion.createdAt, timeZone)} · {doc.latestVersion.authorName}
              </Text>
            ) : (
              '—'
            ),
        },
        { key: 'number', header: t('documents.letterNumber'), render: (doc) => doc.letterNumber ?? '—' },
      ]}
    />
  );
}

/** Generate a report of the agency for a period: LKjIP, quarterly monitoring, Perjanjian Kinerja. */
function NewReportPanel({ onDone }: { onDone: (documentId: string, versionId: string) => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<GeneratedDocumentKind>('lkjip');
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [quarter, setQuarter] = useState('1');
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="new-report-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="new-report-heading">
          {t('documents.newReport')}
        </Title>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Select
            label={t('documents.kindLabel')}
            data={PERIOD_KINDS.map((k) => ({ value: k, label: t(`documents.kind.${k}`) }))}
            value={kind}
            onChange={(v) => v && setKind(v as GeneratedDocumentKind)}
            allowDeselect={false}
            w={230}
          />
          <Select
            label={t('documents.yearLabel')}
            data={yearOptions()}
            value={year}
            onChange={(v) => v && setYear(v)}
            allowDeselect={false}
            w={120}
          />
          {kind === 'pemantauan' && (
            <Select
              label={t('documents.quarterLabel')}
              data={['1', '2', '3', '4'].map((q) => ({ value: q, label: t(`documents.quarter.${q}`) }))}
              value={quarter}
              onChange={(v) => v && setQuarter(v)}
              allowDeselect={false}
              w={120}
            />
          )}
        </Group>
        <GenerateDocumentButton
          key={`${kind}-${year}-${quarter}`}
          kind={kind}
          year={Number(year)}
          quarter={kind === 'pemantauan' ? Number(quarter) : null}
          onDone={(versionId, documentId) => onDone(documentId, versionId)}
        />
      </Stack>
    </Paper>
  );
}
