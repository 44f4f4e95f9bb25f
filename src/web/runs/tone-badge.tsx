import { Badge, type BadgeProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { DARK_TEXT, type Tone } from './tone-text';

/**
 * A light or outline badge whose text uses the tone's darkest shades: Mantine's light-variant text
 * (shade 6) falls under 4.5:1 on its tint, which axe reports as a contrast failure.
 */
export function ToneBadge({
  tone,
  variant = 'light',
  children,
  ...rest
}: { tone: Tone; variant?: 'light' | 'outline' | 'filled'; children: ReactNode } & Omit<
  BadgeProps,
  'color' | 'variant' | 'children'
> & { 'data-testid'?: string }) {
  const filled = variant === 'filled';
  return (
    <Badge
      color={filled ? `${tone}.9` : tone}
      variant={variant}
      c={filled ? 'white' : DARK_TEXT[tone]}
      style={variant === 'outline' ? { borderColor: `var(--mantine-color-${tone}-7)` } : undefined}
      {...rest}
    >
      {children}
    </Badge>
  );
}
