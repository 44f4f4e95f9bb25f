import type { AgencyIdentity, Official } from './agency-identity';

/** The incoming letter a disposition is written on; what the system does not hold is null. */
export interface IncomingLetterData {
  /** Surat dari: "Inspektur Kabupaten Tanjung Jabung Barat". */
  from: string | null;
  number: string | null;
  /** `YYYY-MM-DD`. */
  date: string | null;
  /** Perihal. */
  subject: string | null;
  /** `YYYY-MM-DD`. */
  receivedOn: string | null;
  agendaNumber: string | null;
  /** Sifat: Biasa, Segera, Sangat Segera, Rahasia. */
  nature: string | null;
}

/** What a lembar disposisi is built from: the letter, the head's instruction and its addressees. */
export interface DispositionSheetData {
  agency: AgencyIdentity;
  letter: IncomingLetterData;
  /** Diteruskan kepada: positions, with the holder on the date when known. */
  addressees: { positionTitle: string; name: string | null }[];
  /** Isi disposisi. */
  instruction: string;
  /** Batas waktu: `YYYY-MM-DD`, or the head's own words. */
  deadline: string | null;
  /** The head who writes it, on `date`. */
  head: Official | null;
  /** `YYYY-MM-DD`. */
  date: string;
  /** The run it starts ("LKjIP 2026"), printed small under the form. */
  purpose: string | null;
}
