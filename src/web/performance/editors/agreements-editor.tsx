import { Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementsEditor as AgreementsEditorData, EditorAgreement } from '../../../contract';
import { ConfirmDeleteModal } from '../../components/confirm-delete-modal';
import { QueryState } from '../../components/query-state';
import { StatusMessage } from '../../components/status-message';
import { usePhoneLayout } from '../../components/use-phone-layout';
import { formatNumberId } from '../format-id';
import { ScrollTable } from '../scroll-table';
import { ActionPlanTable } from './action-plan-table';
import { AddAgreementIndicatorForm, AgreementPartiesForm } from './agreement-forms';
import { canonicalDraft, draftOf } from './decimal-draft';
import { EditNoticeArea } from './edit-notices';
import { useAgreementsEditor, useSendEdit } from './editor-queries';
import { InlineCell } from './inline-cell';

type AgreementRow = EditorAgreement['indicators'][number];

/**
 * The year's Perjanjian Kinerja and Rencana Aksi. The planning unit changes the parties, number and
 * date of a PK, adds and removes its indicators, edits each target in place (a reason when it leaves
 * the Renstra target), and edits the TW I–IV targets of the Rencana Aksi in place.
 */
export function AgreementsEditor({ agencyId, year }: { agencyId: string; year: number }) {
  const { t } = useTranslation();
  const query = useAgreementsEditor(agencyId, year);
  return (
    <EditNoticeArea>
      <QueryState query={query}>
        {(editor) => (
          <>
            <Agreements agencyId={agencyId} editor={editor} />
            <Title order={2} size="h3" mt="xl" mb="sm">
              {t('perf.pk.actionPlan')}
            </Title>
            <ActionPlanTable agencyId={agencyId} editor={editor} />
          </>
        )}
      </QueryState>
    </EditNoticeArea>
  );
}

function Agreements({ agencyId, editor }: { agencyId: string; editor: AgreementsEditorData }) {
  const { t } = useTranslation();
  const send = useSendEdit(agencyId);
  const [parties, setParties] = useState<EditorAgreement | null>(null);
  const [adding, setAdding] = useState<EditorAgreement | null>(null);
  const [removing, setRemoving] = useState<{ agreement: EditorAgreement; row: AgreementRow } | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const phone = usePhoneLayout();
  if (editor.agreements.length === 0) return <Text c="dimmed">{t('perf.pk.empty')}</Text>;
  return (
    <>
      <StatusMessage message={status} onDone={() => setStatus(null)} />
      <Stack gap="md">
        {editor.agreements.map((a) => (
          <Paper key={a.id} withBorder p="md" radius="md" data-agreement={a.firstParty.title}>
            <Group justify="space-between" wrap="wrap" mb="xs" gap="xs">
              <Group gap="xs">
                <Title order={2} size="h4">
                  {a.firstParty.title}
                </Title>
                <Badge variant="light">{t(`perf.pk.level.${a.level}`)}</Badge>
              </Group>
              {editor.canPlan && (
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => setParties(a)}
                  aria-label={t('perfEdit.pk.editPartiesOf', { title: a.firstParty.title })}
                >
                  {t('perfEdit.pk.editParties')}
                </Button>
              )}
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mb="sm">
              <Party label={t('perf.pk.firstParty')} party={a.firstParty} />
              <Party label={t('perf.pk.secondParty')} party={a.secondParty} />
            </SimpleGrid>
            {(a.number || a.signedOn) && (
              <Text size="xs" c="dimmed" mb="xs">
                {[a.number, a.signedOn].filter(Boolean).join(' · ')}
              </Text>
            )}
            {phone ? (
              <Stack
                gap={6}
                component="ul"
                p={0}
                m={0}
                aria-label={a.firstParty.title}
                style={{ listStyle: 'none' }}
              >
                {a.indicators.map((i) => (
                  <Paper component="li" key={i.id} withBorder p="xs" radius="sm" data-code={i.code}>
                    <Text size="sm" className="alur-break">
                      <b>{i.code}</b> {i.name}
                    </Text>
                    <SimpleGrid cols={2} spacing={6} mt={4}>
                      <Stack gap={0}>
                        <Text size="xs" c="dimmed">
                          {t('perf.target')}
                        </Text>
                        <TargetCell
                          agencyId={agencyId}
                          agreement={a}
                          row={i}
                          editable={editor.canPlan}
                          align="left"
                        />
                      </Stack>
                      <Stack gap={0}>
                        <Text size="xs" c="dimmed">
                          {t('perf.pk.renstraTarget')}
                        </Text>
                        <Text size="sm">{formatNumberId(i.renstraTarget)}</Text>
                      </Stack>
                    </SimpleGrid>
                    {i.targetReason && (
                      <Text size="xs" c="gray.8">
                        {t('perf.pk.reason')}: {i.targetReason}
                      </Text>
                    )}
                    {editor.canPlan && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        mt={4}
                        onClick={() => setRemoving({ agreement: a, row: i })}
                        aria-label={t('perfEdit.pk.removeNamed', { code: i.code, title: a.firstParty.title })}
                      >
                        {t('perfEdit.pk.remove')}
                      </Button>
                    )}
                  </Paper>
                ))}
              </Stack>
            ) : (
              <ScrollTable label={a.firstParty.title} minWidth={editor.canPlan ? 600 : 480}>
                <Table verticalSpacing="xs" striped>
                  <caption className="alur-visually-hidden">{a.firstParty.title}</caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('perf.indicator')}</Table.Th>
                      <Table.Th scope="col" ta="right" w={170}>
                        {t('perf.target')}
                      </Table.Th>
                      <Table.Th scope="col" ta="right" w={120}>
                        {t('perf.pk.renstraTarget')}
                      </Table.Th>
                      {editor.canPlan && (
                        <Table.Th scope="col" w={90}>
                          {t('common.actions')}
                        </Table.Th>
                      )}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {a.indicators.map((i) => (
                      <Table.Tr key={i.id} data-code={i.code}>
                        <Table.Td maw={420}>
                          <Text size="sm" className="alur-break">
                            <b>{i.code}</b> {i.name}
                          </Text>
                          {i.targetReason && (
                            <Text size="xs" c="gray.8">
                              {t('perf.pk.reason')}: {i.targetReason}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td ta="right">
                          <TargetCell agencyId={agencyId} agreement={a} row={i} editable={editor.canPlan} />
                        </Table.Td>
                        <Table.Td ta="right">
                          <Text size="sm">{formatNumberId(i.renstraTarget)}</Text>
                        </Table.Td>
                        {editor.canPlan && (
                          <Table.Td>
                            <Button
                              size="compact-xs"
                              variant="subtle"
                              color="red"
                              onClick={() => setRemoving({ agreement: a, row: i })}
                              aria-label={t('perfEdit.pk.removeNamed', {
                                code: i.code,
                                title: a.firstParty.title,
                              })}
                            >
                              {t('perfEdit.pk.remove')}
                            </Button>
                          </Table.Td>
                        )}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollTable>
            )}
            {editor.canPlan && (
              <Button
                size="xs"
                variant="light"
                mt="sm"
                onClick={() => setAdding(a)}
                aria-label={t('perfEdit.pk.addIndicatorTitle', { title: a.firstParty.title })}
              >
                {t('perfEdit.pk.addIndicator')}
              </Button>
            )}
          </Paper>
        ))}
      </Stack>
      {parties && (
        <AgreementPartiesForm
          agencyId={agencyId}
          editor={editor}
          agreement={parties}
          onClose={() => setParties(null)}
          onSaved={() => {
            setParties(null);
            setStatus(t('common.saved'));
          }}
        />
      )}
      {adding && (
        <AddAgreementIndicatorForm
          agencyId={agencyId}
          editor={editor}
          agreement={adding}
          onClose={() => setAdding(null)}
          onSaved={(code) => {
            setAdding(null);
            setStatus(t('perfEdit.pk.added', { code }));
          }}
        />
      )}
      <ConfirmDeleteModal
        opened={removing !== null}
        itemName={
          removing
            ? t('perfEdit.pk.removeItem', {
                code: removing.row.code,
                title: removing.agreement.firstParty.title,
              })
            : ''
        }
        onClose={() => setRemoving(null)}
        onConfirm={async () => {
          if (removing)
            await send(
              'DELETE',
              `/agreement-indicators/${removing.row.id}?revision=${removing.row.revision}`,
            );
        }}
        onDeleted={() => {
          setRemoving(null);
          setStatus(t('perfEdit.pk.removed'));
        }}
      />
    </>
  );
}

/** A PK target edited in place; a value off the Renstra target asks for the reason beside it. */
function TargetCell({
  agencyId,
  agreement,
  row,
  editable,
  align = 'right',
}: {
  agencyId: string;
  agreement: EditorAgreement;
  row: AgreementRow;
  editable: boolean;
  align?: 'left' | 'right';
}) {
  const { t } = useTranslation();
  const send = useSendEdit(agencyId);
  const numeric = /^-?\d+(\.\d+)?$/.test(row.target);
  return (
    <InlineCell
      label={t('perfEdit.pk.targetOf', { code: row.code, title: agreement.firstParty.title })}
      editable={editable}
      kind={numeric ? 'decimal' : 'text'}
      align={align}
      initial={numeric ? draftOf(row.target) : row.target}
      initialReason={row.targetReason}
      needsReason={(draft) =>
        draft !== '' && (numeric ? canonicalDraft(draft) !== row.renstraTarget : draft !== row.renstraTarget)
      }
      display={
        <Text size="sm" component="span" style={{ whiteSpace: 'nowrap' }}>
          {formatNumberId(row.target)} {row.unitLabel}
        </Text>
      }
      onSave={(value, reason) =>
        send('PATCH', `/agreement-indicators/${row.id}`, {
          revision: row.revision,
          target: value,
          reason: reason === '' ? null : reason,
        })
      }
    />
  );
}

function Party({ label, party }: { label: string; party: EditorAgreement['firstParty'] }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={600}>
        {party.person?.fullName ?? '–'}
        {party.person && party.person.kind !== 'definitive' && (
          <Badge size="xs" ml={4} color="orange" variant="light">
            {party.person.kind.toUpperCase()}
          </Badge>
        )}
      </Text>
      <Text size="xs">{party.title}</Text>
      {party.person?.nip && (
        <Text size="xs" c="dimmed">
          NIP {party.person.nip}
        </Text>
      )}
    </Stack>
  );
}
