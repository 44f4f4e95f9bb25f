import { Button, FileInput, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionResult } from '../../contract';
import type { ApiRequestError } from '../api/api-request-error';
import { FormErrorSummary } from '../components/form-error-summary';
import { usePhoneLayout } from '../components/use-phone-layout';
import { asApiError, documentsKey, uploadForm } from './document-queries';

/**
 * Uploads a file (PDF, DOCX, XLSX, ODT, PNG, JPEG; at most 20 MB) as the next version of a document,
 * or as a new document of the agency when `documentId` is absent (then a title is asked).
 */
export function UploadVersionButton({
  documentId,
  agencyId,
  runId,
  taskId,
  onDone,
  label,
}: {
  documentId?: string;
  agencyId?: string;
  runId?: string | null;
  taskId?: string | null;
  onDone?: (result: VersionResult) => void;
  label?: string;
}) {
  const { t } = useTranslation();
  const phone = usePhoneLayout();
  const client = useQueryClient();
  const [opened, setOpened] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [note, setNote] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiRequestError | null>(null);
  const fieldMessage = (name: string) =>
    error?.fields
      .filter((f) => f.field === name)
      .map((f) => f.message)
      .join(' ') || undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const form = new FormData();
    if (!documentId) form.append('title', title);
    if (note.trim()) form.append('note', note);
    if (runId) form.append('runId', runId);
    if (taskId) form.append('taskId', taskId);
    if (file) form.append('file', file, file.name);
    setPending(true);
    try {
      const result = await uploadForm(
        documentId ? `/api/documents/${documentId}/versions` : `/api/agencies/${agencyId}/documents/upload`,
        form,
      );
      await client.invalidateQueries({ queryKey: documentsKey });
      setOpened(false);
      setFile(null);
      setTitle('');
      setNote('');
      onDone?.(result);
    } catch (failure) {
      setError(asApiError(failure));
    } finally {
      setPending(false);
    }
  };
  return (
    <>
      <Button variant="default" onClick={() => setOpened(true)}>
        {label ?? (documentId ? t('documents.upload.newVersion') : t('documents.upload.newDocument'))}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={documentId ? t('documents.upload.newVersion') : t('documents.upload.newDocument')}
        fullScreen={phone}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <form onSubmit={submit} noValidate>
          <Stack>
            <FormErrorSummary error={error} />
            {!documentId && (
              <TextInput
                label={t('documents.upload.title')}
                value={title}
                onChange={(e) => setTitle(e.currentTarget.value)}
                error={fieldMessage('title')}
                required
              />
            )}
            <FileInput
              label={t('documents.upload.file')}
              description={t('documents.upload.fileHint')}
              value={file}
              onChange={setFile}
              accept=".pdf,.docx,.xlsx,.odt,.png,.jpg,.jpeg"
              error={fieldMessage('file')}
              clearable
              required
            />
            <Textarea
              label={t('documents.upload.note')}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              error={fieldMessage('note')}
              autosize
              minRows={2}
            />
            <Button type="submit" loading={pending} style={{ alignSelf: 'flex-end' }}>
              {t('documents.upload.submit')}
            </Button>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
