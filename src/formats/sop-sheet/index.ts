export { layoutSopSheet } from './layout-sop-sheet';
export { renderSopSheetPageSvgs, renderSopSheetSvg } from './render-sop-sheet-svg';
export type { Paper, SheetLayout, SheetOptions, SheetPage } from './sheet-layout';
