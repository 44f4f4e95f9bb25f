import { Resvg } from '@resvg/resvg-js';
import type {
  Block,
  Cell,
  ChartSpec,
  DocumentModel,
  Letterhead,
  SignatoryModel,
  TableCell,
} from '../core/document/document-model';

/**
 * Realistic sample documents for the renderers' tests and for looking at output: an LKjIP of the
 * Dinas ESDM Provinsi Kalimantan Timur (illustrative figures, fictitious people) and a cover letter.
 * Each call returns a fresh model, so a caller may change it.
 *
 * @example
 *   fs.writeFileSync('lkjip.pdf', await renderDocumentPdf(sampleLkjipModel()));
 */

/** Pale fills of the achievement categories (Permendagri 86/2017): black text stays legible on them. */
export const SAMPLE_CATEGORY_FILLS: Record<string, string> = {
  'Sangat Tinggi': '#c6efce',
  Tinggi: '#e2f0cb',
  Sedang: '#fff2cc',
  Rendah: '#fce4d6',
  'Sangat Rendah': '#f8cbcb',
};

const HEADER_FILL = '#d9d9d9';

let logo: string | undefined;

/** A plain emblem (a shield with a star over waves) as a PNG, standing in for an agency's logo. */
export function sampleLogoBase64(): string {
  if (!logo) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="140" viewBox="0 0 120 140">
      <path d="M10 8 H110 V70 C110 105 85 125 60 136 C35 125 10 105 10 70 Z" fill="#1f4e79" stroke="#b8860b" stroke-width="5"/>
      <path d="M60 22 L67 42 L88 42 L71 55 L77 75 L60 63 L43 75 L49 55 L32 42 L53 42 Z" fill="#f2c14e"/>
      <path d="M22 92 Q36 82 50 92 T78 92 T104 92" fill="none" stroke="#ffffff" stroke-width="5"/>
      <path d="M26 106 Q38 97 50 106 T74 106 T98 106" fill="none" stroke="#ffffff" stroke-width="5"/>
    </svg>`;
    logo = new Resvg(svg, { fitTo: { mode: 'width', value: 240 } }).render().asPng().toString('base64');
  }
  return logo;
}

export function sampleLetterhead(): Letterhead {
  return {
    government: 'PEMERINTAH PROVINSI KALIMANTAN TIMUR',
    agencyName: 'DINAS ENERGI DAN SUMBER DAYA MINERAL',
    addressLines: [
      'Jalan M.T. Haryono Nomor 5, Samarinda, Kalimantan Timur 75124',
      'Telepon (0541) 741234 · Laman esdm.kaltimprov.go.id · Pos-el desdm@kaltimprov.go.id',
    ],
    logoBase64: sampleLogoBase64(),
  };
}

const head: SignatoryModel = {
  key: 'head',
  roleLines: ['KEPALA DINAS ENERGI DAN SUMBER DAYA MINERAL', 'PROVINSI KALIMANTAN TIMUR'],
  name: 'Ir. HENDRA WIJAYA, M.T.',
  rank: 'Pembina Utama Muda (IV/c)',
  nip: '19700312 199503 1 004',
};

const header = (text: string, extra: Partial<TableCell> = {}): TableCell => ({
  runs: [text],
  bold: true,
  align: 'center',
  fill: HEADER_FILL,
  ...extra,
});
const num = (text: string): TableCell => ({ runs: [text], align: 'right' });
const centre = (text: string): TableCell => ({ runs: [text], align: 'center' });
const category = (label: string): TableCell => ({
  runs: [label],
  align: 'center',
  fill: SAMPLE_CATEGORY_FILLS[label],
});

interface SampleIndicator {
  sasaran: string;
  name: string;
  unit: string;
  target: string;
  realisation: string;
  achievement: string;
  category: string;
}

const SASARAN = [
  'Meningkatnya akses rumah tangga dan desa terhadap tenaga listrik',
  'Meningkatnya pemanfaatan energi baru terbarukan dan konservasi energi',
  'Meningkatnya ketaatan pelaku usaha pertambangan MBLB dan pengguna air tanah',
  'Meningkatnya akuntabilitas kinerja dan kualitas pelayanan Dinas ESDM',
];

export const SAMPLE_INDICATORS: SampleIndicator[] = [
  {
    sasaran: SASARAN[0]!,
    name: 'Rasio Elektrifikasi',
    unit: '%',
    target: '97,60',
    realisation: '97,82',
    achievement: '100,23',
    category: 'Sangat Tinggi',
  },
  {
    sasaran: SASARAN[0]!,
    name: 'Jumlah desa terpencil yang dilistriki melalui PLTS terpusat',
    unit: 'desa',
    target: '12',
    realisation: '10',
    achievement: '83,33',
    category: 'Tinggi',
  },
  {
    sasaran: SASARAN[0]!,
    name: 'Jumlah rumah tangga tidak mampu penerima bantuan pasang baru listrik',
    unit: 'rumah tangga',
    target: '2.000',
    realisation: '1.412',
    achievement: '70,60',
    category: 'Sedang',
  },
  {
    sasaran: SASARAN[1]!,
    name: 'Persentase bauran energi baru terbarukan dalam konsumsi energi final daerah',
    unit: '%',
    target: '12,50',
    realisation: '12,40',
    achievement: '99,20',
    category: 'Sangat Tinggi',
  },
  {
    sasaran: SASARAN[1]!,
    name: 'Jumlah unit biogas rumah tangga terbangun',
    unit: 'unit',
    target: '60',
    realisation: '34',
    achievement: '56,67',
    category: 'Rendah',
  },
  {
    sasaran: SASARAN[2]!,
    name: 'Persentase pemegang izin usaha pertambangan MBLB yang dibina dan diawasi',
    unit: '%',
    target: '80,00',
    realisation: '84,15',
    achievement: '105,19',
    category: 'Sangat Tinggi',
  },
  {
    sasaran: SASARAN[2]!,
    name: 'Jumlah titik indikasi pertambangan tanpa izin (PETI) yang masih aktif terpantau',
    unit: 'titik',
    target: '90',
    realisation: '108',
    achievement: '80,00',
    category: 'Tinggi',
  },
  {
    sasaran: SASARAN[2]!,
    name: 'Persentase pemegang izin pengusahaan air tanah yang menyampaikan laporan volume pengambilan',
    unit: '%',
    target: '75,00',
    realisation: '36,20',
    achievement: '48,27',
    category: 'Sangat Rendah',
  },
  {
    sasaran: SASARAN[3]!,
    name: 'Nilai hasil evaluasi SAKIP Dinas ESDM',
    unit: 'nilai',
    target: '72,00',
    realisation: '73,51',
    achievement: '102,10',
    category: 'Sangat Tinggi',
  },
  {
    sasaran: SASARAN[3]!,
    name: 'Indeks Kepuasan Masyarakat atas layanan rekomendasi dan pertimbangan teknis',
    unit: 'indeks',
    target: '82,00',
    realisation: '83,90',
    achievement: '102,32',
    category: 'Sangat Tinggi',
  },
];

/** Table T-1 (target, realisation, achievement, category) with the sasaran merged down its rows. */
export function sampleT1Table(
  indicators: SampleIndicator[] = SAMPLE_INDICATORS,
): Extract<Block, { kind: 'table' }> {
  const rows: Cell[][] = [];
  indicators.forEach((indicator, index) => {
    const first = index === 0 || indicators[index - 1]!.sasaran !== indicator.sasaran;
    const span = indicators.slice(index).findIndex((i) => i.sasaran !== indicator.sasaran);
    const rowSpan = span < 0 ? indicators.length - index : span;
    rows.push([
      centre(String(index + 1)),
      ...(first ? [{ runs: [indicator.sasaran], rowSpan } satisfies TableCell] : []),
      indicator.name,
      centre(indicator.unit),
      num(indicator.target),
      num(indicator.realisation),
      num(indicator.achievement),
      category(indicator.category),
    ]);
  });
  return {
    kind: 'table',
    caption: 'Tabel 3.1 Capaian Indikator Kinerja Sasaran Tahun 2025 (T-1)',
    columns: [
      { width: 4 },
      { width: 20 },
      { width: 28 },
      { width: 9 },
      { width: 9 },
      { width: 9 },
      { width: 9 },
      { width: 11 },
    ],
    header: [
      [
        header('No'),
        header('Sasaran Strategis'),
        header('Indikator Kinerja'),
        header('Satuan'),
        header('Target'),
        header('Realisasi'),
        header('% Capaian'),
        header('Kategori'),
      ],
    ],
    rows,
    note: 'Sumber: Pengukuran Kinerja Dinas ESDM Provinsi Kalimantan Timur Tahun 2025. Kategori menurut Permendagri 86/2017: ≥ 91 Sangat Tinggi; 76 s.d. < 91 Tinggi; 66 s.d. < 76 Sedang; 51 s.d. < 66 Rendah; < 51 Sangat Rendah.',
    size: 'small',
  };
}

export function sampleAchievementChart(): ChartSpec {
  return {
    kind: 'bar-line',
    title: 'Target dan Realisasi Indikator Kinerja Utama 2025',
    categories: [
      'Rasio Elektrifikasi',
      'Bauran energi baru terbarukan',
      'Izin MBLB dibina dan diawasi',
      'Nilai evaluasi SAKIP',
      'Indeks Kepuasan Masyarakat',
    ],
    series: [
      { name: 'Target', kind: 'bar', values: [97.6, 12.5, 80, 72, 82], color: '#a9bcd0' },
      { name: 'Realisasi', kind: 'bar', values: [97.82, 12.4, 84.15, 73.51, 83.9], color: '#3f6e9e' },
      { name: '% Capaian', kind: 'line', values: [100.23, 99.2, 105.19, 102.1, 102.32], color: '#3a9188' },
    ],
    yAxisName: 'Persen / nilai',
    markLine: { value: 100, label: 'Capaian 100%' },
  };
}

export function sampleTrendChart(): ChartSpec {
  return {
    kind: 'line',
    title: 'Rasio Elektrifikasi Provinsi Kalimantan Timur 2021–2025',
    categories: ['2021', '2022', '2023', '2024', '2025'],
    series: [
      { name: 'Target', kind: 'line', values: [91, 93, 95, 96.5, 97.6], color: '#7d8793' },
      { name: 'Realisasi', kind: 'line', values: [91.98, 93.1, null, 97.1, 97.82], color: '#3f6e9e' },
    ],
    yAxisName: '%',
  };
}

const LOREM_ANALYSIS =
  'Capaian indikator ini dipengaruhi oleh pembangunan Pembangkit Listrik Tenaga Surya (PLTS) terpusat di desa-desa terpencil yang belum terjangkau jaringan PLN, terutama di Kabupaten Mahakam Ulu, Kutai Barat dan Kutai Timur. Kendala utama adalah akses logistik ke lokasi, kesiapan lahan yang dihibahkan desa, serta waktu pengadaan yang baru selesai pada triwulan IV.';

function chapter(text: string): Block {
  return { kind: 'heading', level: 1, text, align: 'center', toc: true };
}

function section(text: string): Block {
  return { kind: 'heading', level: 2, text, toc: true };
}

function para(text: string): Block {
  return { kind: 'paragraph', runs: [text], align: 'justify', indent: true };
}

/** Table T-5: budget per program with the programs' rows merged across their columns. */
function sampleBudgetTable(): Extract<Block, { kind: 'table' }> {
  const program = (code: string, name: string, pagu: string, real: string, serapan: string): Cell[] => [
    { runs: [code], bold: true },
    { runs: [name], bold: true, colSpan: 2 },
    { runs: [pagu], bold: true, align: 'right' },
    { runs: [real], bold: true, align: 'right' },
    { runs: [serapan], bold: true, align: 'right' },
  ];
  const activity = (code: string, name: string, pagu: string, real: string, serapan: string): Cell[] => [
    code,
    '',
    name,
    num(pagu),
    num(real),
    num(serapan),
  ];
  return {
    kind: 'table',
    caption: 'Tabel 3.5 Realisasi Anggaran per Program dan Kegiatan Tahun 2025 (T-5)',
    columns: [{ width: 10 }, { width: 3 }, { width: 42 }, { width: 17 }, { width: 17 }, { width: 9 }],
    header: [
      [
        header('Kode', { rowSpan: 2 }),
        header('Program / Kegiatan', { rowSpan: 2, colSpan: 2 }),
        header('Anggaran (Rp)', { colSpan: 2 }),
        header('Serapan (%)', { rowSpan: 2 }),
      ],
      [header('Pagu'), header('Realisasi')],
    ],
    rows: [
      program(
        '3.29.01',
        'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI',
        'Rp21.032.050.000',
        'Rp19.871.221.350',
        '94,48',
      ),
      activity(
        '3.29.01.1.01',
        'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah',
        'Rp412.500.000',
        'Rp398.120.000',
        '96,51',
      ),
      activity(
        '3.29.01.1.02',
        'Administrasi Keuangan Perangkat Daerah',
        'Rp14.870.300.000',
        'Rp14.102.455.200',
        '94,84',
      ),
      program(
        '3.29.06',
        'PROGRAM PENGELOLAAN KETENAGALISTRIKAN',
        'Rp39.450.000.000',
        'Rp36.912.804.000',
        '93,57',
      ),
      activity(
        '3.29.06.1.03',
        'Penganggaran untuk Kelompok Masyarakat Tidak Mampu, Pembangunan Sarana Penyediaan Tenaga Listrik Belum Berkembang, Daerah Terpencil dan Perdesaan',
        'Rp37.800.000.000',
        'Rp35.406.310.000',
        '93,67',
      ),
      [
        { runs: ['JUMLAH'], bold: true, colSpan: 3, align: 'center' },
        { runs: ['Rp60.482.050.000'], bold: true, align: 'right', fill: '#f2f2f2' },
        { runs: ['Rp56.784.025.350'], bold: true, align: 'right', fill: '#f2f2f2' },
        { runs: ['93,89'], bold: true, align: 'right', fill: '#f2f2f2' },
      ],
    ],
    note: 'Sumber: Laporan Realisasi Anggaran (LRA) Dinas ESDM Tahun Anggaran 2025, data per 31 Desember 2025.',
    size: 'small',
  };
}

/** The quarterly action plan, too wide for portrait: the landscape appendix. */
function sampleActionPlanTable(): Extract<Block, { kind: 'table' }> {
  const quarters = ['TW I', 'TW II', 'TW III', 'TW IV'];
  return {
    kind: 'table',
    caption: 'Lampiran 1 Rencana Aksi dan Realisasi Triwulanan Indikator Kinerja Tahun 2025',
    columns: [
      { width: 3 },
      { width: 26 },
      { width: 6 },
      { width: 6 },
      ...quarters.flatMap(() => [{ width: 6 }, { width: 6 }]),
      { width: 7 },
    ],
    header: [
      [
        header('No', { rowSpan: 2 }),
        header('Indikator Kinerja', { rowSpan: 2 }),
        header('Satuan', { rowSpan: 2 }),
        header('Target Tahunan', { rowSpan: 2 }),
        ...quarters.map((q) => header(q, { colSpan: 2 })),
        header('% Capaian', { rowSpan: 2 }),
      ],
      quarters.flatMap(() => [header('T'), header('R')]),
    ],
    rows: SAMPLE_INDICATORS.map((indicator, index) => [
      centre(String(index + 1)),
      indicator.name,
      centre(indicator.unit),
      num(indicator.target),
      ...quarters.flatMap((_, q) => [
        num(q === 3 ? indicator.target : '–'),
        num(q === 3 ? indicator.realisation : '–'),
      ]),
      { ...category(indicator.category), runs: [indicator.achievement], align: 'right' },
    ]),
    note: 'T = target kumulatif; R = realisasi kumulatif sampai dengan akhir triwulan.',
    size: 'small',
  };
}

/**
 * An LKjIP as a builder would make it: cover (no page numbers), Kata Pengantar, Ikhtisar Eksekutif and
 * Daftar Isi (roman), BAB I–IV (arabic) with T-1 and T-5, two charts, the head's signature with a
 * SignatureMark, the paraf trail, and a landscape appendix continuing the arabic numbers.
 */
export function sampleLkjipModel(): DocumentModel {
  return {
    kind: 'lkjip',
    title: 'Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun 2025',
    subject: 'LKjIP Dinas Energi dan Sumber Daya Mineral Provinsi Kalimantan Timur Tahun 2025',
    author: 'Dinas Energi dan Sumber Daya Mineral Provinsi Kalimantan Timur',
    paper: 'A4',
    letterhead: sampleLetterhead(),
    sections: [
      {
        pageNumbers: 'none',
        blocks: [
          { kind: 'spacer', height: 30 },
          {
            kind: 'paragraph',
            runs: [{ text: 'LAPORAN KINERJA INSTANSI PEMERINTAH', bold: true }],
            align: 'center',
            size: 'large',
          },
          { kind: 'paragraph', runs: [{ text: '(LKjIP)', bold: true }], align: 'center', size: 'large' },
          { kind: 'paragraph', runs: [{ text: 'TAHUN 2025', bold: true }], align: 'center', size: 'large' },
          { kind: 'spacer', height: 25 },
          { kind: 'paragraph', runs: [], align: 'center', image: { base64: sampleLogoBase64(), width: 40 } },
          { kind: 'spacer', height: 25 },
          {
            kind: 'paragraph',
            runs: [{ text: 'DINAS ENERGI DAN SUMBER DAYA MINERAL', bold: true }],
            align: 'center',
            size: 'large',
          },
          {
            kind: 'paragraph',
            runs: [{ text: 'PROVINSI KALIMANTAN TIMUR', bold: true }],
            align: 'center',
            size: 'large',
          },
          { kind: 'paragraph', runs: ['2026'], align: 'center' },
        ],
      },
      {
        pageNumbers: 'roman',
        blocks: [
          chapter('KATA PENGANTAR'),
          para(
            'Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa, karena atas rahmat-Nya Laporan Kinerja Instansi Pemerintah (LKjIP) Dinas Energi dan Sumber Daya Mineral Provinsi Kalimantan Timur Tahun 2025 dapat diselesaikan. Laporan ini disusun sebagai wujud pertanggungjawaban atas pelaksanaan tugas pokok dan fungsi serta pencapaian sasaran strategis sebagaimana ditetapkan dalam Perjanjian Kinerja Tahun 2025.',
          ),
          para(
            'Penyusunan LKjIP berpedoman pada Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah dan Peraturan Menteri PANRB Nomor 53 Tahun 2014. Kami menyadari laporan ini masih memiliki kekurangan; saran dan masukan untuk perbaikan sangat kami harapkan.',
          ),
          {
            kind: 'signatures',
            place: 'Samarinda',
            date: '27 Februari 2026',
            signatories: [head],
          },
          { kind: 'page-break' },
          chapter('IKHTISAR EKSEKUTIF'),
          para(
            'Pada Tahun 2025 Dinas ESDM Provinsi Kalimantan Timur menetapkan 4 (empat) sasaran strategis yang diukur dengan 10 (sepuluh) indikator kinerja. Dari 10 indikator tersebut, 5 indikator berkategori Sangat Tinggi, 2 indikator Tinggi, 1 indikator Sedang, 1 indikator Rendah dan 1 indikator Sangat Rendah, dengan rata-rata capaian 84,79%.',
          ),
          {
            kind: 'list',
            ordered: true,
            items: [
              ['Rasio Elektrifikasi mencapai ', { text: '97,82%', bold: true }, ' dari target 97,60%.'],
              ['Bauran energi baru terbarukan mencapai 12,40% dari target 12,50%.'],
              [
                'Kepatuhan pelaporan volume pengambilan air tanah baru ',
                { text: '36,20%', bold: true },
                '; perlu perbaikan sistem pelaporan daring.',
              ],
            ],
          },
          para(
            'Realisasi anggaran mencapai Rp56.784.025.350 dari pagu Rp60.482.050.000 atau 93,89%, sehingga efisiensi penggunaan sumber daya tercapai dengan baik.',
          ),
          { kind: 'page-break' },
          { kind: 'toc', title: 'DAFTAR ISI' },
        ],
      },
      {
        pageNumbers: 'arabic',
        blocks: [
          chapter('BAB I\nPENDAHULUAN'),
          section('1.1 Latar Belakang'),
          para(
            'Dinas Energi dan Sumber Daya Mineral Provinsi Kalimantan Timur dibentuk berdasarkan Peraturan Daerah Provinsi Kalimantan Timur tentang Pembentukan dan Susunan Perangkat Daerah, dengan kedudukan, susunan organisasi, tugas dan fungsi sebagaimana diatur dalam Peraturan Gubernur Kalimantan Timur Nomor 68 Tahun 2016.',
          ),
          para(
            'Sejak berlakunya Undang-Undang Nomor 3 Tahun 2020, kewenangan perizinan dan pengawasan pertambangan mineral logam dan batubara beralih ke Pemerintah Pusat, sehingga Dinas ESDM memusatkan perhatian pada mineral bukan logam dan batuan, air tanah, energi baru terbarukan dan ketenagalistrikan.',
          ),
          section('1.2 Tugas Pokok dan Fungsi'),
          {
            kind: 'list',
            ordered: false,
            items: [
              ['perumusan kebijakan teknis di bidang energi dan sumber daya mineral;'],
              [
                'penyelenggaraan urusan pemerintahan dan pelayanan umum di bidang ketenagalistrikan, energi baru terbarukan, mineral bukan logam dan batuan, serta geologi dan air tanah;',
              ],
              ['pembinaan dan pelaksanaan tugas di bidang energi dan sumber daya mineral; dan'],
              ['pelaksanaan tugas lain yang diberikan oleh Gubernur sesuai dengan tugas dan fungsinya.'],
            ],
          },
          section('1.3 Isu Strategis'),
          para(
            'Isu strategis yang dihadapi antara lain masih adanya desa yang belum berlistrik di wilayah terpencil, rendahnya bauran energi baru terbarukan, maraknya pertambangan tanpa izin, serta belum optimalnya pelaporan pengambilan air tanah oleh pemegang izin. Kata-kata panjang seperti Pertanggungjawabankinerjainstansipemerintahdaerahprovinsikalimantantimur tetap harus dipatahkan dengan rapi.',
          ),
          { kind: 'page-break' },
          chapter('BAB II\nPERENCANAAN KINERJA'),
          section('2.1 Rencana Strategis'),
          para(
            'Rencana Strategis Dinas ESDM Tahun 2025–2029 menjabarkan visi daerah "Kaltim Sukses Menuju Generasi Emas" ke dalam tujuan, sasaran, dan indikator kinerja berikut.',
          ),
          {
            kind: 'table',
            caption: 'Tabel 2.1 Tujuan, Sasaran dan Indikator Kinerja Renstra 2025–2029',
            columns: [{ width: 5 }, { width: 35 }, { width: 45 }, { width: 15 }],
            header: [[header('No'), header('Sasaran'), header('Indikator Kinerja'), header('Target 2029')]],
            rows: SAMPLE_INDICATORS.slice(0, 6).map((indicator, index) => [
              centre(String(index + 1)),
              indicator.sasaran,
              indicator.name,
              num(indicator.target),
            ]),
          },
          section('2.2 Perjanjian Kinerja Tahun 2025'),
          para(
            'Perjanjian Kinerja Tahun 2025 ditandatangani oleh Kepala Dinas dan Gubernur Kalimantan Timur pada bulan Februari 2025 dan memuat 10 indikator kinerja beserta anggaran yang mendukungnya.',
          ),
          { kind: 'page-break' },
          chapter('BAB III\nAKUNTABILITAS KINERJA'),
          section('A. Capaian Kinerja Organisasi'),
          para(
            'Pengukuran kinerja dilakukan dengan membandingkan target dan realisasi setiap indikator. Untuk indikator dengan polaritas negatif digunakan rumus (2T − R) / T × 100%.',
          ),
          sampleT1Table(),
          {
            kind: 'figure',
            chart: sampleAchievementChart(),
            caption: 'Gambar 3.1 Target, Realisasi dan Capaian Indikator Kinerja Utama Tahun 2025',
            width: 150,
            height: 85,
          },
          {
            kind: 'heading',
            level: 3,
            text: 'Sasaran 1: Meningkatnya akses rumah tangga dan desa terhadap tenaga listrik',
            toc: true,
          },
          para(LOREM_ANALYSIS),
          {
            kind: 'figure',
            chart: sampleTrendChart(),
            caption: 'Gambar 3.2 Perkembangan Rasio Elektrifikasi Tahun 2021–2025',
            width: 150,
            height: 75,
          },
          para(
            'Realisasi tahun 2023 tidak tersedia karena survei rumah tangga berlistrik tidak dilaksanakan pada tahun tersebut; grafik menampilkannya sebagai celah.',
          ),
          section('B. Realisasi Anggaran'),
          sampleBudgetTable(),
          { kind: 'page-break' },
          chapter('BAB IV\nPENUTUP'),
          para(
            'Secara umum kinerja Dinas ESDM Provinsi Kalimantan Timur Tahun 2025 berkategori Tinggi. Beberapa indikator yang belum mencapai target akan menjadi perhatian pada tahun 2026 melalui perbaikan perencanaan pengadaan, percepatan hibah lahan, dan penerapan pelaporan air tanah secara daring.',
          ),
          {
            kind: 'signatures',
            place: 'Samarinda',
            date: '27 Februari 2026',
            signatories: [head],
            marks: {
              head: {
                verificationUrl: 'https://alur.example.go.id/verifikasi/7Qm2xK9pLr4T',
                caption: 'Ditandatangani secara elektronik',
              },
            },
          },
          {
            kind: 'paraf',
            title: 'Paraf Koordinasi',
            entries: [
              {
                position: 'Kepala Subbagian Program',
                name: 'Yusuf Maulana, S.T.',
                at: '20 Februari 2026 10.15 WITA',
              },
              {
                position: 'Sekretaris Dinas',
                name: 'Dra. Rina Kartika, M.Si.',
                at: '23 Februari 2026 08.40 WITA',
              },
              { position: 'Kepala Bidang Ketenagalistrikan', name: 'Bayu Saputra, S.T., M.Eng.', at: '' },
            ],
          },
        ],
      },
      {
        pageNumbers: 'arabic',
        orientation: 'landscape',
        blocks: [chapter('LAMPIRAN'), sampleActionPlanTable()],
      },
    ],
  };
}

/**
 * A cover letter (surat pengantar): letterhead, the Nomor/Sifat/Lampiran/Perihal fields as a
 * borderless table with the date on the right, the addressee, body, one signature on the right and
 * the copies.
 */
export function sampleLetterModel(): DocumentModel {
  const field = (label: string, value: string, right = ''): Cell[] => [
    label,
    ':',
    value,
    { runs: [right], align: 'right' },
  ];
  return {
    kind: 'surat_pengantar',
    title: 'Penyampaian LKjIP Tahun 2025',
    subject: 'Surat pengantar LKjIP Dinas ESDM Provinsi Kalimantan Timur',
    author: 'Dinas Energi dan Sumber Daya Mineral Provinsi Kalimantan Timur',
    paper: 'F4',
    letterhead: sampleLetterhead(),
    sections: [
      {
        pageNumbers: 'none',
        blocks: [
          { kind: 'letterhead' },
          {
            kind: 'table',
            borderless: true,
            columns: [{ width: 13 }, { width: 2 }, { width: 45 }, { width: 40 }],
            header: [],
            rows: [
              field('Nomor', '000.1.4/0412/DESDM-PROG/II/2026', 'Samarinda, 27 Februari 2026'),
              field('Sifat', 'Biasa'),
              field('Lampiran', '1 (satu) berkas'),
              [
                'Perihal',
                ':',
                {
                  runs: [
                    {
                      text: 'Penyampaian Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun 2025',
                      bold: true,
                    },
                  ],
                },
                '',
              ],
            ],
          },
          { kind: 'spacer', height: 6 },
          {
            kind: 'paragraph',
            runs: [
              'Yth. Gubernur Kalimantan Timur',
              '\nc.q. Kepala Biro Organisasi Setda Provinsi Kalimantan Timur',
              '\ndi ',
              { text: 'Samarinda', underline: true },
            ],
          },
          { kind: 'spacer', height: 4 },
          para(
            'Dalam rangka memenuhi ketentuan Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah, bersama ini kami sampaikan Laporan Kinerja Instansi Pemerintah (LKjIP) Dinas Energi dan Sumber Daya Mineral Provinsi Kalimantan Timur Tahun 2025 untuk dapat dipergunakan sebagaimana mestinya.',
          ),
          para('Demikian disampaikan, atas perhatian Bapak kami ucapkan terima kasih.'),
          {
            kind: 'signatures',
            signatories: [{ ...head, actingPrefix: 'Plt.' }],
          },
          { kind: 'paragraph', runs: [{ text: 'Tembusan:', underline: true }], size: 'small' },
          {
            kind: 'list',
            ordered: true,
            items: [['Inspektur Provinsi Kalimantan Timur;'], ['Kepala Bappeda Provinsi Kalimantan Timur.']],
          },
        ],
      },
    ],
  };
}

/**
 * A Perjanjian Kinerja: the two parties side by side (pihak kedua left, pihak pertama right) under the
 * date, both with a SignatureMark, and the performance targets on the next page.
 */
export function samplePerjanjianKinerjaModel(): DocumentModel {
  const governor: SignatoryModel = {
    key: 'pihak_kedua',
    roleLines: ['GUBERNUR KALIMANTAN TIMUR'],
    name: 'Dr. H. RUDI MAHENDRA, S.E., M.M.',
  };
  const kadis: SignatoryModel = { ...head, key: 'pihak_pertama' };
  const marks = {
    pihak_kedua: {
      verificationUrl: 'https://alur.example.go.id/verifikasi/PK2026gub',
      caption: 'Ditandatangani secara elektronik',
    },
    pihak_pertama: {
      verificationUrl: 'https://alur.example.go.id/verifikasi/PK2026kadis',
      caption: 'Ditandatangani secara elektronik',
    },
  };
  const signatures: Block = {
    kind: 'signatures',
    place: 'Samarinda',
    date: '3 Januari 2026',
    signatories: [
      { ...governor, roleLines: ['Pihak Kedua,', ...governor.roleLines] },
      { ...kadis, roleLines: ['Pihak Pertama,', ...kadis.roleLines] },
    ],
    marks,
  };
  return {
    kind: 'perjanjian_kinerja',
    title: 'Perjanjian Kinerja Tahun 2026',
    subject: 'Perjanjian Kinerja Kepala Dinas ESDM Provinsi Kalimantan Timur Tahun 2026',
    author: 'Dinas Energi dan Sumber Daya Mineral Provinsi Kalimantan Timur',
    paper: 'F4',
    letterhead: sampleLetterhead(),
    sections: [
      {
        pageNumbers: 'none',
        blocks: [
          { kind: 'letterhead' },
          { kind: 'heading', level: 1, text: 'PERJANJIAN KINERJA TAHUN 2026' },
          para(
            'Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan, dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:',
          ),
          {
            kind: 'table',
            borderless: true,
            columns: [{ width: 12 }, { width: 3 }, { width: 85 }],
            header: [],
            rows: [
              ['Nama', ':', kadis.name],
              ['Jabatan', ':', 'Kepala Dinas Energi dan Sumber Daya Mineral Provinsi Kalimantan Timur'],
              [{ runs: ['selanjutnya disebut pihak pertama'], colSpan: 3 }],
              ['Nama', ':', governor.name],
              ['Jabatan', ':', 'Gubernur Kalimantan Timur'],
              [{ runs: ['selaku atasan pihak pertama, selanjutnya disebut pihak kedua'], colSpan: 3 }],
            ],
          },
          para(
            'Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.',
          ),
          signatures,
          { kind: 'page-break' },
          { kind: 'heading', level: 2, text: 'Lampiran Perjanjian Kinerja Tahun 2026', align: 'center' },
          {
            kind: 'table',
            columns: [{ width: 5 }, { width: 35 }, { width: 45 }, { width: 15 }],
            header: [
              [header('No'), header('Sasaran Strategis'), header('Indikator Kinerja'), header('Target')],
            ],
            rows: SAMPLE_INDICATORS.map((indicator, index) => [
              centre(String(index + 1)),
              indicator.sasaran,
              indicator.name,
              num(`${indicator.target} ${indicator.unit === '%' ? '%' : indicator.unit}`),
            ]),
          },
          { ...signatures, marks: undefined },
        ],
      },
    ],
  };
}

/** A table of `count` indicator rows, long enough to span pages (its header repeats on each). */
export function sampleLongTable(count: number): Extract<Block, { kind: 'table' }> {
  const indicators = Array.from({ length: count }, (_, i) => {
    const base = SAMPLE_INDICATORS[i % SAMPLE_INDICATORS.length]!;
    return { ...base, sasaran: `${base.sasaran} (${Math.floor(i / 4) + 1})`, name: `${base.name} ${i + 1}` };
  });
  return { ...sampleT1Table(indicators), caption: `Tabel 3.9 Capaian ${count} Indikator Kinerja (T-1)` };
}

/**
 * Every block kind of the model at least once, in both orientations and all page-number formats:
 * the contract suite renders it with every renderer.
 */
export function sampleAllBlocksModel(): DocumentModel {
  const lkjip = sampleLkjipModel();
  const pk = samplePerjanjianKinerjaModel();
  return {
    ...lkjip,
    title: 'Contoh semua jenis blok',
    sections: [
      { pageNumbers: 'none', blocks: [{ kind: 'letterhead' }, ...lkjip.sections[0]!.blocks] },
      lkjip.sections[1]!,
      {
        ...lkjip.sections[2]!,
        blocks: [
          ...lkjip.sections[2]!.blocks,
          { kind: 'page-break' },
          { kind: 'heading', level: 1, text: 'Perjanjian Kinerja', toc: false },
          ...pk.sections[0]!.blocks.filter((block) => block.kind === 'signatures').slice(0, 1),
          { kind: 'spacer', height: 10 },
          { kind: 'paragraph', runs: ['Teks kecil di bawah tanda tangan.'], size: 'small', align: 'right' },
        ],
      },
      lkjip.sections[3]!,
    ],
  };
}
