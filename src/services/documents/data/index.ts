/**
 * Loaders of the data documents are built from (`src/core/document` builders): each reads through
 * the services and repositories the screens use, with the same access rules, and returns plain data.
 */
export { identityOf, loadAgencyIdentity, placeOf } from './agency-identity';
export { type CoverLetterDataInput, loadCoverLetterData } from './load-cover-letter-data';
export { type DispositionDataInput, loadDispositionData } from './load-disposition-data';
export { type LkjipDataInput, loadLkjipData } from './load-lkjip-data';
export { loadPemantauanData, type PemantauanDataInput } from './load-pemantauan-data';
export { loadHeadAgreementData, loadPerjanjianKinerjaData } from './load-perjanjian-kinerja-data';
