import { useQuery } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import type { Agency, Me } from '../../contract';
import { apiRequest } from '../api/api-client';

const STORAGE_KEY = 'alur.adminAgency';

interface AdminAgencyState {
  /** Agencies the signed-in person may administer, in the server's order. */
  agencies: Agency[];
  agencyId: string | null;
  agency: Agency | null;
  setAgencyId: (id: string) => void;
  isPending: boolean;
}

const AdminAgencyContext = createContext<AdminAgencyState | null>(null);

export const agenciesKey = ['agencies'] as const;

/**
 * Which agency the administration pages work on. An administrator of several agencies (a region or
 * system administrator) picks one; the choice is remembered on this device.
 */
export function AdminAgencyProvider({ me, children }: { me: Me; children: ReactNode }) {
  const admin = me.adminAgencyIds.length > 0;
  const query = useQuery({
    queryKey: agenciesKey,
    queryFn: () => apiRequest<Agency[]>('GET', '/api/agencies'),
    enabled: admin,
  });
  const [chosen, setChosen] = useState<string | null>(() => readStored());
  const agencies = useMemo(
    () => (query.data ?? []).filter((a) => me.adminAgencyIds.includes(a.id)),
    [query.data, me.adminAgencyIds],
  );
  const agencyId =
    agencies.find((a) => a.id === chosen)?.id ??
    agencies.find((a) => a.id === me.agencyId)?.id ??
    agencies[0]?.id ??
    null;
  const setAgencyId = useCallback((id: string) => {
    setChosen(id);
    try {
      localStorage.setItem(STORAGE_KEY, id);
    } catch {
      // Remembered for this visit only.
    }
  }, []);
  const value = useMemo<AdminAgencyState>(
    () => ({
      agencies,
      agencyId,
      agency: agencies.find((a) => a.id === agencyId) ?? null,
      setAgencyId,
      isPending: admin && query.isPending,
    }),
    [agencies, agencyId, setAgencyId, admin, query.isPending],
  );
  return <AdminAgencyContext.Provider value={value}>{children}</AdminAgencyContext.Provider>;
}

export function useAdminAgency(): AdminAgencyState {
  const state = useContext(AdminAgencyContext);
  if (!state) throw new Error('useAdminAgency outside AdminAgencyProvider');
  return state;
}

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
