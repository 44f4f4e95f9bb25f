import type { SopDefinition } from '../../core/sop';
import { layoutFlowchartPages } from './layout-flowchart-pages';
import { layoutIdentityPage } from './layout-identity-page';
import { PAPER_SIZES, type SheetLayout, type SheetOptions, type SheetPage } from './sheet-layout';
import { textBox } from './sheet-primitives';

const MARGIN = 28;
const FOOTER = 14;

/**
 * Lays out the SOP sheet once: page 1 the identity part, then the flowchart pages (header repeated
 * on each). Every page gets a footer "Halaman i dari n". Pure: same definition, same layout.
 *
 * @example layoutSopSheet(def, { paper: 'F4' }).pages.length // 3 for seed 002
 */
export function layoutSopSheet(def: SopDefinition, options: SheetOptions = {}): SheetLayout {
  const paper = options.paper ?? 'A4';
  const { width, height } = PAPER_SIZES[paper];
  const contentWidth = width - 2 * MARGIN;
  const bottom = height - MARGIN - FOOTER;
  const identity: SheetPage = {
    number: 1,
    kind: 'identity',
    items: layoutIdentityPage(def, MARGIN, MARGIN, contentWidth, bottom - MARGIN),
    table: null,
  };
  const flowchart = layoutFlowchartPages(def, { x: MARGIN, top: MARGIN, width: contentWidth, bottom }, 2);
  const pages = [identity, ...flowchart];
  for (const page of pages) {
    page.items.push(
      textBox(
        `${def.identity.agencyName} · ${def.identity.number}`,
        MARGIN,
        height - MARGIN - 8,
        contentWidth / 2,
        6.5,
      ),
      textBox(
        `Halaman ${page.number} dari ${pages.length}`,
        MARGIN + contentWidth / 2,
        height - MARGIN - 8,
        contentWidth / 2,
        6.5,
        {
          align: 'right',
        },
      ),
    );
  }
  return { paper, width, height, margin: MARGIN, pages };
}
