import type { Holiday } from './working-calendar';

/** The decree that set 2026's holidays: the joint decree of the Ministers of Religious Affairs, Manpower and PAN-RB. */
export const SKB_2026_DECREE = 'SKB 3 Menteri No. 1497 Tahun 2025, No. 2 Tahun 2025, No. 5 Tahun 2025';

const national = (date: string, name: string): Holiday => ({
  date,
  kind: 'libur_nasional',
  name,
  decree: SKB_2026_DECREE,
  source: 'skb',
});
const collective = (date: string, name: string): Holiday => ({
  date,
  kind: 'cuti_bersama',
  name,
  decree: SKB_2026_DECREE,
  source: 'skb',
});

/**
 * Indonesia's 2026 holidays as the SKB 3 Menteri (signed 19 September 2025) sets them:
 * 17 national holidays and 8 cuti bersama days, in date order, one entry per date.
 *
 * Where the `date-holidays` package differs: it has Idul Fitri on 20–21 March (decree: 21–22 March),
 * names 16 January "Maulid Nabi Muhammad" (it is Isra Mikraj), lacks Easter Sunday (5 April) and
 * every cuti bersama day. Dates can change by amendment during the year: the stored calendar is
 * editable data and this list only seeds it.
 */
export const HOLIDAYS_2026: readonly Holiday[] = Object.freeze([
  national('2026-01-01', 'Tahun Baru 2026 Masehi'),
  national('2026-01-16', 'Isra Mikraj Nabi Muhammad SAW'),
  collective('2026-02-16', 'Cuti Bersama Tahun Baru Imlek 2577 Kongzili'),
  national('2026-02-17', 'Tahun Baru Imlek 2577 Kongzili'),
  collective('2026-03-18', 'Cuti Bersama Hari Suci Nyepi (Tahun Baru Saka 1948)'),
  national('2026-03-19', 'Hari Suci Nyepi (Tahun Baru Saka 1948)'),
  collective('2026-03-20', 'Cuti Bersama Idul Fitri 1447 Hijriah'),
  national('2026-03-21', 'Idul Fitri 1447 Hijriah'),
  national('2026-03-22', 'Idul Fitri 1447 Hijriah'),
  collective('2026-03-23', 'Cuti Bersama Idul Fitri 1447 Hijriah'),
  collective('2026-03-24', 'Cuti Bersama Idul Fitri 1447 Hijriah'),
  national('2026-04-03', 'Wafat Yesus Kristus'),
  national('2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)'),
  national('2026-05-01', 'Hari Buruh Internasional'),
  national('2026-05-14', 'Kenaikan Yesus Kristus'),
  collective('2026-05-15', 'Cuti Bersama Kenaikan Yesus Kristus'),
  national('2026-05-27', 'Idul Adha 1447 Hijriah'),
  collective('2026-05-28', 'Cuti Bersama Idul Adha 1447 Hijriah'),
  national('2026-05-31', 'Hari Raya Waisak 2570 BE'),
  national('2026-06-01', 'Hari Lahir Pancasila'),
  national('2026-06-16', '1 Muharam Tahun Baru Islam 1448 Hijriah'),
  national('2026-08-17', 'Proklamasi Kemerdekaan Republik Indonesia'),
  national('2026-08-25', 'Maulid Nabi Muhammad SAW'),
  collective('2026-12-24', 'Cuti Bersama Kelahiran Yesus Kristus'),
  national('2026-12-25', 'Kelahiran Yesus Kristus'),
]);
