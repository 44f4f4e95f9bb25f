import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ApiError,
  DocumentPage,
  DocumentSummary,
  GenerationJob,
  GenerationRequestDto,
  NarrativeDto,
  VersionComparison,
  VersionResult,
} from '../../contract';
import { apiRequest } from '../api/api-client';
import { ApiRequestError } from '../api/api-request-error';
import { currentLanguage, i18n } from '../i18n/i18n';

/** Cached document data lives under `['documents', …]`: one invalidation refreshes lists and pages. */
export const documentsKey = ['documents'] as const;
export const documentKey = (documentId: string) => ['documents', 'one', documentId] as const;

export interface DocumentListFilters {
  kind?: string | null;
  year?: number | null;
  status?: string | null;
  runId?: string | null;
}

/** The page of a document (`/documents/:id`): where a task panel or a list links to. */
export const documentPath = (documentId: string, versionId?: string | null) =>
  `/documents/${documentId}${versionId ? `?version=${versionId}` : ''}`;

/** Download address of a version's file; a plain link works, the session cookie goes with it. */
export const versionFileUrl = (documentId: string, versionId: string, file: 'pdf' | 'docx' | 'upload') =>
  `/api/documents/${documentId}/versions/${versionId}/${file}`;

export function useDocuments(agencyId: string, filters: DocumentListFilters) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, String(value));
  const query = params.toString();
  return useQuery({
    queryKey: [...documentsKey, 'list', agencyId, query],
    queryFn: () =>
      apiRequest<DocumentSummary[]>('GET', `/api/agencies/${agencyId}/documents${query ? `?${query}` : ''}`),
  });
}

export function useDocument(documentId: string) {
  return useQuery({
    queryKey: documentKey(documentId),
    queryFn: () => apiRequest<DocumentPage>('GET', `/api/documents/${documentId}`),
  });
}

export function useNarrative(documentId: string, enabled = true) {
  return useQuery({
    queryKey: [...documentKey(documentId), 'narrative'],
    queryFn: () => apiRequest<NarrativeDto>('GET', `/api/documents/${documentId}/narrative`),
    enabled,
  });
}

export function useComparison(documentId: string, from: string | null, to: string | null) {
  return useQuery({
    queryKey: [...documentKey(documentId), 'compare', from, to],
    queryFn: () =>
      apiRequest<VersionComparison>('GET', `/api/documents/${documentId}/compare?from=${from}&to=${to}`),
    enabled: !!from && !!to && from !== to,
  });
}

/** Polls a generation job until it is done or failed (the job row is the truth; the poll reads it). */
export function useGenerationJob(jobId: string | null) {
  return useQuery({
    queryKey: ['generation-job', jobId],
    queryFn: () => apiRequest<GenerationJob>('GET', `/api/generation-jobs/${jobId}`),
    enabled: !!jobId,
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status === 'done' || status === 'failed' ? false : 800;
    },
  });
}

export function useRequestGeneration(agencyId: string) {
  return useMutation({
    mutationFn: (request: GenerationRequestDto) =>
      apiRequest<{ jobId: string }>('POST', `/api/agencies/${agencyId}/documents/generate`, request),
  });
}

/** A mutation on one document that refreshes its page and the lists when it succeeds. */
export function useDocumentAction<I, O>(documentId: string, action: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: action,
    onSuccess: () => void client.invalidateQueries({ queryKey: documentsKey }),
    onError: (error) => {
      if (error instanceof ApiRequestError && error.status === 409)
        void client.invalidateQueries({ queryKey: documentKey(documentId) });
    },
  });
}

/**
 * Sends a file as `multipart/form-data` (the JSON client cannot): takes a fresh CSRF token, sends the
 * interface language, and fails like the JSON client (an {@link ApiRequestError} naming the field).
 */
export async function uploadForm(path: string, form: FormData): Promise<VersionResult> {
  let token = '';
  try {
    const session = await fetch('/api/auth/session', { credentials: 'same-origin' });
    token = ((await session.json()) as { csrfToken?: string }).csrfToken ?? '';
  } catch {
    throw new ApiRequestError(0, { code: 'NETWORK', message: i18n.t('errors.network') });
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      body: form,
      credentials: 'same-origin',
      headers: { 'x-csrf-token': token, 'accept-language': currentLanguage(), accept: 'application/json' },
    });
  } catch {
    throw new ApiRequestError(0, { code: 'NETWORK', message: i18n.t('errors.network') });
  }
  if (response.ok) return (await response.json()) as VersionResult;
  const body = (await response.json().catch(() => null)) as ApiError | null;
  throw new ApiRequestError(
    response.status,
    body?.error ?? {
      code: `HTTP_${response.status}`,
      message: i18n.t('errors.unexpected', { status: response.status }),
    },
  );
}

export function asApiError(failure: unknown): ApiRequestError {
  return failure instanceof ApiRequestError
    ? failure
    : new ApiRequestError(0, { code: 'UNKNOWN', message: String((failure as Error)?.message ?? failure) });
}
