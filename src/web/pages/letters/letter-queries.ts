import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { LetterNumberStatus, LetterPattern, LetterRegister } from '../../../contract';
import { agencyKey, agencyPath } from '../../admin/agency-queries';
import { apiRequest } from '../../api/api-client';

export function useLetterPatterns(agencyId: string) {
  return useQuery({
    queryKey: agencyKey(agencyId, 'letter-patterns'),
    queryFn: () => apiRequest<LetterPattern[]>('GET', agencyPath(agencyId, '/letter-patterns')),
  });
}

export function useLetterRegister(agencyId: string, year: number, status: LetterNumberStatus | null) {
  const query = new URLSearchParams({ year: String(year), ...(status ? { status } : {}) });
  return useQuery({
    queryKey: agencyKey(agencyId, 'letter-numbers', year, status ?? 'all'),
    queryFn: () => apiRequest<LetterRegister>('GET', agencyPath(agencyId, `/letter-numbers?${query}`)),
  });
}

/** After issuing, cancelling or editing a pattern: the register and the patterns' next numbers. */
export function useInvalidateLetters(agencyId: string) {
  const client = useQueryClient();
  return useCallback(async () => {
    await Promise.all([
      client.invalidateQueries({ queryKey: agencyKey(agencyId, 'letter-numbers') }),
      client.invalidateQueries({ queryKey: agencyKey(agencyId, 'letter-patterns') }),
    ]);
  }, [client, agencyId]);
}

/** Does the pattern write the classification code (so the form asks for it)? */
export function writesClassification(pattern: LetterPattern | undefined): boolean {
  return pattern?.pattern.includes('{klasifikasi}') ?? false;
}
