export { type KeteranganMarkers, readKeterangan, writeKeterangan } from './keterangan-markers';
export { readSopXlsx } from './read-sop-xlsx';
export { MAX_XLSX_BYTES } from './sop-xlsx-layout';
export { writeSopXlsx } from './write-sop-xlsx';
