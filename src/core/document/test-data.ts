/**
 * Small hand-made data for the builders' unit tests: builders with defaults and overrides. The
 * figures follow the DESDM demo (IK-03 2000 vs 1180 → 59,00 Rendah; IKU-01 98,2 vs 98,15 → 99,95;
 * IK-07 negative 95 vs 97 → 97,89) so a reader can check them by hand.
 */
import type { Quarter } from '../achievement';
import type { AgencyIdentity, Official } from './agency-identity';
import type { LkjipData } from './lkjip-data';
import type { PemantauanData } from './pemantauan-data';
import type { BudgetNodeData, IndicatorData, QuarterData, RealisationStatus } from './performance-data';
import type { PerjanjianKinerjaData } from './perjanjian-kinerja-data';

export function anAgency(overrides: Partial<AgencyIdentity> = {}): AgencyIdentity {
  return {
    name: 'Dinas Energi dan Sumber Daya Mineral Provinsi Kalimantan Timur',
    shortName: 'Dinas ESDM Prov. Kaltim',
    government: 'Pemerintah Provinsi Kalimantan Timur',
    regionName: 'Provinsi Kalimantan Timur',
    address: 'Jalan M.T. Haryono, Samarinda',
    place: 'Samarinda',
    logoBase64: null,
    timeZone: 'Asia/Makassar',
    ...overrides,
  };
}

export function anOfficial(overrides: Partial<Official> = {}): Official {
  return {
    positionTitle: 'Kepala Dinas Energi dan Sumber Daya Mineral Provinsi Kalimantan Timur',
    name: 'Hendra Wijaya',
    rank: 'Pembina Utama Muda (IV/c)',
    nip: '197501012000031001',
    acting: null,
    ...overrides,
  };
}

/** Four quarters from targets and values (`null` for none), all with one status. */
export function quarters(
  targets: (string | null)[],
  values: (string | null)[],
  status: RealisationStatus = 'locked',
): QuarterData[] {
  return ([1, 2, 3, 4] as Quarter[]).map((quarter, k) => ({
    quarter,
    target: targets[k] ?? null,
    realisation: values[k] ?? null,
    status: values[k] == null ? null : status,
    obstacles: null,
    actions: null,
  }));
}

export function anIndicator(overrides: Partial<IndicatorData> = {}): IndicatorData {
  return {
    id: 'ind-iku-01',
    code: 'IKU-01',
    name: 'Rasio Elektrifikasi',
    unitLabel: '%',
    isIku: true,
    precision: 2,
    polarity: 'positive',
    negativeFormula: null,
    aggregation: 'last',
    sasaranCode: 'S1',
    responsibleUnit: 'Bidang Ketenagalistrikan',
    annualTarget: '98.2',
    quarters: quarters(['97.75', '97.9', '98.05', '98.2'], ['97.7', '97.86', '98.02', '98.15']),
    baseline: { year: 2024, value: '97.1' },
    targets: [
      { year: 2025, value: '97.6' },
      { year: 2026, value: '98.2' },
      { year: 2029, value: '100' },
    ],
    finalTarget: '100',
    history: [
      { year: 2021, period: null, target: null, realisation: '91.98', source: 'K01' },
      { year: 2022, period: 'semester I', target: '93', realisation: '92.07', source: 'K01' },
    ],
    nationalStandard: null,
    ...overrides,
  };
}

/** IK-03: cumulative, 2000 households planned, 1180 connected → 59,00% Rendah. */
export function aHouseholdIndicator(overrides: Partial<IndicatorData> = {}): IndicatorData {
  return anIndicator({
    id: 'ind-ik-03',
    code: 'IK-03',
    name: 'Jumlah rumah tangga tidak mampu penerima bantuan pasang baru listrik',
    unitLabel: 'rumah tangga',
    isIku: false,
    precision: 0,
    aggregation: 'cumulative',
    annualTarget: '2000',
    quarters: quarters(['200', '800', '1500', '2000'], ['0', '310', '410', '460']),
    baseline: { year: 2024, value: '1850' },
    targets: [{ year: 2026, value: '2000' }],
    finalTarget: '2000',
    history: [],
    ...overrides,
  });
}

/** IK-07: negative (formula A), 95 points allowed, 97 found → 97,89% Sangat Tinggi, not met. */
export function aNegativeIndicator(overrides: Partial<IndicatorData> = {}): IndicatorData {
  return anIndicator({
    id: 'ind-ik-07',
    code: 'IK-07',
    name: 'Jumlah titik PETI yang masih aktif',
    unitLabel: 'titik',
    isIku: false,
    precision: 0,
    polarity: 'negative',
    negativeFormula: 'A',
    aggregation: 'last',
    sasaranCode: 'S3',
    responsibleUnit: 'Bidang Mineral dan Batubara',
    annualTarget: '95',
    quarters: quarters(['105', '101', '98', '95'], ['107', '104', '100', '97']),
    baseline: { year: 2025, value: '108' },
    targets: [{ year: 2026, value: '95' }],
    finalTarget: '65',
    history: [],
    ...overrides,
  });
}

export function aBudgetNode(overrides: Partial<BudgetNodeData> = {}): BudgetNodeData {
  return {
    kind: 'program',
    code: '3.29.06',
    name: 'PROGRAM PENGELOLAAN KETENAGALISTRIKAN',
    unitName: 'Bidang Ketenagalistrikan',
    sasaranCode: 'S1',
    pagu: '1000000000',
    quarters: ([1, 2, 3, 4] as Quarter[]).map((quarter) => ({
      quarter,
      cashPlan: '250000000',
      realisation: quarter === 4 ? '150000000' : '200000000',
    })),
    children: [],
    ...overrides,
  };
}

export function aPerjanjianKinerja(overrides: Partial<PerjanjianKinerjaData> = {}): PerjanjianKinerjaData {
  return {
    agency: anAgency(),
    year: 2026,
    level: 'jpt_pratama',
    number: '000.8/12/DESDM/2026',
    date: '2026-02-02',
    firstParty: anOfficial(),
    secondParty: {
      positionTitle: 'Gubernur Kalimantan Timur',
      name: null,
      rank: null,
      nip: null,
      acting: null,
    },
    secondPartyExternal: true,
    indicators: [
      {
        sasaran: 'Meningkatnya akses rumah tangga dan desa terhadap tenaga listrik',
        code: 'IKU-01',
        name: 'Rasio Elektrifikasi',
        unitLabel: '%',
        precision: 2,
        target: '98.2',
        targetHigh: null,
      },
      {
        sasaran: 'Meningkatnya akses rumah tangga dan desa terhadap tenaga listrik',
        code: 'IK-03',
        name: 'Jumlah rumah tangga penerima bantuan pasang baru listrik',
        unitLabel: 'rumah tangga',
        precision: 0,
        target: '2000',
        targetHigh: null,
      },
      {
        sasaran: 'Meningkatnya ketaatan pelaku usaha pertambangan',
        code: 'IK-07',
        name: 'Jumlah titik PETI yang masih aktif',
        unitLabel: 'titik',
        precision: 0,
        target: '95',
        targetHigh: null,
      },
    ],
    budget: [
      {
        kind: 'program',
        code: '3.29.06',
        name: 'PROGRAM PENGELOLAAN KETENAGALISTRIKAN',
        pagu: '1000000000',
        note: null,
      },
      {
        kind: 'program',
        code: '3.29.03',
        name: 'PROGRAM PENGELOLAAN MINERAL DAN BATUBARA',
        pagu: '500000000',
        note: null,
      },
    ],
    ...overrides,
  };
}

export function aLkjipData(overrides: Partial<LkjipData> = {}): LkjipData {
  const indicators = [anIndicator(), aHouseholdIndicator(), aNegativeIndicator()];
  return {
    agency: anAgency(),
    year: 2026,
    date: '2027-02-15',
    head: anOfficial(),
    organisation: [
      {
        code: 'KADIS',
        name: 'Kepala Dinas',
        kind: 'pimpinan',
        depth: 0,
        positions: [
          {
            title: 'Kepala Dinas Energi dan Sumber Daya Mineral Provinsi Kalimantan Timur',
            level: 'jpt_pratama',
            holder: 'Hendra Wijaya',
            acting: null,
          },
        ],
      },
      {
        code: 'SEKRE',
        name: 'Sekretariat',
        kind: 'sekretariat',
        depth: 1,
        positions: [
          { title: 'Sekretaris Dinas', level: 'administrator', holder: 'Rina Kartika', acting: 'plt' },
        ],
      },
      {
        code: 'SUBBAG-PROG',
        name: 'Subbagian Program',
        kind: 'subbagian',
        depth: 2,
        positions: [{ title: 'Kepala Subbagian Program', level: 'pengawas', holder: null, acting: null }],
      },
      {
        code: 'BID-GATRIK',
        name: 'Bidang Ketenagalistrikan',
        kind: 'bidang',
        depth: 1,
        positions: [
          {
            title: 'Kepala Bidang Ketenagalistrikan',
            level: 'administrator',
            holder: 'Bayu Saputra',
            acting: null,
          },
        ],
      },
    ],
    staff: {
      total: 3,
      byLevel: [
        { level: 'jpt_pratama', count: 1 },
        { level: 'administrator', count: 2 },
      ],
      byGrade: [{ grade: 'IV', count: 3 }],
    },
    renstra: {
      startYear: 2025,
      endYear: 2029,
      visi: 'Kaltim Sukses Menuju Generasi Emas',
      tujuan: [
        {
          code: 'T1',
          name: 'Meningkatnya akses dan ketahanan energi',
          indicators: [],
          sasaran: [
            {
              code: 'S1',
              name: 'Meningkatnya akses rumah tangga dan desa terhadap tenaga listrik',
              indicators: [indicators[0]!, indicators[1]!],
            },
          ],
        },
        {
          code: 'T2',
          name: 'Meningkatnya pengelolaan mineral bukan logam',
          indicators: [],
          sasaran: [
            {
              code: 'S3',
              name: 'Meningkatnya ketaatan pelaku usaha pertambangan',
              indicators: [indicators[2]!],
            },
          ],
        },
      ],
    },
    sasaran: [
      {
        code: 'S1',
        name: 'Meningkatnya akses rumah tangga dan desa terhadap tenaga listrik',
        tujuan: { code: 'T1', name: 'Meningkatnya akses dan ketahanan energi' },
      },
      {
        code: 'S3',
        name: 'Meningkatnya ketaatan pelaku usaha pertambangan',
        tujuan: { code: 'T2', name: 'Meningkatnya pengelolaan mineral bukan logam' },
      },
    ],
    indicators,
    agreement: aPerjanjianKinerja(),
    budget: [
      aBudgetNode({
        children: [
          aBudgetNode({
            kind: 'kegiatan',
            code: '3.29.06.1.01',
            name: 'Penatausahaan Izin Usaha Penyediaan Tenaga Listrik',
            sasaranCode: null,
          }),
        ],
      }),
      aBudgetNode({
        code: '3.29.03',
        name: 'PROGRAM PENGELOLAAN MINERAL DAN BATUBARA',
        unitName: 'Bidang Mineral dan Batubara',
        sasaranCode: 'S3',
        pagu: '500000000',
        quarters: ([1, 2, 3, 4] as Quarter[]).map((quarter) => ({
          quarter,
          cashPlan: '125000000',
          realisation: '120000000',
        })),
      }),
    ],
    ...overrides,
  };
}

/** TW III of the same agency: the Sekretaris signs (seed 002). */
export function aPemantauanData(overrides: Partial<PemantauanData> = {}): PemantauanData {
  const lkjip = aLkjipData();
  return {
    agency: lkjip.agency,
    year: 2026,
    quarter: 3,
    date: '2026-10-12',
    signer: {
      key: 'sekretaris',
      official: anOfficial({
        positionTitle: 'Sekretaris Dinas',
        name: 'Rina Kartika',
        rank: 'Pembina (IV/a)',
      }),
    },
    renstra: { startYear: 2025, endYear: 2029 },
    agreementCount: 6,
    sasaran: lkjip.sasaran,
    indicators: lkjip.indicators,
    budget: lkjip.budget,
    ...overrides,
  };
}
