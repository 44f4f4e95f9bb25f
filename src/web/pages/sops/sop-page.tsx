import {
  Alert,
  Button,
  Group,
  List,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { SopVersion } from '../../../contract';
import { usePositions } from '../../admin/agency-queries';
import { apiRequest } from '../../api/api-client';
import { ApiRequestError } from '../../api/api-request-error';
import { isAdmin, useMe } from '../../api/use-session';
import { FormErrorSummary } from '../../components/form-error-summary';
import { FormModal } from '../../components/form-modal';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { FloatingStatus } from '../../runs/floating-status';
import { sopKey, sopsKey, useSop } from '../../runs/run-queries';
import { StartRunModal } from '../../runs/start-run-modal';
import { DARK_TEXT } from '../../runs/tone-text';
import { SopStepTable } from './sop-step-table';

export function SopPage() {
  const { sopId = '' } = useParams();
  const query = useSop(sopId);
  return <QueryState query={query}>{(sop) => <SopView sop={sop} />}</QueryState>;
}

function asError(failure: unknown): ApiRequestError {
  return failure instanceof ApiRequestError
    ? failure
    : new ApiRequestError(0, { code: 'UNKNOWN', message: String(failure) });
}

function SopView({ sop }: { sop: SopVersion }) {
  const { t } = useTranslation();
  const me = useMe();
  const admin = isAdmin(me);
  const [status, setStatus] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const { identity } = sop.definition;
  const published = sop.status === 'published';
  return (
    <Stack gap="lg">
      <PageHeader
        title={identity.title}
        description={`${sop.code} · ${t('sop.versionLabel', { version: sop.version })} · ${t(
          published ? 'sop.statusPublished' : 'sop.statusDraft',
        )}`}
        actions={
          <>
            {published && <Button onClick={() => setStarting(true)}>{t('sop.startRun')}</Button>}
            {admin && (
              <Button component={Link} to={`/sops/${sop.sopId}/edit`} variant="default">
                {t('sopEditor.edit')}
              </Button>
            )}
            {admin && !published && (
              <Button onClick={() => setPublishing(true)} disabled={sop.problems.length > 0}>
                {t('sop.publish')}
              </Button>
            )}
          </>
        }
      />
      <FloatingStatus message={status} onDone={() => setStatus(null)} />
      {!published && (
        <Alert color="yellow" variant="light">
          {t('sop.notPublished')}
        </Alert>
      )}

      <section aria-labelledby="sop-sheet">
        <Title order={2} size="h4" id="sop-sheet" mb="sm">
          {t('sop.sheetTitle')}
        </Title>
        <Group gap="xs" mb="sm">
          {(['pdf', 'docx', 'xlsx', 'bpmn', 'yaml'] as const).map((format) => (
            <Button
              key={format}
              component="a"
              variant="default"
              size="xs"
              href={`/api/sops/${sop.sopId}/export?format=${format}&version=${sop.version}`}
              download
            >
              {t(`sop.download.${format}`)}
            </Button>
          ))}
        </Group>
        <Paper withBorder radius="md" p="xs" style={{ overflowX: 'auto' }}>
          <img
            src={`/api/sops/${sop.sopId}/export?format=svg&version=${sop.version}`}
            alt={t('sop.sheetAlt', { title: identity.title })}
            style={{ display: 'block', width: '100%', minWidth: 720, height: 'auto' }}
            loading="lazy"
          />
        </Paper>
      </section>

      <section aria-labelledby="sop-identity">
        <Title order={2} size="h4" id="sop-identity" mb="sm">
          {t('sop.identity')}
        </Title>
        <Paper withBorder p="md" radius="md">
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <Stack gap={4}>
              {identity.government && <Text fw={600}>{identity.government}</Text>}
              <Text fw={600}>{identity.agencyName}</Text>
              <Field label={t('sop.number')} value={identity.number} />
              <Field label={t('sop.createdOn')} value={identity.createdOn} />
              <Field label={t('sop.revisedOn')} value={identity.revisedOn} />
              <Field
                label={t(identity.effectiveLabel === 'efektif' ? 'sop.effectiveOn' : 'sop.approvedOn')}
                value={identity.effectiveOn}
              />
              {identity.approvedBy && (
                <Field
                  label={t('sop.approvedBy')}
                  value={[
                    identity.approvedBy.position,
                    identity.approvedBy.name,
                    identity.approvedBy.nip && `NIP ${identity.approvedBy.nip}`,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                />
              )}
            </Stack>
            <Stack gap="xs">
              <Items label={t('sop.legalBasis')} items={identity.legalBasis} />
              <Items label={t('sop.qualifications')} items={identity.qualifications} />
              <Items label={t('sop.relatedSops')} items={identity.relatedSops.map((r) => r.text)} />
              <Items label={t('sop.equipment')} items={identity.equipment} />
              <Field label={t('sop.warning')} value={identity.warning} />
              <Field label={t('sop.recordKeeping')} value={identity.recordKeeping} />
            </Stack>
          </SimpleGrid>
        </Paper>
      </section>

      <section aria-labelledby="sop-flow">
        <Title order={2} size="h4" id="sop-flow" mb="sm">
          {t('sop.flowTitle')}
        </Title>
        <SopStepTable definition={sop.definition} />
      </section>

      <section aria-labelledby="sop-problems">
        <Title order={2} size="h4" id="sop-problems" mb="sm">
          {t('sop.problems')}
        </Title>
        {sop.problems.length === 0 ? (
          <Text c={DARK_TEXT.green} data-testid="sop-no-problems">
            {t('sop.noProblems')}
          </Text>
        ) : (
          <Alert color="red" variant="light" data-testid="sop-problems">
            <List size="sm">
              {sop.problems.map((p) => (
                <List.Item key={`${p.field}:${p.message}`}>{p.message}</List.Item>
              ))}
            </List>
          </Alert>
        )}
      </section>

      {admin && <LaneMapping sop={sop} onSaved={setStatus} />}

      {sop.definition.curationNotes.length > 0 && (
        <section aria-labelledby="sop-curation">
          <Title order={2} size="h4" id="sop-curation" mb="sm">
            {t('sop.curationNotes')}
          </Title>
          <List size="sm" spacing={4}>
            {sop.definition.curationNotes.map((note) => (
              <List.Item key={note}>{note}</List.Item>
            ))}
          </List>
        </section>
      )}

      <StartRunModal opened={starting} onClose={() => setStarting(false)} sopId={sop.sopId} />
      <PublishModal sop={sop} opened={publishing} onClose={() => setPublishing(false)} onDone={setStatus} />
    </Stack>
  );
}

function Field({ label, value }: { label: string; value: string | null }) {
  if (!value) return null;
  return (
    <Text size="sm">
      <Text span fw={600}>
        {label}:
      </Text>{' '}
      {value}
    </Text>
  );
}

function Items({ label, items }: { label: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <div>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <List size="sm" spacing={2}>
        {items.map((item) => (
          <List.Item key={item}>{item}</List.Item>
        ))}
      </List>
    </div>
  );
}

/** An administrator picks the position that plays each lane of the SOP. */
function LaneMapping({ sop, onSaved }: { sop: SopVersion; onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const client = useQueryClient();
  const positions = usePositions(me.agencyId);
  const [lanes, setLanes] = useState<Record<string, string | null>>({});
  const [error, setError] = useState<ApiRequestError | null>(null);
  useEffect(() => {
    setLanes(Object.fromEntries(sop.lanes.map((lane) => [lane.key, lane.positionId])));
  }, [sop.lanes]);
  const mutation = useMutation({
    mutationFn: () => apiRequest('PUT', `/api/sops/${sop.sopId}/lanes`, { lanes }),
    onSuccess: () => {
      setError(null);
      void client.invalidateQueries({ queryKey: sopKey(sop.sopId) });
      onSaved(t('sop.lanesSaved'));
    },
    onError: (failure) => setError(asError(failure)),
  });
  const options = (positions.data ?? []).map((p) => ({ value: p.id, label: `${p.title} (${p.unitName})` }));
  return (
    <section aria-labelledby="sop-lanes">
      <Title order={2} size="h4" id="sop-lanes" mb={4}>
        {t('sop.lanesTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('sop.lanesHint')}
      </Text>
      <Paper withBorder p="md" radius="md">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            mutation.mutate();
          }}
          noValidate
        >
          <Stack gap="sm">
            <FormErrorSummary error={error} />
            {sop.lanes.map((lane) => (
              <Select
                key={lane.key}
                label={t('sop.lanePosition', { lane: lane.label })}
                placeholder={t('sop.laneUnmapped')}
                data={options}
                value={lanes[lane.key] ?? null}
                onChange={(value) => setLanes((current) => ({ ...current, [lane.key]: value }))}
                searchable
                clearable
                data-lane={lane.key}
              />
            ))}
            <Group>
              <Button type="submit" loading={mutation.isPending}>
                {t('sop.saveLanes')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </section>
  );
}

function PublishModal({
  sop,
  opened,
  onClose,
  onDone,
}: {
  sop: SopVersion;
  opened: boolean;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const client = useQueryClient();
  const [effectiveDate, setEffectiveDate] = useState('');
  const [error, setError] = useState<ApiRequestError | null>(null);
  const mutation = useMutation({
    mutationFn: () =>
      apiRequest<{ version: number }>('POST', `/api/sops/${sop.sopId}/publish`, {
        effectiveDate: effectiveDate || null,
      }),
    onSuccess: (result) => {
      void client.invalidateQueries({ queryKey: sopKey(sop.sopId) });
      void client.invalidateQueries({ queryKey: sopsKey(me.agencyId) });
      onClose();
      onDone(t('sop.published', { version: result.version }));
    },
    onError: (failure) => setError(asError(failure)),
  });
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t('sop.publishTitle')}
      onSubmit={() => {
        setError(null);
        mutation.mutate();
      }}
      pending={mutation.isPending}
      error={error}
      submitLabel={t('sop.publish')}
    >
      <TextInput
        type="date"
        label={t('sop.effectiveDate')}
        value={effectiveDate}
        onChange={(e) => setEffectiveDate(e.currentTarget.value)}
      />
    </FormModal>
  );
}
