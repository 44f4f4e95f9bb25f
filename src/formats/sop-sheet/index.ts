export { layoutSopSheet } from './layout-sop-sheet';
export { renderSopSheetDocx } from './render-sop-sheet-docx';
export { renderSopSheetPdf } from './render-sop-sheet-pdf';
export { renderSopSheetPageSvgs, renderSopSheetSvg } from './render-sop-sheet-svg';
export type { Paper, SheetLayout, SheetOptions, SheetPage } from './sheet-layout';
