import { useMediaQuery } from '@mantine/hooks';

/**
 * True below Mantine's `sm` breakpoint (768 px), where tables become cards and dialogs fill the
 * screen. Read synchronously on the first render (no server rendering here), so a phone never
 * flashes the desktop layout first.
 */
export function usePhoneLayout(): boolean {
  return useMediaQuery('(max-width: 48em)', undefined, { getInitialValueInEffect: false }) ?? false;
}
