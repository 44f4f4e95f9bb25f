import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { DocumentPage, DocumentVersion } from '../../contract';
import { useMe } from '../api/use-session';
import { formatDateTime } from '../components/format-date';
import { ResponsiveTable } from '../components/responsive-table';
import { VersionOriginBadge } from './document-badges';
import { versionFileUrl } from './document-queries';

/** Every version, newest first: who made it, when, in which run step, and its files to download. */
export function VersionsSection({ document, selected }: { document: DocumentPage; selected: string | null }) {
  const { t } = useTranslation();
  const me = useMe();
  const files = (v: DocumentVersion) => (
    <Group gap="sm" wrap="wrap">
      {v.hasPdf && (
        <Anchor
          href={versionFileUrl(document.id, v.id, 'pdf')}
          download
          aria-label={t('documents.download.pdfOf', { number: v.number })}
        >
          PDF
        </Anchor>
      )}
      {v.hasDocx && (
        <Anchor
          href={versionFileUrl(document.id, v.id, 'docx')}
          download
          aria-label={t('documents.download.docxOf', { number: v.number })}
        >
          DOCX
        </Anchor>
      )}
      {v.hasUpload && v.origin === 'upload' && (
        <Anchor
          href={versionFileUrl(document.id, v.id, 'upload')}
          download
          aria-label={t('documents.download.fileOf', { number: v.number })}
        >
          {v.uploadName ?? t('documents.download.file')}
        </Anchor>
      )}
    </Group>
  );
  return (
    <ResponsiveTable
      caption={t('documents.versions.caption')}
      rows={document.versions}
      rowKey={(v) => v.id}
      minWidth={760}
      empty={<Text c="dimmed">{t('documents.versions.none')}</Text>}
      columns={[
        {
          key: 'number',
          header: t('documents.versions.number'),
          render: (v) => (
            <Group gap="xs" wrap="nowrap">
              <Text fw={v.id === selected ? 800 : 600} component="span">
                {t('documents.versionNumber', { number: v.number })}
              </Text>
              <VersionOriginBadge origin={v.origin} />
            </Group>
          ),
        },
        {
          key: 'who',
          header: t('documents.versions.madeBy'),
          render: (v) => (
            <Stack gap={0}>
              <Text size="sm" component="span">
                {v.authorName}
              </Text>
              <Text size="xs" c="dimmed" component="span">
                {formatDateTime(v.createdAt, me.timeZone)}
              </Text>
            </Stack>
          ),
        },
        {
          key: 'step',
          header: t('documents.versions.step'),
          render: (v) =>
            v.runId && v.stepNumber ? (
              <Anchor component={Link} to={`/runs/${v.runId}`} size="sm">
                {t('documents.versions.stepOfRun', { step: v.stepNumber })}
              </Anchor>
            ) : (
              '—'
            ),
        },
        {
          key: 'note',
          header: t('documents.versions.note'),
          render: (v) => (
            <Text size="sm" component="span" className="alur-break">
              {v.note ?? '—'}
            </Text>
          ),
        },
        { key: 'files', header: t('documents.versions.files'), render: files },
      ]}
    />
  );
}
