import { z } from 'zod';
import { meSchema } from './auth';
import { idSchema } from './common';

export const heldPositionSchema = z.object({
  positionId: idSchema,
  title: z.string(),
  unitName: z.string(),
  kind: z.enum(['definitive', 'plt', 'plh']),
  endsOn: z.string().nullable(),
});

/** An item waiting for the signed-in person (tasks arrive with the SOP runs). */
export const waitingItemSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  dueAt: z.string().nullable(),
  overdue: z.boolean(),
  href: z.string(),
});

export const homeResponseSchema = z.object({
  me: meSchema,
  positions: z.array(heldPositionSchema),
  waiting: z.array(waitingItemSchema),
});
export type HomeResponse = z.infer<typeof homeResponseSchema>;
