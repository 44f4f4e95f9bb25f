import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  ComplianceRow,
  RunDetail,
  RunSummary,
  runCommandSchema,
  SopSummary,
  SopVersion,
  TaskView,
} from '../../contract';
import { apiRequest } from '../api/api-client';
import { ApiRequestError } from '../api/api-request-error';
import { newCommandId } from './new-command-id';

export type RunCommand = z.infer<typeof runCommandSchema>;

export const runKey = (runId: string) => ['run', runId] as const;
export const inboxKey = ['inbox'] as const;
export const runsKey = ['runs'] as const;
export const sopsKey = (agencyId: string) => ['sops', agencyId] as const;
export const sopKey = (sopId: string) => ['sop', sopId] as const;

export function useRun(runId: string) {
  return useQuery({
    queryKey: runKey(runId),
    queryFn: () => apiRequest<RunDetail>('GET', `/api/runs/${runId}`),
  });
}

export function useRuns() {
  return useQuery({ queryKey: runsKey, queryFn: () => apiRequest<RunSummary[]>('GET', '/api/runs') });
}

export function useInbox() {
  return useQuery({ queryKey: inboxKey, queryFn: () => apiRequest<TaskView[]>('GET', '/api/inbox') });
}

export function useSops(agencyId: string) {
  return useQuery({
    queryKey: sopsKey(agencyId),
    queryFn: () => apiRequest<SopSummary[]>('GET', `/api/agencies/${agencyId}/sops`),
  });
}

/** The SOP's latest version (draft or published), with its problems and lane mapping. */
export function useSop(sopId: string) {
  return useQuery({
    queryKey: sopKey(sopId),
    queryFn: () => apiRequest<SopVersion>('GET', `/api/sops/${sopId}`),
  });
}

export function useCompliance(sopId: string | null) {
  return useQuery({
    queryKey: ['compliance', sopId ?? 'all'],
    queryFn: () =>
      apiRequest<ComplianceRow[]>('GET', sopId ? `/api/compliance?sopId=${sopId}` : '/api/compliance'),
  });
}

/**
 * Sends one command on a run with a fresh command id per call. The answer (the run as it is now)
 * replaces the cached run; the inbox, home and lists are fetched again. When someone else acted
 * first (409) the run is fetched again too, so the page shows what happened; the caller shows the
 * server's message.
 */
export function useRunCommand(runId: string) {
  const client = useQueryClient();
  const refreshAround = () => {
    void client.invalidateQueries({ queryKey: inboxKey });
    void client.invalidateQueries({ queryKey: runsKey });
    void client.invalidateQueries({ queryKey: ['home'] });
  };
  return useMutation({
    mutationFn: (command: RunCommand) =>
      apiRequest<RunDetail>('POST', `/api/runs/${runId}/commands`, { commandId: newCommandId(), command }),
    onSuccess: (run) => {
      client.setQueryData(runKey(runId), run);
      refreshAround();
    },
    onError: (error) => {
      if (error instanceof ApiRequestError && error.status === 409) {
        void client.invalidateQueries({ queryKey: runKey(runId) });
        refreshAround();
      }
    },
  });
}
