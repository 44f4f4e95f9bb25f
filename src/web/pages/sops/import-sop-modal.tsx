import { Button, FileButton, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { apiRequest } from '../../api/api-client';
import { ApiRequestError } from '../../api/api-request-error';
import { FormModal } from '../../components/form-modal';
import { sopsKey } from '../../runs/run-queries';

/** Reads a chosen file as the API wants it: text for YAML/JSON/BPMN, base64 for a spreadsheet. */
async function readSopFile(file: File): Promise<{ content: string; encoding: 'text' | 'base64' }> {
  if (/\.xlsx$/i.test(file.name)) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000)
      binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { content: btoa(binary), encoding: 'base64' };
  }
  return { content: await file.text(), encoding: 'text' };
}

/** An administrator imports an SOP file; it arrives as a draft and its page opens. */
export function ImportSopModal({
  agencyId,
  opened,
  onClose,
}: {
  agencyId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<ApiRequestError | null>(null);
  const mutation = useMutation({
    mutationFn: async (chosen: File | null) => {
      if (!chosen) throw new ApiRequestError(0, { code: 'FILE_REQUIRED', message: t('sop.importNoFile') });
      const { content, encoding } = await readSopFile(chosen);
      return apiRequest<{ sopId: string; version: number; code: string }>(
        'POST',
        `/api/agencies/${agencyId}/sops/import`,
        { fileName: chosen.name, content, encoding },
      );
    },
    onSuccess: (saved) => {
      void client.invalidateQueries({ queryKey: sopsKey(agencyId) });
      void client.invalidateQueries({ queryKey: ['sop', saved.sopId] });
      setFile(null);
      onClose();
      navigate(`/sops/${saved.sopId}`);
    },
    onError: (failure) =>
      setError(
        failure instanceof ApiRequestError
          ? failure
          : new ApiRequestError(0, { code: 'UNKNOWN', message: String(failure) }),
      ),
  });
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t('sop.importTitle')}
      onSubmit={() => {
        setError(null);
        mutation.mutate(file);
      }}
      pending={mutation.isPending}
      error={error}
      submitLabel={t('sop.importSubmit')}
    >
      <Text size="sm">{t('sop.importHint')}</Text>
      <div>
        <FileButton onChange={setFile} accept=".yaml,.yml,.json,.xlsx,.bpmn,.xml">
          {(buttonProps) => (
            <Button {...buttonProps} variant="default">
              {t('sop.importFile')}
            </Button>
          )}
        </FileButton>
        {file && (
          <Text size="sm" mt={4} data-testid="chosen-file">
            {t('task.chosenFile', { name: file.name })}
          </Text>
        )}
      </div>
    </FormModal>
  );
}
