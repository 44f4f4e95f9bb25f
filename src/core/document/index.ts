/**
 * Documents as data: the format-neutral model and the pure builders that turn an agency's data into
 * it (LKjIP, Laporan Pemantauan Kinerja, Perjanjian Kinerja, lembar disposisi, surat pengantar), each
 * with its narrative draft and missing-data check where it has them. Inputs are loaded by
 * `services/documents/data`; renderers live in `formats/document-docx` and `formats/document-pdf`.
 */

export {
  type AgencyIdentity,
  actingTitle,
  agencyNameWithoutRegion,
  formatNipText,
  letterheadOf,
  NAME_LINE,
  type Official,
  signatoryOf,
} from './agency-identity';
export { buildCoverLetter, findMissingCoverLetterData, spellNumberId } from './build-cover-letter';
export { BLANK, buildDispositionSheet, findMissingDispositionData } from './build-disposition-sheet';
export { buildLkjip } from './build-lkjip';
export { buildPemantauan } from './build-pemantauan';
export {
  buildPerjanjianKinerja,
  findMissingPerjanjianKinerjaData,
  perjanjianKinerjaBlocks,
} from './build-perjanjian-kinerja';
export type { CoverLetterData } from './cover-letter-data';
export type { DispositionSheetData, IncomingLetterData } from './disposition-sheet-data';
export type * from './document-model';
export { documentText, tablesOf } from './document-text';
export {
  describeLkjipNarrative,
  draftLkjipNarrative,
  LKJIP_ANALYSES,
  type NarrativeSection,
  type NarrativeSource,
} from './draft-lkjip-narrative';
export { describePemantauanNarrative, draftPemantauanNarrative } from './draft-pemantauan-narrative';
export { findMissingLkjipData, type MissingDataOptions } from './find-missing-lkjip-data';
export { findMissingPemantauanData, quarterTitle } from './find-missing-pemantauan-data';
export {
  formatDateId,
  formatDateTimeId,
  formatMonthYearId,
  formatTimeId,
  MONTH_NAMES_ID,
  romanMonth,
} from './format-date-id';
export { type PeriodFigures, periodFigures } from './indicator-figures';
export type { LkjipData, OrganisationUnitData, StaffData } from './lkjip-data';
export { assertNothingMissing, type MissingData, missingDataError } from './missing-data';
export { isPrompt, type Narrative, narrativeBlocks, prompt, promptsLeft } from './narrative';
export type { PemantauanData } from './pemantauan-data';
export type {
  BudgetNodeData,
  IndicatorData,
  QuarterData,
  RealisationStatus,
  RenstraData,
  RenstraIndicatorData,
  SasaranData,
  YearValueData,
} from './performance-data';
export type { PerjanjianKinerjaData, PkBudgetRow, PkIndicatorData } from './perjanjian-kinerja-data';
export { cellText } from './table-cells';
