import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways inside its own region: focusable and named, so keyboard users
 * can scroll it too (axe "scrollable-region-focusable").
 */
export function ScrollTable({
  label,
  minWidth,
  children,
}: {
  label: string;
  minWidth: number;
  children: ReactNode;
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section tabIndex={0} aria-label={label} style={{ overflowX: 'auto', maxWidth: '100%' }}>
      <div style={{ minWidth }}>{children}</div>
    </section>
  );
}
