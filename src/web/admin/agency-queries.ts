import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Appointment, CalendarResponse, Person, Position, Unit } from '../../contract';
import { apiRequest } from '../api/api-client';

/** Every cached list of one agency lives under `['agency', agencyId, …]`, so one invalidation refreshes all. */
export const agencyKey = (agencyId: string, ...rest: (string | number)[]) => ['agency', agencyId, ...rest];

export const agencyPath = (agencyId: string, rest = '') =>
  `/api/agencies/${encodeURIComponent(agencyId)}${rest}`;

export function useUnits(agencyId: string) {
  return useQuery({
    queryKey: agencyKey(agencyId, 'units'),
    queryFn: () => apiRequest<Unit[]>('GET', agencyPath(agencyId, '/units')),
  });
}

export function usePositions(agencyId: string) {
  return useQuery({
    queryKey: agencyKey(agencyId, 'positions'),
    queryFn: () => apiRequest<Position[]>('GET', agencyPath(agencyId, '/positions')),
  });
}

export function usePeople(agencyId: string) {
  return useQuery({
    queryKey: agencyKey(agencyId, 'people'),
    queryFn: () => apiRequest<Person[]>('GET', agencyPath(agencyId, '/people')),
  });
}

export function useAppointments(agencyId: string) {
  return useQuery({
    queryKey: agencyKey(agencyId, 'appointments'),
    queryFn: () => apiRequest<Appointment[]>('GET', agencyPath(agencyId, '/appointments')),
  });
}

export function useCalendar(agencyId: string, year: number) {
  return useQuery({
    queryKey: agencyKey(agencyId, 'calendar', year),
    queryFn: () => apiRequest<CalendarResponse>('GET', agencyPath(agencyId, `/calendar?year=${year}`)),
  });
}

/**
 * After a change: everything of the agency (a renamed unit shows in positions, a new appointment in
 * the holders) and the signed-in person's home page.
 */
export function useInvalidateAgency(agencyId: string) {
  const client = useQueryClient();
  return useCallback(async () => {
    await Promise.all([
      client.invalidateQueries({ queryKey: ['agency', agencyId] }),
      client.invalidateQueries({ queryKey: ['home'] }),
    ]);
  }, [client, agencyId]);
}
