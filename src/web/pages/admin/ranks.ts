/**
 * Civil-service ranks (pangkat, golongan/ruang) as written on decrees, offered as suggestions; the
 * field stays free text for other schemes (PPPK, TNI/Polri secondments).
 */
export const RANK_SUGGESTIONS = [
  'Juru Muda (I/a)',
  'Juru Muda Tingkat I (I/b)',
  'Juru (I/c)',
  'Juru Tingkat I (I/d)',
  'Pengatur Muda (II/a)',
  'Pengatur Muda Tingkat I (II/b)',
  'Pengatur (II/c)',
  'Pengatur Tingkat I (II/d)',
  'Penata Muda (III/a)',
  'Penata Muda Tingkat I (III/b)',
  'Penata (III/c)',
  'Penata Tingkat I (III/d)',
  'Pembina (IV/a)',
  'Pembina Tingkat I (IV/b)',
  'Pembina Utama Muda (IV/c)',
  'Pembina Utama Madya (IV/d)',
  'Pembina Utama (IV/e)',
];
