import { Alert, Button, FileButton, Group, Modal, Progress, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  AgreementsXlsxImportResult,
  RenstraXlsxImportResult,
  WorkbookProblem,
  XlsxImportInfo,
  XlsxImportRejected,
} from '../../contract';
import { apiRequest } from '../api/api-client';
import { ResponsiveTable } from '../components/responsive-table';
import { usePhoneLayout } from '../components/use-phone-layout';
import { currentLanguage } from '../i18n/i18n';
import { perfKey, perfPath } from './performance-queries';

type Kind = 'renstra' | 'agreements';

type Upload =
  | { phase: 'uploading'; fileName: string; percent: number }
  | { phase: 'checking'; fileName: string }
  | { phase: 'done'; fileName: string; result: RenstraXlsxImportResult | AgreementsXlsxImportResult }
  | { phase: 'refused'; fileName: string; message: string; problems: WorkbookProblem[] }
  | { phase: 'failed'; fileName: string; message: string };

/**
 * "Impor XLSX" for the Renstra or the year's PK: picks a workbook in the layout of the XLSX export,
 * uploads it with a progress bar, and shows what was imported (counts) or, when the file is refused,
 * every problem as a table of sheet, row, column and message. Shown only to people who may import
 * (the planning unit at Pengawas level or above, and administrators).
 */
export function ImportXlsxButton({ kind, agencyId }: { kind: Kind; agencyId: string }) {
  const { t } = useTranslation();
  const phone = usePhoneLayout();
  const client = useQueryClient();
  const info = useQuery({
    queryKey: perfKey(agencyId, 'xlsx-import'),
    queryFn: () => apiRequest<XlsxImportInfo>('GET', perfPath(agencyId, '/performance-xlsx-import')),
  });
  const [upload, setUpload] = useState<Upload | null>(null);
  const [opened, setOpened] = useState(false);
  const resetRef = useRef<() => void>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (upload?.phase === 'refused' || upload?.phase === 'done' || upload?.phase === 'failed')
      statusRef.current?.focus();
  }, [upload?.phase]);
  if (!info.data?.canImport) return null;
  const maxBytes = info.data.maxBytes;

  const start = async (file: File | null) => {
    resetRef.current?.();
    if (!file) return;
    setOpened(true);
    const fileName = file.name;
    if (file.size > maxBytes) {
      setUpload({
        phase: 'refused',
        fileName,
        message: t('perfImport.notSent'),
        problems: [
          {
            sheet: null,
            row: null,
            column: null,
            columnName: null,
            message: t('perfImport.tooLarge', {
              size: (file.size / 1024 / 1024).toFixed(1),
              limit: maxBytes / 1024 / 1024,
            }),
          },
        ],
      });
      return;
    }
    setUpload({ phase: 'uploading', fileName, percent: 0 });
    try {
      const answer = await sendWorkbook(perfPath(agencyId, `/${kind}/xlsx`), file, (percent) =>
        setUpload(
          percent < 100 ? { phase: 'uploading', fileName, percent } : { phase: 'checking', fileName },
        ),
      );
      if (answer.status === 200) {
        setUpload({
          phase: 'done',
          fileName,
          result: answer.body as RenstraXlsxImportResult | AgreementsXlsxImportResult,
        });
        await client.invalidateQueries({ queryKey: perfKey(agencyId) });
        return;
      }
      const error = (answer.body as XlsxImportRejected | null)?.error;
      if (answer.status === 422 && error)
        setUpload({
          phase: 'refused',
          fileName,
          message: error.message,
          problems:
            error.problems ??
            (error.fields ?? []).map((f) => ({
              sheet: null,
              row: null,
              column: null,
              columnName: null,
              message: f.message,
            })),
        });
      else
        setUpload({
          phase: 'failed',
          fileName,
          message: error?.message ?? t('errors.unexpected', { status: answer.status }),
        });
    } catch {
      setUpload({ phase: 'failed', fileName, message: t('errors.network') });
    }
  };

  const busy = upload?.phase === 'uploading' || upload?.phase === 'checking';
  // A name for the hidden file input, and a handle for browser tests (`setInputFiles`).
  const inputProps = {
    'data-testid': `import-xlsx-input-${kind}`,
    'aria-label': t(`perfImport.${kind}.choose`),
  };
  const chooser = (label: string, variant: 'filled' | 'default') => (
    <FileButton
      onChange={(file) => void start(file)}
      accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      resetRef={resetRef}
      disabled={busy}
      inputProps={inputProps}
    >
      {(props) => (
        <Button {...props} variant={variant} loading={busy && !opened}>
          {label}
        </Button>
      )}
    </FileButton>
  );

  return (
    <>
      {chooser(t(`perfImport.${kind}.button`), 'default')}
      <Modal
        opened={opened}
        onClose={() => !busy && setOpened(false)}
        title={t(`perfImport.${kind}.title`)}
        size="xl"
        fullScreen={phone}
        closeOnClickOutside={!busy}
        closeOnEscape={!busy}
        withCloseButton={!busy}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t(`perfImport.${kind}.hint`)}
          </Text>
          {upload && (
            <Text size="sm">
              {t('perfImport.file')}: <b className="alur-break">{upload.fileName}</b>
            </Text>
          )}
          <div ref={statusRef} tabIndex={-1} role="status" aria-live="polite" style={{ outline: 'none' }}>
            {upload?.phase === 'uploading' && (
              <Stack gap={4}>
                <Text size="sm">{t('perfImport.uploading', { percent: upload.percent })}</Text>
                <Progress value={upload.percent} aria-label={t('perfImport.progress')} />
              </Stack>
            )}
            {upload?.phase === 'checking' && (
              <Stack gap={4}>
                <Text size="sm">{t('perfImport.checking')}</Text>
                <Progress value={100} striped animated aria-label={t('perfImport.progress')} />
              </Stack>
            )}
            {upload?.phase === 'done' && (
              <Alert
                color="green"
                variant="light"
                title={t('perfImport.accepted')}
                data-testid="import-success"
              >
                <Stack gap={2}>
                  {summary(upload.result).map((line) => (
                    <Text size="sm" key={line}>
                      {line}
                    </Text>
                  ))}
                </Stack>
              </Alert>
            )}
            {upload?.phase === 'failed' && (
              <Alert color="red" variant="light" title={t('perfImport.failed')} role="alert">
                {upload.message}
              </Alert>
            )}
            {upload?.phase === 'refused' && (
              <Alert
                color="red"
                variant="light"
                title={upload.message}
                role="alert"
                data-testid="import-refused"
              >
                <Text size="sm">{t('perfImport.fixAndRetry', { n: upload.problems.length })}</Text>
              </Alert>
            )}
          </div>
          {upload?.phase === 'refused' && (
            <div data-testid="import-problems">
              <ResponsiveTable
                caption={t('perfImport.problems.caption')}
                rows={upload.problems.map((p, k) => ({ ...p, key: k }))}
                rowKey={(p) => String(p.key)}
                minWidth={640}
                empty={null}
                columns={[
                  {
                    key: 'sheet',
                    header: t('perfImport.problems.sheet'),
                    render: (p) => p.sheet ?? t('perfImport.problems.wholeFile'),
                  },
                  { key: 'row', header: t('perfImport.problems.row'), render: (p) => p.row ?? '–' },
                  {
                    key: 'column',
                    header: t('perfImport.problems.column'),
                    render: (p) =>
                      p.column ? `${p.column}${p.columnName ? ` (${p.columnName})` : ''}` : '–',
                  },
                  {
                    key: 'message',
                    header: t('perfImport.problems.message'),
                    render: (p) => <span className="alur-break">{p.message}</span>,
                  },
                ]}
              />
            </div>
          )}
          <Group justify="flex-end" gap="sm">
            {(upload?.phase === 'refused' || upload?.phase === 'failed') &&
              chooser(t('perfImport.chooseAnother'), 'filled')}
            <Button variant="default" onClick={() => setOpened(false)} disabled={busy}>
              {t('common.close')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );

  function summary(result: RenstraXlsxImportResult | AgreementsXlsxImportResult): string[] {
    if ('renstraId' in result)
      return [
        t(result.created ? 'perfImport.renstra.created' : 'perfImport.renstra.updated', {
          from: result.startYear,
          to: result.endYear,
        }),
        t('perfImport.renstra.indicators', result.indicators),
        t('perfImport.renstra.nodes', result.nodes),
        ...(result.fundedNodes > 0 ? [t('perfImport.renstra.funding', { n: result.fundedNodes })] : []),
      ];
    return [
      t('perfImport.agreements.done', { year: result.year }),
      t('perfImport.agreements.counts', result.agreements),
      t('perfImport.agreements.rows', { rows: result.indicatorRows, plans: result.actionPlans }),
    ];
  }
}

/**
 * Sends the file as `multipart/form-data` with the session's CSRF token and the interface language,
 * reporting upload progress (0–100). XMLHttpRequest rather than fetch: only it reports the progress
 * of a request body. Resolves with the status and the parsed JSON body (null when not JSON).
 */
async function sendWorkbook(
  path: string,
  file: File,
  onProgress: (percent: number) => void,
): Promise<{ status: number; body: unknown }> {
  const session = await fetch('/api/auth/session', { credentials: 'same-origin' });
  const token = ((await session.json()) as { csrfToken?: string }).csrfToken ?? '';
  const form = new FormData();
  form.append('file', file, file.name);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.withCredentials = true;
    xhr.setRequestHeader('x-csrf-token', token);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('accept-language', currentLanguage());
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.min(99, Math.round((event.loaded / event.total) * 100)));
    };
    xhr.upload.onload = () => onProgress(100);
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // Not JSON (a proxy's error page): the caller shows a generic message with the status.
      }
      resolve({ status: xhr.status, body });
    };
    xhr.onerror = () => reject(new Error('network'));
    xhr.send(form);
  });
}
