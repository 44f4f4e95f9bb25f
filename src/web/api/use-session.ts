import { type QueryClient, useQuery } from '@tanstack/react-query';
import type { Me, SessionResponse } from '../../contract';
import { apiRequest, setCsrfToken } from './api-client';

export const SESSION_KEY = ['session'] as const;

async function fetchSession(): Promise<SessionResponse> {
  const session = await apiRequest<SessionResponse>('GET', '/api/auth/session');
  setCsrfToken(session.csrfToken);
  return session;
}

/** Who is signed in (or null), and the CSRF token as a side effect. */
export function useSession() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: 5 * 60_000 });
}

/** The signed-in person; only call below the sign-in gate. */
export function useMe(): Me {
  const { data } = useSession();
  if (!data?.user) throw new Error('useMe outside a signed-in page');
  return data.user;
}

/**
 * After sign-in or sign-out: forget everything cached for the previous person and fetch the new
 * session (with its fresh CSRF token).
 */
export async function renewSession(client: QueryClient): Promise<void> {
  client.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
  await client.refetchQueries({ queryKey: SESSION_KEY });
}

export function isAdmin(me: Me): boolean {
  return me.adminAgencyIds.length > 0;
}

/** Region and system administrators create agencies; an agency administrator edits their own. */
export function canCreateAgencies(me: Me): boolean {
  return me.role === 'region_admin' || me.role === 'system_admin';
}
