export type Tone = 'green' | 'blue' | 'gray' | 'orange' | 'red';

/**
 * Text colours keeping at least 4.5:1 on white, light grey and the tone's light tint (Mantine's
 * green 9 and orange 9 do not), for badges and coloured status text.
 */
export const DARK_TEXT: Record<Tone, string> = {
  green: '#1d5e2b',
  blue: '#17426f',
  gray: '#343a40',
  orange: '#87330a',
  red: '#8f1d1d',
};
