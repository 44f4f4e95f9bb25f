import { z } from 'zod';
import { idSchema } from './common';

export const loginRequestSchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const userRoleSchema = z.enum(['user', 'agency_admin', 'region_admin', 'system_admin']);
export type UserRole = z.infer<typeof userRoleSchema>;

/** The signed-in person as the web application sees them. */
export const meSchema = z.object({
  userId: idSchema,
  personId: idSchema,
  username: z.string(),
  fullName: z.string(),
  role: userRoleSchema,
  agencyId: idSchema,
  agencyCode: z.string(),
  agencyName: z.string(),
  regionId: idSchema,
  timeZone: z.string(),
  /** Agencies this person may administer (empty for a plain user). */
  adminAgencyIds: z.array(idSchema),
});
export type Me = z.infer<typeof meSchema>;

export const sessionResponseSchema = z.object({
  user: meSchema.nullable(),
  /** Send back as the `x-csrf-token` header on every state-changing request. */
  csrfToken: z.string(),
});
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

export const changePasswordRequestSchema = z.object({
  currentPassword: z.string().min(1).max(256),
  newPassword: z.string().min(10).max(256),
});
export type ChangePasswordRequest = z.infer<typeof changePasswordRequestSchema>;
