import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { AgreementsEditor, RenstraEditor } from '../../../contract';
import { apiRequest } from '../../api/api-client';
import { ApiRequestError } from '../../api/api-request-error';
import { perfKey, perfPath } from '../performance-queries';

export const CONFLICT = 'PERFORMANCE_EDIT_CONFLICT';

export function useRenstraEditor(agencyId: string, renstraId: string) {
  return useQuery({
    queryKey: perfKey(agencyId, 'renstra-editor', renstraId),
    queryFn: () => apiRequest<RenstraEditor>('GET', perfPath(agencyId, `/renstra/${renstraId}/editor`)),
  });
}

export function useAgreementsEditor(agencyId: string, year: number) {
  return useQuery({
    queryKey: perfKey(agencyId, 'agreements-editor', year),
    queryFn: () => apiRequest<AgreementsEditor>('GET', perfPath(agencyId, `/agreements-editor?year=${year}`)),
  });
}

/**
 * Sends one edit and refreshes every performance view of the agency afterwards (the grid, the
 * dashboards and the editors read the same rows). A conflict refreshes too, so the latest values
 * are on screen when the message is read.
 */
export function useSendEdit(agencyId: string) {
  const client = useQueryClient();
  return useCallback(
    async <T>(method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', rest: string, body?: unknown): Promise<T> => {
      try {
        const result = await apiRequest<T>(method, perfPath(agencyId, rest), body);
        await client.invalidateQueries({ queryKey: perfKey(agencyId) });
        return result;
      } catch (error) {
        if (error instanceof ApiRequestError && error.code === CONFLICT)
          await client.invalidateQueries({ queryKey: perfKey(agencyId) });
        throw error;
      }
    },
    [agencyId, client],
  );
}

/** The warnings' messages in the interface language. */
export function warningTexts(
  warnings: { message: { id: string; en: string } }[],
  language: string,
): string[] {
  return warnings.map((w) => (language === 'en' ? w.message.en : w.message.id));
}
