import { normalizeNip } from '../org/nip';
import { parseSopDate } from './sop-date';
import type { SopDefinition } from './sop-definition';
import { type SopFieldError, sopError } from './sop-field-error';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Codes, identity fields and lanes: everything but the steps. */
export function validateSopIdentity(def: SopDefinition): SopFieldError[] {
  const errors: SopFieldError[] = [];
  const err = (path: Array<string | number>, id: string, en: string) =>
    errors.push(sopError(def, path, null, id, en));
  const blank = (value: string | null | undefined) =>
    value === null || value === undefined || value.trim() === '';

  for (const key of ['code', 'agency'] as const) {
    if (!SLUG.test(def[key])) {
      err(
        [key],
        `"${def[key]}" bukan kode yang sah: huruf kecil, angka dan tanda hubung, mis. "desdm-kaltim".`,
        `"${def[key]}" is not a valid code: lower-case letters, digits and hyphens, e.g. "desdm-kaltim".`,
      );
    }
  }

  const identity = def.identity;
  const required = [
    ['agencyName', 'Nama instansi', 'Agency name'],
    ['number', 'Nomor SOP', 'SOP number'],
    ['title', 'Nama SOP', 'SOP title'],
  ] as const;
  for (const [key, id, en] of required) {
    if (blank(identity[key])) err(['identity', key], `${id} wajib diisi.`, `${en} is required.`);
  }

  const dates = [
    ['createdOn', 'Tanggal Pembuatan', 'Date made'],
    ['revisedOn', 'Tanggal Revisi', 'Date revised'],
    ['effectiveOn', 'Tanggal Efektif/Pengesahan', 'Effective/approval date'],
  ] as const;
  for (const [key, id, en] of dates) {
    const written = identity[key];
    if (written !== null && parseSopDate(written) === null) {
      err(
        ['identity', key],
        `${id} "${written}" tidak terbaca; tulis seperti "6 Januari 2023" atau "Januari 2023".`,
        `${en} "${written}" cannot be read; write it like "6 Januari 2023" or "Januari 2023".`,
      );
    }
  }

  const approver = identity.approvedBy;
  if (approver) {
    if (blank(approver.position)) {
      err(
        ['identity', 'approvedBy', 'position'],
        'Jabatan pengesah wajib diisi.',
        "The approver's position is required.",
      );
    }
    if (blank(approver.name)) {
      err(
        ['identity', 'approvedBy', 'name'],
        'Nama pengesah wajib diisi.',
        "The approver's name is required.",
      );
    }
    if (approver.nip !== null) {
      const nip = normalizeNip(approver.nip, 'identity.approvedBy.nip');
      if ('error' in nip) {
        err(['identity', 'approvedBy', 'nip'], nip.error.message.id, nip.error.message.en);
      } else if (nip.nip !== approver.nip) {
        err(
          ['identity', 'approvedBy', 'nip'],
          'NIP disimpan sebagai 18 digit tanpa spasi.',
          'A NIP is stored as 18 digits without spaces.',
        );
      }
    }
  }

  const lists = ['legalBasis', 'qualifications', 'equipment'] as const;
  for (const key of lists) {
    identity[key].forEach((entry, index) => {
      if (blank(entry)) err(['identity', key, index], 'Isian daftar kosong.', 'Empty list entry.');
    });
  }
  identity.relatedSops.forEach((related, index) => {
    if (blank(related.text))
      err(['identity', 'relatedSops', index, 'text'], 'Isian daftar kosong.', 'Empty list entry.');
    if (related.code !== null && !SLUG.test(related.code)) {
      err(
        ['identity', 'relatedSops', index, 'code'],
        `"${related.code}" bukan kode SOP yang sah.`,
        `"${related.code}" is not a valid SOP code.`,
      );
    }
  });

  const seen = new Set<string>();
  def.lanes.forEach((lane, index) => {
    if (!SLUG.test(lane.key)) {
      err(
        ['lanes', index, 'key'],
        `Kunci pelaksana "${lane.key}" tidak sah: huruf kecil, angka dan tanda hubung.`,
        `Lane key "${lane.key}" is not valid: lower-case letters, digits and hyphens.`,
      );
    } else if (seen.has(lane.key)) {
      err(
        ['lanes', index, 'key'],
        `Kunci pelaksana "${lane.key}" dipakai lebih dari sekali.`,
        `Lane key "${lane.key}" is used more than once.`,
      );
    }
    seen.add(lane.key);
    if (blank(lane.label))
      err(['lanes', index, 'label'], 'Nama pelaksana wajib diisi.', 'The lane label is required.');
  });
  return errors;
}
