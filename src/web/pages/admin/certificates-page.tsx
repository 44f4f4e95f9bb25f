import { Button, FileInput, Group, Modal, PasswordInput, Select, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificateStatus, SigningCertificate } from '../../../contract';
import { AdminAgencyPage } from '../../admin/admin-page';
import { agencyKey, agencyPath, usePeople } from '../../admin/agency-queries';
import { apiRequest } from '../../api/api-client';
import { useSession } from '../../api/use-session';
import { FormErrorSummary } from '../../components/form-error-summary';
import { FormModal } from '../../components/form-modal';
import { formatDate } from '../../components/format-date';
import { QueryState } from '../../components/query-state';
import { ResponsiveTable } from '../../components/responsive-table';
import { StatusMessage } from '../../components/status-message';
import { useApiForm } from '../../components/use-api-form';
import { ToneBadge } from '../../runs/tone-badge';
import type { Tone } from '../../runs/tone-text';
import { commonNameOf, detailsOf } from '../verification/distinguished-name';
import { postFormData } from '../verification/post-form-data';

/** NIP as printed on documents: 8 + 6 + 1 + 3 digits ("19671129 199803 1 003"). */
function formatNip(nip: string): string {
  return /^\d{18}$/.test(nip)
    ? `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`
    : nip;
}

const STATUS_TONE: Record<CertificateStatus, Tone> = {
  valid: 'green',
  expired: 'red',
  not_yet_valid: 'orange',
  revoked: 'gray',
};
const STATUS_KEY: Record<CertificateStatus, string> = {
  valid: 'certificates.statusValid',
  expired: 'certificates.statusExpired',
  not_yet_valid: 'certificates.statusNotYetValid',
  revoked: 'certificates.statusRevoked',
};

/** Agency administrators: the signing certificates of the agency's people (upload, validity, revoke). */
export function CertificatesPage() {
  const { t } = useTranslation();
  return (
    <AdminAgencyPage title={t('certificates.title')} description={t('certificates.description')}>
      {(agencyId) => <CertificatesAdmin agencyId={agencyId} />}
    </AdminAgencyPage>
  );
}

function useCertificates(agencyId: string) {
  return useQuery({
    queryKey: agencyKey(agencyId, 'signing-certificates'),
    queryFn: () => apiRequest<SigningCertificate[]>('GET', agencyPath(agencyId, '/signing-certificates')),
  });
}

function CertificatesAdmin({ agencyId }: { agencyId: string }) {
  const { t } = useTranslation();
  const certificates = useCertificates(agencyId);
  const client = useQueryClient();
  const [uploading, setUploading] = useState(false);
  const [revoking, setRevoking] = useState<SigningCertificate | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: agencyKey(agencyId, 'signing-certificates') });

  return (
    <>
      <StatusMessage message={status} onDone={() => setStatus(null)} />
      <Group justify="flex-end" mb="md">
        <Button onClick={() => setUploading(true)}>{t('certificates.upload')}</Button>
      </Group>
      <QueryState query={certificates}>
        {(rows) => (
          <ResponsiveTable
            caption={t('certificates.caption')}
            rows={rows}
            rowKey={(c) => c.id}
            minWidth={900}
            columns={[
              {
                key: 'holder',
                header: t('certificates.holder'),
                render: (c) => (
                  <>
                    <div>{c.personName}</div>
                    {c.personNip && (
                      <Text size="xs" c="dimmed" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                        {formatNip(c.personNip)}
                      </Text>
                    )}
                  </>
                ),
              },
              {
                key: 'subject',
                header: t('certificates.subject'),
                render: (c) => (
                  <>
                    <Text size="sm" className="alur-break">
                      {commonNameOf(c.subject)}
                    </Text>
                    <Text size="xs" c="dimmed" className="alur-break">
                      {detailsOf(c.subject)}
                    </Text>
                    <Text size="xs" c="dimmed" ff="monospace" className="alur-break">
                      {t('certificates.serial', { serial: c.serial })}
                    </Text>
                  </>
                ),
              },
              {
                key: 'issuer',
                header: t('certificates.issuer'),
                render: (c) => (
                  <>
                    <Text size="sm" className="alur-break">
                      {commonNameOf(c.issuer)}
                    </Text>
                    <Text size="xs" c="dimmed" className="alur-break">
                      {detailsOf(c.issuer)}
                    </Text>
                  </>
                ),
              },
              {
                key: 'validity',
                header: t('certificates.validity'),
                render: (c) => (
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {t('certificates.validRange', {
                      from: formatDate(c.notBefore),
                      to: formatDate(c.notAfter),
                    })}
                  </Text>
                ),
              },
              {
                key: 'status',
                header: t('certificates.status'),
                render: (c) => (
                  <ToneBadge tone={STATUS_TONE[c.status]} tt="none">
                    {t(STATUS_KEY[c.status])}
                  </ToneBadge>
                ),
              },
            ]}
            actionsHeader={t('common.actions')}
            actions={(c) =>
              c.status === 'revoked' ? null : (
                <Button
                  size="xs"
                  variant="default"
                  color="red"
                  onClick={() => setRevoking(c)}
                  aria-label={t('certificates.revokeNamed', { name: c.personName })}
                >
                  {t('certificates.revoke')}
                </Button>
              )
            }
            empty={<Text c="dimmed">{t('certificates.empty')}</Text>}
          />
        )}
      </QueryState>
      {uploading && (
        <UploadCertificateModal
          agencyId={agencyId}
          onClose={() => setUploading(false)}
          onSaved={async (saved) => {
            setUploading(false);
            setStatus(t('certificates.uploaded', { name: saved.personName }));
            await refresh();
          }}
        />
      )}
      {revoking && (
        <RevokeModal
          agencyId={agencyId}
          certificate={revoking}
          onClose={() => setRevoking(null)}
          onRevoked={async () => {
            setStatus(t('certificates.revoked', { name: revoking.personName }));
            setRevoking(null);
            await refresh();
          }}
        />
      )}
    </>
  );
}

function UploadCertificateModal({
  agencyId,
  onClose,
  onSaved,
}: {
  agencyId: string;
  onClose: () => void;
  onSaved: (saved: SigningCertificate) => void;
}) {
  const { t } = useTranslation();
  const people = usePeople(agencyId);
  const session = useSession();
  const form = useApiForm({ personId: null as string | null, passphrase: '', file: null as File | null });
  const mutation = useMutation({
    mutationFn: () => {
      const body = new FormData();
      body.append('personId', form.values.personId ?? '');
      body.append('passphrase', form.values.passphrase);
      if (form.values.file) body.append('file', form.values.file, form.values.file.name);
      return postFormData<SigningCertificate>(
        agencyPath(agencyId, '/signing-certificates'),
        body,
        session.data?.csrfToken,
      );
    },
    onSuccess: (saved) => {
      // Nothing of the passphrase outlives the request.
      form.set('passphrase', '');
      onSaved(saved);
    },
    onError: (error) => {
      form.set('passphrase', '');
      form.setError(error);
    },
  });
  const v = form.values;
  return (
    <FormModal
      opened
      title={t('certificates.uploadTitle')}
      onClose={onClose}
      pending={mutation.isPending}
      error={form.error}
      onSubmit={() => mutation.mutate()}
      submitLabel={t('certificates.submit')}
    >
      <Select
        label={t('certificates.person')}
        placeholder={t('certificates.personPlaceholder')}
        name="personId"
        searchable
        data={(people.data ?? []).map((p) => ({
          value: p.id,
          label: p.nip ? `${p.fullName} — ${p.nip}` : p.fullName,
        }))}
        value={v.personId}
        onChange={(value) => form.set('personId', value)}
        error={form.fieldError('personId')}
        nothingFoundMessage={t('common.noMatch')}
        withAsterisk
        data-autofocus
      />
      <FileInput
        label={t('certificates.file')}
        placeholder={t('certificates.filePlaceholder')}
        name="p12"
        accept=".p12,.pfx,application/x-pkcs12"
        value={v.file}
        onChange={(file) => form.set('file', file)}
        error={form.fieldError('p12')}
        clearable
        clearButtonProps={{ 'aria-label': t('certificates.clearFile') }}
        withAsterisk
      />
      <PasswordInput
        label={t('certificates.passphrase')}
        description={t('certificates.passphraseHint')}
        name="passphrase"
        autoComplete="off"
        value={v.passphrase}
        onChange={(e) => form.set('passphrase', e.currentTarget.value)}
        error={form.fieldError('passphrase')}
        withAsterisk
      />
    </FormModal>
  );
}

function RevokeModal({
  agencyId,
  certificate,
  onClose,
  onRevoked,
}: {
  agencyId: string;
  certificate: SigningCertificate;
  onClose: () => void;
  onRevoked: () => void;
}) {
  const { t } = useTranslation();
  const form = useApiForm({});
  const mutation = useMutation({
    mutationFn: () =>
      apiRequest<SigningCertificate>(
        'POST',
        agencyPath(agencyId, `/signing-certificates/${certificate.id}/revoke`),
      ),
    onSuccess: onRevoked,
    onError: form.setError,
  });
  return (
    <Modal opened onClose={onClose} title={t('certificates.revokeTitle')} centered>
      <Stack>
        <FormErrorSummary error={form.error} />
        <Text>{t('certificates.revokeQuestion', { name: certificate.personName })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={mutation.isPending} onClick={() => mutation.mutate()}>
            {t('certificates.revoke')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
