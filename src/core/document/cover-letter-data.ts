import type { AgencyIdentity, Official } from './agency-identity';

/** What a surat pengantar is built from. */
export interface CoverLetterData {
  agency: AgencyIdentity;
  /** `YYYY-MM-DD`. */
  date: string;
  /** The issued letter number; null until the numbering step issues one (prints as a blank). */
  number: string | null;
  /** Sifat: "Biasa". */
  nature: string;
  /** Lampiran: how many, as words follow ("1 (satu) berkas"); a number is spelled out by the builder. */
  attachmentCount: number;
  /** Perihal: "Penyampaian LKjIP Tahun 2026". */
  subject: string;
  /** Kepada Yth.: one line each. */
  recipients: string[];
  /** The line under the recipients: "di Samarinda", "di Tempat". */
  recipientPlace: string;
  /** What is sent with the letter: "Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun 2026". */
  attached: string;
  /** A body written by people instead of the standard one (paragraphs split by blank lines). */
  body: string | null;
  signer: Official | null;
  /** Tembusan. */
  copies: string[];
}
