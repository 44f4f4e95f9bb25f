import { z } from 'zod';
import { idSchema, isoDateSchema, optionalText, text, timeZoneSchema } from './common';

export const regionKindSchema = z.enum(['provinsi', 'kabupaten', 'kota']);
export const regionSchema = z.object({
  id: idSchema,
  code: z.string(),
  name: z.string(),
  kind: regionKindSchema,
});
export type Region = z.infer<typeof regionSchema>;

export const agencySchema = z.object({
  id: idSchema,
  regionId: idSchema,
  regionName: z.string(),
  code: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  timeZone: timeZoneSchema,
  address: z.string().nullable(),
  /** A data: URL of the logo image, or null. */
  logo: z.string().nullable(),
});
export type Agency = z.infer<typeof agencySchema>;

export const agencyInputSchema = z.object({
  regionId: idSchema,
  code: z
    .string()
    .trim()
    .min(2)
    .max(40)
    .regex(/^[a-z0-9-]+$/),
  name: text(200),
  shortName: optionalText(80),
  timeZone: timeZoneSchema,
  address: optionalText(300),
  logo: z
    .string()
    .max(400_000)
    .regex(/^data:image\/(png|jpeg|svg\+xml);base64,/)
    .optional()
    .nullable(),
});
export type AgencyInput = z.infer<typeof agencyInputSchema>;

export const unitKindSchema = z.enum([
  'pimpinan',
  'sekretariat',
  'subbagian',
  'bidang',
  'uptd',
  'kelompok_fungsional',
  'tim',
  'lainnya',
]);
export type UnitKind = z.infer<typeof unitKindSchema>;

export const unitSchema = z.object({
  id: idSchema,
  agencyId: idSchema,
  code: z.string(),
  name: z.string(),
  kind: unitKindSchema,
  parentId: idSchema.nullable(),
});
export type Unit = z.infer<typeof unitSchema>;

export const unitInputSchema = z.object({
  code: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .regex(/^[A-Za-z0-9_-]+$/),
  name: text(200),
  kind: unitKindSchema,
  parentId: idSchema.nullable().optional(),
});
export type UnitInput = z.infer<typeof unitInputSchema>;

export const positionLevelSchema = z.enum([
  'jpt_pratama',
  'administrator',
  'pengawas',
  'fungsional',
  'pelaksana',
]);
export type PositionLevel = z.infer<typeof positionLevelSchema>;

export const holderSchema = z.object({
  personId: idSchema,
  fullName: z.string(),
  kind: z.enum(['definitive', 'plt', 'plh']),
  startsOn: isoDateSchema,
  endsOn: isoDateSchema.nullable(),
});

export const positionSchema = z.object({
  id: idSchema,
  agencyId: idSchema,
  unitId: idSchema,
  unitName: z.string(),
  code: z.string(),
  title: z.string(),
  level: positionLevelSchema,
  parentId: idSchema.nullable(),
  /** The SOP swimlane this position usually plays (a hint for lane mapping), e.g. "Kasubbag Program". */
  sopRole: z.string().nullable(),
  /** Who holds it today (definitive, and any acting official in force). */
  holders: z.array(holderSchema),
});
export type Position = z.infer<typeof positionSchema>;

export const positionInputSchema = z.object({
  unitId: idSchema,
  code: z
    .string()
    .trim()
    .min(1)
    .max(60)
    .regex(/^[A-Za-z0-9_-]+$/),
  title: text(200),
  level: positionLevelSchema,
  parentId: idSchema.nullable().optional(),
  sopRole: optionalText(100),
});
export type PositionInput = z.infer<typeof positionInputSchema>;

export const personSchema = z.object({
  id: idSchema,
  agencyId: idSchema,
  fullName: z.string(),
  nip: z.string().nullable(),
  rank: z.string().nullable(),
  email: z.string().nullable(),
  username: z.string().nullable(),
  role: z.enum(['user', 'agency_admin', 'region_admin', 'system_admin']).nullable(),
});
export type Person = z.infer<typeof personSchema>;

export const personInputSchema = z.object({
  fullName: text(200),
  /** 18 digits; spaces as printed on documents ("19671129 199803 1 003") are accepted. */
  nip: z.string().trim().max(40).optional().nullable(),
  rank: optionalText(120),
  email: z.string().trim().max(254).email().optional().nullable().or(z.literal('')),
  account: z
    .object({
      username: z
        .string()
        .trim()
        .min(3)
        .max(64)
        .regex(/^[a-z0-9._-]+$/),
      password: z.string().min(10).max(256),
      role: z.enum(['user', 'agency_admin', 'region_admin']).default('user'),
    })
    .optional()
    .nullable(),
});
export type PersonInput = z.infer<typeof personInputSchema>;

export const appointmentKindSchema = z.enum(['definitive', 'plt', 'plh']);
export const appointmentSchema = z.object({
  id: idSchema,
  positionId: idSchema,
  positionTitle: z.string(),
  personId: idSchema,
  fullName: z.string(),
  kind: appointmentKindSchema,
  startsOn: isoDateSchema,
  endsOn: isoDateSchema.nullable(),
  decree: z.string().nullable(),
});
export type Appointment = z.infer<typeof appointmentSchema>;

export const appointmentInputSchema = z.object({
  positionId: idSchema,
  personId: idSchema,
  kind: appointmentKindSchema,
  startsOn: isoDateSchema,
  endsOn: isoDateSchema.nullable().optional(),
  decree: optionalText(200),
});
export type AppointmentInput = z.infer<typeof appointmentInputSchema>;

export const holidayKindSchema = z.enum(['libur_nasional', 'cuti_bersama', 'libur_daerah']);
export const holidaySchema = z.object({
  id: idSchema,
  date: isoDateSchema,
  kind: holidayKindSchema,
  name: z.string(),
  decree: z.string().nullable(),
  source: z.enum(['skb', 'date_holidays', 'admin']),
});
export type Holiday = z.infer<typeof holidaySchema>;

export const holidayInputSchema = z.object({
  date: isoDateSchema,
  kind: holidayKindSchema,
  name: text(200),
  decree: optionalText(200),
});
export type HolidayInput = z.infer<typeof holidayInputSchema>;

export const calendarSettingsSchema = z.object({
  cutiBersamaIsDayOff: z.boolean(),
  /** Ramadan hours (Perpres 21/2023: 32.5 h a week, start 08:00) apply between these dates. */
  ramadan: z.object({ from: isoDateSchema, to: isoDateSchema }).nullable(),
});
export type CalendarSettings = z.infer<typeof calendarSettingsSchema>;

export const calendarResponseSchema = z.object({
  year: z.number().int(),
  timeZone: timeZoneSchema,
  settings: calendarSettingsSchema,
  holidays: z.array(holidaySchema),
  /** Weekly hours as a readable summary, e.g. "Senin–Kamis 07.30–16.00, Jumat 07.30–16.30". */
  workingHours: z.string(),
});
export type CalendarResponse = z.infer<typeof calendarResponseSchema>;

export const agencyDetailSchema = agencySchema.extend({
  units: z.array(unitSchema),
  positions: z.array(positionSchema),
});
export type AgencyDetail = z.infer<typeof agencyDetailSchema>;
