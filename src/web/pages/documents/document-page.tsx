import { Alert, Anchor, Badge, Group, Stack, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import type { DocumentPage as DocumentPageData, GeneratedDocumentKind } from '../../../contract';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { ArchivePanel } from '../../documents/archive-panel';
import { CommentsSection } from '../../documents/comments-section';
import { CompareView } from '../../documents/compare-view';
import { DistributionPanel } from '../../documents/distribution-panel';
import { DocumentStatusBadge } from '../../documents/document-badges';
import { useDocument } from '../../documents/document-queries';
import { GenerateDocumentButton } from '../../documents/generate-document-button';
import { GenerationProgress } from '../../documents/generation-progress';
import { NarrativeEditor } from '../../documents/narrative-editor';
import { SigningSection } from '../../documents/signing-section';
import { UploadVersionButton } from '../../documents/upload-version-button';
import { VersionsSection } from '../../documents/versions-section';
import { FloatingStatus } from '../../runs/floating-status';
import { documentPeriod } from './documents-list-page';

const TABS = ['versions', 'narrative', 'comments', 'compare', 'signing', 'send'] as const;
type Tab = (typeof TABS)[number];

/** One document: versions and files, the narrative editor, comments, comparison, paraf and signatures. */
export function DocumentPage() {
  const { documentId = '' } = useParams();
  const query = useDocument(documentId);
  return <QueryState query={query}>{(document) => <DocumentView document={document} />}</QueryState>;
}

function DocumentView({ document }: { document: DocumentPageData }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [status, setStatus] = useState<string | null>(null);
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '')
    ? (params.get('tab') as Tab)
    : 'versions';
  const selectTab = (value: string | null) => {
    const next = new URLSearchParams(params);
    next.set('tab', value ?? 'versions');
    setParams(next, { replace: true });
  };
  const draft = document.status === 'draft';
  const generated = document.kind !== 'upload' && document.year !== null;
  const openComments = document.comments.filter((c) => !c.resolvedAt).length;
  // What is sent and archived: the newest version (the signed PDF once there is one).
  const latest = document.versions[0];
  return (
    <Stack gap="md">
      <PageHeader
        title={document.title}
        description={
          <Group gap="xs" component="span" wrap="wrap">
            <Text span size="sm">
              {t(`documents.kind.${document.kind}`)} · {documentPeriod(document, t)}
            </Text>
            <DocumentStatusBadge status={document.status} />
            {document.letterNumber && (
              <Badge variant="outline" color="gray">
                {t('documents.numbered', { number: document.letterNumber.number })}
              </Badge>
            )}
          </Group>
        }
        actions={
          document.permissions.canWrite &&
          draft && (
            <UploadVersionButton
              documentId={document.id}
              runId={document.run?.id ?? null}
              onDone={(result) => setStatus(t('documents.upload.done', { number: result.number }))}
            />
          )
        }
      />
      <FloatingStatus message={status} onDone={() => setStatus(null)} />
      {document.subject && (
        <Text size="sm" c="dimmed" mt={-12}>
          {document.subject}
        </Text>
      )}
      {document.run && (
        <Text size="sm">
          {t('documents.partOfRun')}{' '}
          <Anchor component={Link} to={`/runs/${document.run.id}`}>
            {document.run.purpose}
          </Anchor>
        </Text>
      )}
      {document.activeJobId && <GenerationProgress jobId={document.activeJobId} />}
      {document.permissions.canWrite && draft && generated && (
        <GenerateDocumentButton
          kind={document.kind as GeneratedDocumentKind}
          year={document.year!}
          quarter={document.quarter}
          sourceRef={document.sourceRef}
          runId={document.run?.id ?? null}
          documentId={document.id}
          agencyId={document.agencyId}
          label={t('documents.regenerate')}
          variant="light"
          onDone={(_versionId) => setStatus(t('documents.generate.done'))}
        />
      )}
      {!draft && (
        <Alert color="blue" variant="light">
          {t(`documents.lockedNote.${document.status}`, { defaultValue: t('documents.lockedNote.final') })}
        </Alert>
      )}
      <Tabs value={tab} onChange={selectTab} keepMounted={false}>
        <Tabs.List style={{ overflowX: 'auto', flexWrap: 'nowrap' }}>
          <Tabs.Tab value="versions">
            {t('documents.tabs.versions', { count: document.versions.length })}
          </Tabs.Tab>
          {document.hasNarrative && <Tabs.Tab value="narrative">{t('documents.tabs.narrative')}</Tabs.Tab>}
          <Tabs.Tab value="comments">{t('documents.tabs.comments', { count: openComments })}</Tabs.Tab>
          {document.hasNarrative && <Tabs.Tab value="compare">{t('documents.tabs.compare')}</Tabs.Tab>}
          <Tabs.Tab value="signing">{t('documents.tabs.signing')}</Tabs.Tab>
          {latest && <Tabs.Tab value="send">{t('documents.tabs.send')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="versions" pt="md">
          <VersionsSection document={document} selected={params.get('version')} />
        </Tabs.Panel>
        <Tabs.Panel value="narrative" pt="md">
          <NarrativeEditor
            documentId={document.id}
            kind={document.kind}
            editable={document.permissions.canWrite && draft}
            comments={document.comments}
            onSaved={setStatus}
          />
        </Tabs.Panel>
        <Tabs.Panel value="comments" pt="md">
          <CommentsSection document={document} onDone={setStatus} />
        </Tabs.Panel>
        <Tabs.Panel value="compare" pt="md">
          <CompareView document={document} />
        </Tabs.Panel>
        <Tabs.Panel value="signing" pt="md">
          <SigningSection document={document} onDone={setStatus} />
        </Tabs.Panel>
        {latest && (
          <Tabs.Panel value="send" pt="md">
            <Stack gap="lg">
              <Text size="sm" c="dimmed">
                {t('documents.sendVersion', { number: latest.number })}
              </Text>
              <DistributionPanel documentId={document.id} versionId={latest.id} />
              <ArchivePanel documentId={document.id} versionId={latest.id} />
            </Stack>
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}
