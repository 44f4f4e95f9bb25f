import { Alert, Anchor, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import type { SopVersion } from '../../../contract';
import { apiRequest } from '../../api/api-client';
import { ApiRequestError } from '../../api/api-request-error';
import { isAdmin, useMe } from '../../api/use-session';
import { FormErrorSummary } from '../../components/form-error-summary';
import { PageHeader } from '../../components/page-header';
import { QueryState } from '../../components/query-state';
import { FloatingStatus } from '../../runs/floating-status';
import { sopKey, sopsKey, useSop } from '../../runs/run-queries';
import { canonicalJson } from '../../sop-editor/canonical-json';
import {
  draftFromDefinition,
  type EditorDraft,
  emptyDraft,
  toDefinition,
} from '../../sop-editor/editor-draft';
import { FlowchartPreview } from '../../sop-editor/flowchart-preview';
import { IdentityForm } from '../../sop-editor/identity-form';
import { LaneMappingPanel } from '../../sop-editor/lane-mapping-panel';
import { LanesEditor } from '../../sop-editor/lanes-editor';
import { indexProblems, type Problem } from '../../sop-editor/problem-index';
import { PublishPanel } from '../../sop-editor/publish-panel';
import { StepTable } from '../../sop-editor/step-table';

/** `/sops/new`: an empty SOP form for the administrator's agency. */
export function NewSopEditorPage() {
  const me = useMe();
  const initial = useMemo(() => emptyDraft({ code: me.agencyCode, name: me.agencyName }), [me]);
  return (
    <AdminOnly>
      <SopEditor initial={initial} sop={null} />
    </AdminOnly>
  );
}

/** `/sops/:sopId/edit`: the latest version (a published one is edited into a new draft). */
export function EditSopEditorPage() {
  const { sopId = '' } = useParams();
  const query = useSop(sopId);
  return (
    <AdminOnly>
      <QueryState query={query}>{(sop) => <LoadedEditor key={sop.sopId} sop={sop} />}</QueryState>
    </AdminOnly>
  );
}

function LoadedEditor({ sop }: { sop: SopVersion }) {
  // The draft is taken from the server once; later fetches refresh problems and mappings only.
  const [initial] = useState(() => draftFromDefinition(sop.definition));
  return <SopEditor initial={initial} sop={sop} />;
}

function AdminOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  if (!isAdmin(me))
    return (
      <Alert color="yellow" role="alert">
        {t('sopEditor.adminsOnly')}
      </Alert>
    );
  return <>{children}</>;
}

function SopEditor({ initial, sop }: { initial: EditorDraft; sop: SopVersion | null }) {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const location = useLocation();
  const client = useQueryClient();
  const [draft, setDraft] = useState(initial);
  const [baseline, setBaseline] = useState(() => canonicalJson(toDefinition(initial)));
  const [status, setStatus] = useState<string | null>(
    (location.state as { status?: string } | null)?.status ?? null,
  );
  const [saveError, setSaveError] = useState<ApiRequestError | null>(null);

  const definition = useMemo(() => toDefinition(draft), [draft]);
  const dirty = sop === null || canonicalJson(definition) !== baseline;
  const problemList: Problem[] = [...(saveError?.fields ?? []), ...(sop?.problems ?? [])];
  const problems = indexProblems(
    problemList,
    draft.lanes.map((l) => l.key),
  );
  const usedLanes = new Set(draft.steps.map((s) => s.lane));

  const save = useMutation({
    mutationFn: () =>
      apiRequest<{ sopId: string; version: number }>('POST', `/api/agencies/${me.agencyId}/sops`, {
        definition,
      }),
    onSuccess: async (result) => {
      setSaveError(null);
      setBaseline(canonicalJson(definition));
      const message = t('sopEditor.saved', { version: result.version });
      await client.invalidateQueries({ queryKey: sopsKey(me.agencyId) });
      if (sop === null) {
        navigate(`/sops/${result.sopId}/edit`, { replace: true, state: { status: message } });
        return;
      }
      await client.invalidateQueries({ queryKey: sopKey(result.sopId) });
      setStatus(message);
    },
    onError: (failure) =>
      setSaveError(
        failure instanceof ApiRequestError
          ? failure
          : new ApiRequestError(0, { code: 'UNKNOWN', message: String(failure) }),
      ),
  });

  const title = sop
    ? t('sopEditor.editTitle', { title: sop.definition.identity.title })
    : t('sopEditor.newTitle');
  const saveButton = (
    <Button onClick={() => save.mutate()} loading={save.isPending} data-testid="save-draft">
      {t('sopEditor.saveDraft')}
    </Button>
  );
  return (
    <Stack gap="lg">
      <PageHeader
        title={title}
        description={
          sop
            ? `${sop.code} · ${t('sopEditor.versionStatus', {
                version: sop.version,
                status: t(sop.status === 'published' ? 'sopEditor.statusPublished' : 'sopEditor.statusDraft'),
              })}`
            : t('sopEditor.newDescription')
        }
        actions={
          <>
            {sop && (
              <Anchor component={Link} to={`/sops/${sop.sopId}`} size="sm">
                {t('sopEditor.openSopPage')}
              </Anchor>
            )}
            {saveButton}
          </>
        }
      />
      <FloatingStatus message={status} onDone={() => setStatus(null)} />
      {sop?.status === 'published' && (
        <Alert color="blue" variant="light">
          {t('sopEditor.editingPublished', { version: sop.version })}
        </Alert>
      )}
      <FormErrorSummary error={saveError} />
      {sop && sop.problems.length > 0 && (
        <Alert
          color="red"
          variant="light"
          title={t('sopEditor.problemsTitle', { count: sop.problems.length })}
          data-testid="editor-problems"
        >
          {dirty && (
            <Text size="sm" mb={4}>
              {t('sopEditor.problemsStale')}
            </Text>
          )}
          <List size="sm" spacing={2}>
            {sop.problems.map((p) => (
              <List.Item key={`${p.field}:${p.message}`}>{p.message}</List.Item>
            ))}
          </List>
        </Alert>
      )}

      <Section id="editor-identity" title={t('sopEditor.identity')}>
        <IdentityForm
          draft={draft}
          isNew={sop === null}
          problems={problems}
          onCode={(code) => setDraft((d) => ({ ...d, code }))}
          onChange={(key, value) => setDraft((d) => ({ ...d, identity: { ...d.identity, [key]: value } }))}
        />
      </Section>

      <Section id="editor-lanes" title={t('sopEditor.lanes')} hint={t('sopEditor.lanesHint')}>
        <LanesEditor
          lanes={draft.lanes}
          usedKeys={usedLanes}
          problems={problems}
          onChange={(lanes) => setDraft((d) => ({ ...d, lanes }))}
        />
      </Section>

      <Section id="editor-steps" title={t('sopEditor.steps')} hint={t('sopEditor.stepsHint')}>
        {problems.general.length > 0 && (
          <Alert color="red" variant="light" mb="sm" data-testid="general-problems">
            <List size="sm">
              {problems.general.map((p) => (
                <List.Item key={`${p.field}:${p.message}`}>{p.message}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        <StepTable
          steps={draft.steps}
          lanes={draft.lanes}
          problems={problems}
          onChange={(steps) => setDraft((d) => ({ ...d, steps }))}
        />
      </Section>

      <Section id="editor-flowchart" title={t('sopEditor.flowchart')} hint={t('sopEditor.flowchartHint')}>
        {draft.lanes.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('sopEditor.noLanes')}
          </Text>
        ) : (
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to scroll by keyboard
          <section tabIndex={0} style={{ overflowX: 'auto' }} aria-label={t('sopEditor.flowchart')}>
            <FlowchartPreview definition={definition} />
          </section>
        )}
      </Section>

      <Group>{saveButton}</Group>

      {sop && (
        <Section id="editor-mapping" title={t('sopEditor.mapping')}>
          <LaneMappingPanel sop={sop} agencyId={me.agencyId} problems={problems} onSaved={setStatus} />
        </Section>
      )}
      {sop && (
        <Section id="editor-publish" title={t('sopEditor.publishTitle')}>
          <PublishPanel sop={sop} agencyId={me.agencyId} dirty={dirty} onPublished={setStatus} />
        </Section>
      )}
    </Stack>
  );
}

function Section({
  id,
  title,
  hint,
  children,
}: {
  id: string;
  title: string;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb={hint ? 2 : 'sm'}>
        {title}
      </Title>
      {hint && (
        <Text size="sm" c="dimmed" mb="sm">
          {hint}
        </Text>
      )}
      {children}
    </section>
  );
}
