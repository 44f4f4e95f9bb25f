import {
  Alert,
  Anchor,
  Box,
  Button,
  Center,
  Code,
  FileInput,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { CheckedSignature, FileCheck, FileOutcome, Verification } from '../../../contract';
import { apiRequest } from '../../api/api-client';
import { ApiRequestError } from '../../api/api-request-error';
import { FormErrorSummary } from '../../components/form-error-summary';
import { formatDate, formatDateTime } from '../../components/format-date';
import { useApiForm } from '../../components/use-api-form';
import { usePageTitle } from '../../components/use-page-title';
import { ToneBadge } from '../../runs/tone-badge';
import { LanguageToggle } from '../../shell/language-toggle';
import { commonNameOf } from './distinguished-name';
import { postFormData } from './post-form-data';

/** Indonesia's zones as people write them after a time ("11.00 WITA"). */
const ZONE: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

function signedTime(iso: string, timeZone: string): string {
  return `${formatDateTime(iso, timeZone)} ${ZONE[timeZone] ?? timeZone}`;
}

/**
 * The public page a signed document's QR code opens (`/verifikasi/<token>`): no sign-in, built for a
 * phone. It shows the record (number, date, subject, agency, signers, the final file's SHA-256) and
 * checks a PDF the reader holds against it.
 */
export function PublicVerificationPage() {
  const { t } = useTranslation();
  usePageTitle(t('publicVerification.pageTitle'));
  const { token = '' } = useParams();
  const record = useQuery({
    queryKey: ['public-verification', token],
    queryFn: () => apiRequest<Verification>('GET', `/api/public/verifications/${encodeURIComponent(token)}`),
  });

  return (
    <Box mih="100vh" bg="gray.1" py="md" px="sm">
      <Box component="header" maw={760} mx="auto">
        <Group justify="space-between" wrap="nowrap">
          <Anchor component={Link} to="/" underline="never" c="blue.9" fw={800} fz="xl">
            {t('app.name')}
          </Anchor>
          <LanguageToggle />
        </Group>
      </Box>
      <Box component="main" maw={760} mx="auto" mt="md">
        <Stack gap="md">
          <div>
            <Title order={1} size="h2">
              {t('publicVerification.title')}
            </Title>
            <Text c="dimmed" size="sm">
              {t('publicVerification.intro')}
            </Text>
          </div>
          {record.isPending ? (
            <Center py="xl">
              <Loader aria-label={t('common.loading')} />
            </Center>
          ) : record.isError ? (
            <Alert
              color="red"
              role="alert"
              title={
                record.error instanceof ApiRequestError && record.error.status === 404
                  ? t('publicVerification.notFoundTitle')
                  : t('publicVerification.title')
              }
            >
              {record.error.message}
            </Alert>
          ) : (
            <>
              <RecordCard record={record.data} />
              <CheckFileCard token={token} timeZone={record.data.agency.timeZone} />
            </>
          )}
        </Stack>
      </Box>
    </Box>
  );
}

function RecordCard({ record }: { record: Verification }) {
  const { t } = useTranslation();
  const signed = record.sha256 !== null;
  return (
    <Paper
      withBorder
      shadow="xs"
      radius="md"
      p={{ base: 'sm', sm: 'lg' }}
      component="section"
      aria-labelledby="record-heading"
    >
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Title order={2} size="h4" id="record-heading" style={{ flex: '1 1 16rem' }}>
            {record.title}
          </Title>
          <ToneBadge tone={signed ? 'green' : 'orange'} size="lg" tt="none">
            {signed ? t('publicVerification.signed') : t('publicVerification.notSigned')}
          </ToneBadge>
        </Group>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" verticalSpacing="sm" component="dl" m={0}>
          <Field label={t('publicVerification.number')} value={record.number ?? '—'} />
          <Field
            label={t('publicVerification.date')}
            value={record.date ? formatDate(record.date, 'long') : '—'}
          />
          <Field label={t('publicVerification.subject')} value={record.subject} wide />
          <Field
            label={t('publicVerification.agency')}
            value={`${record.agency.name}, ${record.agency.regionName}`}
            wide
          />
        </SimpleGrid>
        <div>
          <Text fw={600} size="sm" mb={6} component="h3">
            {t('publicVerification.signers')}
          </Text>
          {record.signers.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('publicVerification.noSigners')}
            </Text>
          ) : (
            <Stack gap={8} component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
              {record.signers.map((signer) => (
                <Box
                  component="li"
                  key={`${signer.name}-${signer.signedAt}`}
                  p="xs"
                  bg="gray.0"
                  style={{ borderRadius: 6 }}
                >
                  <Text fw={600}>{signer.name}</Text>
                  <Text size="sm">{signer.position}</Text>
                  <Text size="sm" c="dimmed">
                    {t('publicVerification.signedAt', {
                      time: signedTime(signer.signedAt, record.agency.timeZone),
                    })}
                  </Text>
                </Box>
              ))}
            </Stack>
          )}
        </div>
        {record.sha256 && (
          <div>
            <Text fw={600} size="sm" component="h3" mb={4}>
              {t('publicVerification.hash')}
            </Text>
            <Code
              block
              className="alur-break"
              data-testid="final-sha256"
              style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}
            >
              {record.sha256}
            </Code>
            <Text size="xs" c="dimmed" mt={4}>
              {t('publicVerification.hashHint')}
            </Text>
          </div>
        )}
      </Stack>
    </Paper>
  );
}

function Field({ label, value, wide }: { label: string; value: string; wide?: boolean }) {
  return (
    <Box style={wide ? { gridColumn: '1 / -1' } : undefined}>
      <Text component="dt" size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {value}
      </Text>
    </Box>
  );
}

const OUTCOME_COLOR: Record<FileOutcome, string> = {
  match: 'green',
  not_final: 'yellow',
  altered: 'red',
  unknown: 'orange',
};
const OUTCOME_KEY: Record<FileOutcome, string> = {
  match: 'publicVerification.outcomeMatch',
  not_final: 'publicVerification.outcomeNotFinal',
  altered: 'publicVerification.outcomeAltered',
  unknown: 'publicVerification.outcomeUnknown',
};

function CheckFileCard({ token, timeZone }: { token: string; timeZone: string }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const form = useApiForm({});
  const check = useMutation({
    mutationFn: (chosen: File) => {
      const body = new FormData();
      body.append('file', chosen, chosen.name);
      return postFormData<FileCheck>(`/api/public/verifications/${encodeURIComponent(token)}/check`, body);
    },
    onError: form.setError,
    onSuccess: () => form.setError(null),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    check.mutate(file);
  };
  return (
    <Paper
      withBorder
      shadow="xs"
      radius="md"
      p={{ base: 'sm', sm: 'lg' }}
      component="section"
      aria-labelledby="check-heading"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="check-heading">
            {t('publicVerification.checkTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('publicVerification.checkIntro')}
          </Text>
          <FormErrorSummary error={form.error} />
          <FileInput
            label={t('publicVerification.checkFile')}
            placeholder={t('publicVerification.checkPlaceholder')}
            accept="application/pdf,.pdf"
            name="file"
            value={file}
            onChange={(chosen) => {
              setFile(chosen);
              check.reset();
            }}
            error={form.fieldError('file')}
            clearable
            clearButtonProps={{ 'aria-label': t('publicVerification.clearFile') }}
          />
          <Group>
            <Button type="submit" loading={check.isPending} disabled={!file}>
              {t('publicVerification.checkSubmit')}
            </Button>
          </Group>
          {check.data && <CheckResult result={check.data} timeZone={timeZone} />}
        </Stack>
      </form>
    </Paper>
  );
}

function CheckResult({ result, timeZone }: { result: FileCheck; timeZone: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" aria-live="polite" data-testid="check-result" data-outcome={result.outcome}>
      <Alert
        color={OUTCOME_COLOR[result.outcome]}
        variant="light"
        role="status"
        title={t(OUTCOME_KEY[result.outcome])}
      >
        <Text size="xs" className="alur-break" style={{ wordBreak: 'break-all' }}>
          {t('publicVerification.fileHash', { hash: result.sha256 })}
        </Text>
        {result.bytesAfterLastSignature > 0 && (
          <Text size="sm" mt={4}>
            {t('publicVerification.appended', { count: result.bytesAfterLastSignature })}
          </Text>
        )}
      </Alert>
      <Text fw={600} size="sm" component="h3">
        {t('publicVerification.signaturesFound')}
      </Text>
      {result.signatures.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('publicVerification.noSignaturesFound')}
        </Text>
      ) : (
        <Stack gap={8} component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
          {result.signatures.map((signature) => (
            <FoundSignature
              key={`${signature.certificate?.serial}-${signature.signingTime}-${signature.signerName}`}
              signature={signature}
              timeZone={timeZone}
            />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function FoundSignature({ signature, timeZone }: { signature: CheckedSignature; timeZone: string }) {
  const { t } = useTranslation();
  const certificate = signature.certificate;
  return (
    <Box component="li" p="xs" bg="gray.0" style={{ borderRadius: 6 }}>
      <Group justify="space-between" align="flex-start" gap="xs">
        <Text fw={600}>{signature.signerName ?? t('publicVerification.unknownSigner')}</Text>
        <Group gap={6}>
          <ToneBadge tone={signature.intact ? 'green' : 'red'} tt="none">
            {signature.intact ? t('publicVerification.intact') : t('publicVerification.broken')}
          </ToneBadge>
          <ToneBadge tone={signature.recorded ? 'blue' : 'gray'} tt="none">
            {signature.recorded ? t('publicVerification.recorded') : t('publicVerification.notRecorded')}
          </ToneBadge>
        </Group>
      </Group>
      {signature.signingTime && (
        <Text size="sm" c="dimmed">
          {t('publicVerification.signedAt', { time: signedTime(signature.signingTime, timeZone) })}
        </Text>
      )}
      {certificate && (
        <Text size="xs" c="dimmed" className="alur-break">
          {t('publicVerification.certificate', {
            issuer: commonNameOf(certificate.issuer),
            from: formatDate(certificate.notBefore),
            to: formatDate(certificate.notAfter),
          })}
        </Text>
      )}
      {signature.certificateValidAtSigning === false && (
        <Text size="xs" c="red.8">
          {t('publicVerification.certificateInvalidAtSigning')}
        </Text>
      )}
    </Box>
  );
}
