import { DomainError } from '../errors';
import type { WorkDuration } from './work-duration';

/**
 * Ten years without one working minute: the calendar has no working days at all (every weekday
 * off, or holidays everywhere), so no due time exists. Bounds every forward search.
 */
export const MAX_DAYS_WITHOUT_WORK = 3660;

export function noWorkingTime(): DomainError {
  return new DomainError(
    'CALENDAR_HAS_NO_WORKING_TIME',
    {
      id: 'Kalender kerja tidak memiliki jam kerja; atur jam kerja mingguan terlebih dahulu.',
      en: 'The working calendar has no working hours; set the weekly hours first.',
    },
    [{ field: 'week', message: { id: 'Tidak ada hari kerja', en: 'No working day' } }],
  );
}

export function invalidWorkDuration(duration: WorkDuration): DomainError {
  return new DomainError(
    'WORK_DURATION_INVALID',
    {
      id: `Durasi kerja "${duration.amount} ${duration.unit}" tidak valid; harus angka positif.`,
      en: `Invalid working duration "${duration.amount} ${duration.unit}"; it must be a positive number.`,
    },
    [{ field: 'duration', message: { id: 'Harus angka positif', en: 'Must be a positive number' } }],
  );
}
