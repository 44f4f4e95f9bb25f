import type { LocalizedText } from '../core/errors';

/** Labels of the fields people fill in, so a message names the field the way the form does. */
const FIELD_LABELS: Record<string, LocalizedText> = {
  username: { id: 'Nama pengguna', en: 'Username' },
  password: { id: 'Kata sandi', en: 'Password' },
  currentPassword: { id: 'Kata sandi saat ini', en: 'Current password' },
  newPassword: { id: 'Kata sandi baru', en: 'New password' },
  fullName: { id: 'Nama lengkap', en: 'Full name' },
  nip: { id: 'NIP', en: 'NIP' },
  rank: { id: 'Pangkat/golongan', en: 'Rank' },
  email: { id: 'E-mail', en: 'E-mail' },
  'account.username': { id: 'Nama pengguna', en: 'Username' },
  'account.password': { id: 'Kata sandi', en: 'Password' },
  'account.role': { id: 'Peran', en: 'Role' },
  code: { id: 'Kode', en: 'Code' },
  name: { id: 'Nama', en: 'Name' },
  shortName: { id: 'Singkatan', en: 'Short name' },
  title: { id: 'Nama jabatan', en: 'Position title' },
  level: { id: 'Jenjang jabatan', en: 'Level' },
  kind: { id: 'Jenis', en: 'Kind' },
  unitId: { id: 'Unit', en: 'Unit' },
  parentId: { id: 'Induk/atasan', en: 'Parent' },
  positionId: { id: 'Jabatan', en: 'Position' },
  personId: { id: 'Pegawai', en: 'Person' },
  startsOn: { id: 'Tanggal mulai', en: 'Start date' },
  endsOn: { id: 'Tanggal selesai', en: 'End date' },
  decree: { id: 'Dasar/SK', en: 'Decree' },
  date: { id: 'Tanggal', en: 'Date' },
  timeZone: { id: 'Zona waktu', en: 'Time zone' },
  address: { id: 'Alamat', en: 'Address' },
  logo: { id: 'Logo', en: 'Logo' },
  regionId: { id: 'Pemerintah daerah', en: 'Region' },
  sopRole: { id: 'Peran dalam SOP', en: 'SOP role' },
  cutiBersamaIsDayOff: { id: 'Cuti bersama libur', en: 'Collective leave is a day off' },
  year: { id: 'Tahun', en: 'Year' },
};

export function fieldLabel(field: string): LocalizedText {
  return FIELD_LABELS[field] ?? { id: field, en: field };
}

interface Issue {
  code: string;
  path: PropertyKey[];
  message?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  expected?: string;
  format?: string;
  values?: unknown[];
  input?: unknown;
}

/** A zod issue in words people understand, in both languages; the field's label comes first. */
export function describeIssue(issue: Issue): { field: string; message: LocalizedText } {
  const field = issue.path.map(String).join('.') || 'body';
  const label = fieldLabel(field);
  const text = issueText(issue);
  return { field, message: { id: `${label.id}: ${text.id}`, en: `${label.en}: ${text.en}` } };
}

function issueText(issue: Issue): LocalizedText {
  switch (issue.code) {
    case 'invalid_type':
      if (
        issue.input === undefined ||
        issue.input === null ||
        /received (undefined|null)/.test(issue.message ?? '')
      )
        return { id: 'wajib diisi.', en: 'is required.' };
      return issue.expected === 'number'
        ? { id: 'harus berupa angka.', en: 'must be a number.' }
        : {
            id: `jenis isian salah (harus ${issue.expected}).`,
            en: `has the wrong type (expected ${issue.expected}).`,
          };
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? { id: 'wajib diisi.', en: 'is required.' }
          : {
              id: `minimal ${issue.minimum} karakter.`,
              en: `must have at least ${issue.minimum} characters.`,
            };
      }
      return { id: `minimal ${issue.minimum}.`, en: `must be at least ${issue.minimum}.` };
    case 'too_big':
      if (issue.origin === 'string')
        return {
          id: `terlalu panjang (maksimal ${issue.maximum} karakter).`,
          en: `is too long (at most ${issue.maximum} characters).`,
        };
      return { id: `maksimal ${issue.maximum}.`, en: `must be at most ${issue.maximum}.` };
    case 'invalid_format':
      if (issue.format === 'email')
        return { id: 'alamat e-mail tidak valid.', en: 'is not a valid e-mail address.' };
      if (issue.format === 'uuid') return { id: 'pilihan tidak valid.', en: 'is not a valid choice.' };
      if (issue.message === 'date')
        return { id: 'tanggal harus ditulis TTTT-BB-HH.', en: 'must be a date written YYYY-MM-DD.' };
      return { id: 'format tidak valid.', en: 'has an invalid format.' };
    case 'invalid_value':
      return {
        id: `harus salah satu dari: ${(issue.values ?? []).join(', ')}.`,
        en: `must be one of: ${(issue.values ?? []).join(', ')}.`,
      };
    case 'unrecognized_keys':
      return { id: 'berisi isian yang tidak dikenal.', en: 'contains unknown fields.' };
    default:
      return { id: 'tidak valid.', en: 'is invalid.' };
  }
}
