export {
  type RealisationUpload,
  type RealisationUploadRow,
  readRealisationXlsx,
} from './read-realisation-xlsx';
export { type AgreementSheetModel, writeAgreementXlsx } from './write-agreement-xlsx';
export {
  type RealisationSheetModel,
  type RealisationSheetRow,
  writeRealisationXlsx,
} from './write-realisation-xlsx';
export { type RenstraSheetModel, writeRenstraXlsx } from './write-renstra-xlsx';
