import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { RealisationGrid, Unit } from '../../contract';
import { apiRequest } from '../api/api-client';
import { useMe } from '../api/use-session';

export const perfPath = (agencyId: string, rest = '') =>
  `/api/agencies/${encodeURIComponent(agencyId)}${rest}`;

/** Cached performance data of an agency lives under `['perf', agencyId, …]`: one invalidation refreshes it. */
export const perfKey = (agencyId: string, ...rest: (string | number | null)[]) => ['perf', agencyId, ...rest];

/** The agency the performance pages show (the signed-in person's own) and the chosen year. */
export function usePerformanceScope() {
  const me = useMe();
  const [year, setYear] = useState(() => new Date().getFullYear());
  return { agencyId: me.agencyId, regionId: me.regionId, year, setYear };
}

export function useRealisationGrid(agencyId: string, year: number, unitId: string | null = null) {
  return useQuery({
    queryKey: perfKey(agencyId, 'grid', year, unitId),
    queryFn: () =>
      apiRequest<RealisationGrid>(
        'GET',
        perfPath(agencyId, `/realisations?year=${year}${unitId ? `&unitId=${unitId}` : ''}`),
      ),
  });
}

export function useAgencyUnits(agencyId: string) {
  return useQuery({
    queryKey: ['agency', agencyId, 'units'],
    queryFn: () => apiRequest<Unit[]>('GET', perfPath(agencyId, '/units')),
  });
}

/**
 * Downloads a file from the API with the session cookie and saves it under the server's file name.
 * Resolves to the file name.
 */
export async function downloadFile(path: string, fallbackName: string): Promise<string> {
  const response = await fetch(path, { credentials: 'same-origin' });
  if (!response.ok) {
    const body = await response.json().catch(() => null);
    throw new Error(body?.error?.message ?? `HTTP ${response.status}`);
  }
  const name =
    /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}

/** A file's bytes as base64, for JSON uploads. */
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
