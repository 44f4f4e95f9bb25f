import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  PasswordInput,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentPage } from '../../contract';
import { apiRequest } from '../api/api-client';
import { useMe } from '../api/use-session';
import { FormErrorSummary } from '../components/form-error-summary';
import { formatDateTime } from '../components/format-date';
import { usePhoneLayout } from '../components/use-phone-layout';
import { asApiError, useDocumentAction } from './document-queries';

/**
 * Paraf and signatures: the trail of initials (marking those on older content), the signatures, and
 * the actions the person may take: initial the latest version, prepare the version for signing
 * (refused when the content changed after a paraf), sign with the certificate's passphrase.
 */
export function SigningSection({
  document,
  onDone,
}: {
  document: DocumentPage;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const latest = document.versions[0];
  const [signing, setSigning] = useState(false);
  const paraf = useDocumentAction(document.id, (versionId: string) =>
    apiRequest('POST', `/api/documents/${document.id}/paraf`, { versionId }),
  );
  const prepare = useDocumentAction(document.id, () =>
    apiRequest<{ versionId: string }>('POST', `/api/documents/${document.id}/prepare-for-signing`, {}),
  );
  const failure = paraf.error ?? prepare.error;
  return (
    <Stack gap="lg">
      <FormErrorSummary error={failure ? asApiError(failure) : null} />
      <Group gap="sm" wrap="wrap">
        {document.permissions.canParaf && latest && (
          <Button
            variant="default"
            loading={paraf.isPending}
            onClick={() =>
              paraf.mutate(latest.id, {
                onSuccess: () => onDone(t('documents.signing.parafDone', { number: latest.number })),
              })
            }
          >
            {t('documents.signing.paraf', { number: latest.number })}
          </Button>
        )}
        {document.permissions.canPrepare && (
          <Button
            variant="default"
            loading={prepare.isPending}
            onClick={() =>
              prepare.mutate(undefined, { onSuccess: () => onDone(t('documents.signing.prepared')) })
            }
          >
            {t('documents.signing.prepare')}
          </Button>
        )}
        {document.permissions.canSign && (
          <Button onClick={() => setSigning(true)}>{t('documents.signing.sign')}</Button>
        )}
      </Group>
      {document.verificationToken && (
        <Text size="sm">
          {t('documents.signing.verification')}{' '}
          <Anchor href={`/verifikasi/${document.verificationToken}`} target="_blank">
            /verifikasi/{document.verificationToken}
          </Anchor>
        </Text>
      )}
      <Paper withBorder radius="md" p="md" component="section" aria-labelledby="paraf-heading">
        <Title order={3} size="h5" id="paraf-heading" mb="xs">
          {t('documents.signing.parafTrail')}
        </Title>
        {document.paraf.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('documents.signing.noParaf')}
          </Text>
        ) : (
          <Stack gap={6} component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
            {document.paraf.map((p) => (
              <Group key={p.id} component="li" gap="xs" wrap="wrap" data-testid="paraf-entry">
                <Text size="sm" fw={600}>
                  {p.positionTitle}
                </Text>
                <Text size="sm">{p.personName}</Text>
                <Text size="xs" c="dimmed">
                  {formatDateTime(p.at, me.timeZone)} ·{' '}
                  {t('documents.versionNumber', { number: p.versionNumber })}
                </Text>
                {!p.current && (
                  <Badge color="orange" variant="light" size="sm">
                    {t('documents.signing.parafOlder')}
                  </Badge>
                )}
              </Group>
            ))}
          </Stack>
        )}
      </Paper>
      <Paper withBorder radius="md" p="md" component="section" aria-labelledby="signature-heading">
        <Title order={3} size="h5" id="signature-heading" mb="xs">
          {t('documents.signing.signatures')}
        </Title>
        {document.signatures.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('documents.signing.noSignatures')}
          </Text>
        ) : (
          <Stack gap={6}>
            {document.signatures.map((s) => (
              <Group key={s.id} gap="xs" wrap="wrap" data-testid="signature-entry">
                <Text size="sm" fw={600}>
                  {s.personName}
                </Text>
                <Text size="sm">{s.positionTitle}</Text>
                <Text size="xs" c="dimmed">
                  {formatDateTime(s.signedAt, me.timeZone)}
                </Text>
              </Group>
            ))}
          </Stack>
        )}
        {document.signatories.length > 0 && (
          <Text size="xs" c="dimmed" mt="xs">
            {t('documents.signing.expected', {
              names: document.signatories.map((s) => `${s.name}${s.signed ? ' ✓' : ''}`).join(', '),
            })}
          </Text>
        )}
      </Paper>
      <SignModal document={document} opened={signing} onClose={() => setSigning(false)} onDone={onDone} />
    </Stack>
  );
}

/** Asks the passphrase of the signer's certificate (never stored); names a wrong one or an expired certificate. */
function SignModal({
  document,
  opened,
  onClose,
  onDone,
}: {
  document: DocumentPage;
  opened: boolean;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const phone = usePhoneLayout();
  const [passphrase, setPassphrase] = useState('');
  const unsigned = document.signatories.filter((s) => !s.signed);
  const [signatoryKey, setSignatoryKey] = useState<string | null>(null);
  const sign = useDocumentAction(document.id, (input: { passphrase: string; signatoryKey: string | null }) =>
    apiRequest('POST', `/api/documents/${document.id}/sign`, input),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    sign.mutate(
      { passphrase, signatoryKey },
      {
        onSuccess: () => {
          setPassphrase('');
          onClose();
          onDone(t('documents.signing.signed'));
        },
        onSettled: () => setPassphrase(''),
      },
    );
  };
  const error = sign.error ? asApiError(sign.error) : null;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('documents.signing.signTitle')}
      fullScreen={phone}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <Alert color="blue" variant="light">
            {t('documents.signing.signHint', { title: document.title })}
          </Alert>
          <FormErrorSummary error={error} />
          {unsigned.length > 1 && (
            <Select
              label={t('documents.signing.block')}
              placeholder={t('documents.signing.blockAuto')}
              data={unsigned.map((s) => ({ value: s.key, label: `${s.name} — ${s.roleLines.join(' ')}` }))}
              value={signatoryKey}
              onChange={setSignatoryKey}
              clearable
            />
          )}
          <PasswordInput
            label={t('documents.signing.passphrase')}
            value={passphrase}
            onChange={(e) => setPassphrase(e.currentTarget.value)}
            error={error?.fields.find((f) => f.field === 'passphrase')?.message}
            autoComplete="off"
            required
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={sign.isPending} disabled={passphrase.length === 0}>
              {t('documents.signing.signSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
