/** Kinds of organisational unit in an Indonesian regional agency (SOTK). */
export type UnitKind =
  | 'pimpinan'
  | 'sekretariat'
  | 'subbagian'
  | 'bidang'
  | 'uptd'
  | 'kelompok_fungsional'
  | 'tim'
  | 'lainnya';

/** Position levels (jenjang jabatan) under the civil service law. */
export type PositionLevel = 'jpt_pratama' | 'administrator' | 'pengawas' | 'fungsional' | 'pelaksana';
