import { Resvg } from '@resvg/resvg-js';
import {
  AlignmentType,
  CharacterSet,
  Document,
  Footer,
  type ISectionOptions,
  LevelFormat,
  LineRuleType,
  NumberFormat,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
} from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import QRCode from 'qrcode';
import type { DocumentModel } from '../../core/document/document-model';
import { DOCUMENT_FONT, type FontFace, fontBytes } from '../document-render.fonts';
import {
  FOOTER_FROM_BOTTOM,
  LOOK,
  MM,
  pageMargins,
  paperSize,
  restartsNumbering,
} from '../document-render.look';
import { blockContent } from './docx-blocks';
import { BODY_LINE, type DocxChild, type DocxContext, TWIP } from './docx-primitives';
import { trimFont } from './trim-font';

export interface RenderOptions {
  /** The document's creation date (core properties); the time of rendering when absent. */
  createdAt?: Date;
}

/**
 * A `DocumentModel` as DOCX (`docx`): sections with their paper, orientation and page numbers in the
 * footer (none, i ii iii, 1 2 3; restarting where the format changes), headings in Word's heading
 * styles, the Daftar Isi as Word's TOC field already filled with the headings and their page numbers
 * (worked out by `docx`'s layout from the embedded fonts, since LibreOffice does not update fields
 * when it converts), tables with repeating header rows, charts as PNG, the letterhead, signature
 * blocks with the verification QR code, and the paraf trail. DejaVu Sans is embedded, so the file
 * looks the same where the font is not installed.
 */
export async function renderDocumentDocx(model: DocumentModel, options: RenderOptions = {}): Promise<Buffer> {
  const qr = new Map<string, Buffer>();
  for (const section of model.sections)
    for (const block of section.blocks)
      if (block.kind === 'signatures')
        for (const mark of Object.values(block.marks ?? {}))
          if (!qr.has(mark.verificationUrl)) qr.set(mark.verificationUrl, await qrPng(mark.verificationUrl));

  const paper = paperSize(model.paper);
  const hasToc = model.sections.some((section) => section.blocks.some((block) => block.kind === 'toc'));
  let listInstance = 0;
  const sections: ISectionOptions[] = model.sections.map((section, s) => {
    const margins = pageMargins(section.orientation);
    const landscape = section.orientation === 'landscape';
    const ctx: DocxContext = {
      width: (landscape ? paper.height : paper.width) - margins.left - margins.right,
      ...(model.letterhead ? { letterhead: model.letterhead } : {}),
      qrPng: (url) => qr.get(url) ?? Buffer.alloc(0),
      nextListInstance: () => ++listInstance,
      pageBreakBefore: false,
    };
    const children: DocxChild[] = [];
    let breakPending = false;
    for (const block of section.blocks) {
      if (block.kind === 'page-break') {
        breakPending = children.length > 0;
        continue;
      }
      const items = blockContent(block, { ...ctx, pageBreakBefore: breakPending });
      if (items.length === 0) continue;
      breakPending = false;
      children.push(...items);
    }
    if (children.length === 0) children.push(new Paragraph({ children: [] }));
    const numbered = section.pageNumbers !== 'none';
    return {
      properties: {
        page: {
          size: {
            width: Math.round(paper.width * TWIP),
            height: Math.round(paper.height * TWIP),
            orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
          },
          margin: {
            top: Math.round(margins.top * TWIP),
            right: Math.round(margins.right * TWIP),
            bottom: Math.round(margins.bottom * TWIP),
            left: Math.round(margins.left * TWIP),
            header: Math.round(10 * MM * TWIP),
            footer: Math.round(FOOTER_FROM_BOTTOM * TWIP),
          },
          pageNumbers: {
            ...(restartsNumbering(model.sections, s) ? { start: 1 } : {}),
            formatType: section.pageNumbers === 'roman' ? NumberFormat.LOWER_ROMAN : NumberFormat.DECIMAL,
          },
        },
      },
      // Every section has its own footer: Word would otherwise carry the previous section's numbers
      // into a section without them.
      footers: {
        default: new Footer({
          children: [
            new Paragraph({
              style: 'Footer',
              children: numbered ? [new TextRun({ children: [PageNumber.CURRENT] })] : [],
            }),
          ],
        }),
      },
      children,
    };
  });

  const document = new Document({
    creator: model.author,
    title: model.title,
    subject: model.subject,
    description: model.subject,
    lastModifiedBy: 'Alur',
    fonts: [
      {
        name: DOCUMENT_FONT,
        data: embeddedFont('normal'),
        bold: embeddedFont('bold'),
        italic: embeddedFont('italics'),
        boldItalic: embeddedFont('bolditalics'),
        characterSet: CharacterSet.ANSI,
      },
    ],
    // Laying the pages out to number the Daftar Isi is most of the work; a document without one
    // leaves its page numbers to the PAGE fields.
    ...(hasToc
      ? {
          pageNumbers: estimatePageNumbersWith({
            fonts: FACES.map((face) => ({ data: embeddedFont(face) })),
            guess: true,
          }),
        }
      : {}),
    styles: documentStyles(),
    numbering: {
      config: [
        {
          reference: 'ordered',
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 26 * TWIP, hanging: 18 * TWIP } } },
            },
          ],
        },
        {
          reference: 'bullet',
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 26 * TWIP, hanging: 14 * TWIP } } },
            },
          ],
        },
      ],
    },
    sections,
  });
  // docx writes the time of packing as the creation date; a given date replaces the core properties.
  return Packer.toBuffer(
    document,
    false,
    options.createdAt ? [{ path: 'docProps/core.xml', data: coreProperties(model, options.createdAt) }] : [],
  );
}

function coreProperties(model: DocumentModel, createdAt: Date): string {
  const xml = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const when = createdAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xml(model.title)}</dc:title><dc:subject>${xml(model.subject)}</dc:subject>` +
    `<dc:creator>${xml(model.author)}</dc:creator><dc:description>${xml(model.subject)}</dc:description>` +
    '<dc:language>id-ID</dc:language><cp:lastModifiedBy>Alur</cp:lastModifiedBy><cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`
  );
}

/** Styles of the document, as the PDF looks: DejaVu Sans 11 pt, headings bold, level 1 centred. */
function documentStyles(): ConstructorParameters<typeof Document>[0]['styles'] {
  const heading = (level: 1 | 2 | 3) => ({
    run: {
      font: DOCUMENT_FONT,
      size: LOOK.heading[level] * 2,
      bold: true,
      italics: level === 3,
      color: '000000',
    },
    paragraph: {
      alignment: level === 1 ? AlignmentType.CENTER : AlignmentType.LEFT,
      spacing: {
        before: level === 1 ? 0 : level === 2 ? 8 * TWIP : 6 * TWIP,
        after: level === 1 ? 14 * TWIP : level === 2 ? 6 * TWIP : 4 * TWIP,
        line: Math.round(240 * 1.15),
        lineRule: LineRuleType.AUTO,
      },
      keepNext: true,
      keepLines: true,
    },
  });
  const toc = (level: 1 | 2 | 3) => ({
    id: `TOC${level}`,
    name: `toc ${level}`,
    basedOn: 'Normal',
    next: 'Normal',
    run: { font: DOCUMENT_FONT, size: LOOK.body * 2, ...(level === 1 ? { bold: true } : {}) },
    paragraph: {
      indent: { left: (level - 1) * 18 * TWIP },
      spacing: { before: level === 1 ? 5 * TWIP : TWIP, after: TWIP, line: 240, lineRule: LineRuleType.AUTO },
    },
  });
  return {
    default: {
      document: {
        run: { font: DOCUMENT_FONT, size: LOOK.body * 2 },
        paragraph: {
          spacing: { after: LOOK.paragraphAfter * TWIP, line: BODY_LINE, lineRule: LineRuleType.AUTO },
        },
      },
      heading1: heading(1),
      heading2: heading(2),
      heading3: heading(3),
    },
    paragraphStyles: [
      ...([1, 2, 3] as const).map((level) => ({
        id: `HeadingUnlisted${level}`,
        name: `Heading (unlisted) ${level}`,
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        ...heading(level),
      })),
      {
        id: 'TocTitle',
        name: 'TOC Heading',
        basedOn: 'Normal',
        next: 'Normal',
        run: { font: DOCUMENT_FONT, size: LOOK.heading[1] * 2, bold: true },
        paragraph: {
          alignment: AlignmentType.CENTER,
          spacing: { before: 0, after: 14 * TWIP },
          keepNext: true,
        },
      },
      ...([1, 2, 3] as const).map(toc),
      {
        id: 'Footer',
        name: 'footer',
        basedOn: 'Normal',
        run: { font: DOCUMENT_FONT, size: LOOK.footer * 2 },
        paragraph: {
          alignment: AlignmentType.CENTER,
          spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
        },
      },
    ],
  };
}

const FACES = ['normal', 'bold', 'italics', 'bolditalics'] as const;
const embedded = new Map<FontFace, Buffer>();

/**
 * The face as the DOCX embeds it: trimmed to the Latin glyphs (`trimFont`), so a one-page letter does
 * not carry 1.4 MB of fonts. Trimmed once per process.
 */
function embeddedFont(face: FontFace): Buffer {
  let data = embedded.get(face);
  if (!data) {
    data = trimFont(fontBytes(face));
    embedded.set(face, data);
  }
  return data;
}

/** The QR code of a verification URL as a PNG (the `qrcode` package's SVG, drawn by resvg). */
async function qrPng(url: string): Promise<Buffer> {
  const svg = await QRCode.toString(url, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' });
  return new Resvg(svg, { fitTo: { mode: 'width', value: 300 }, background: '#ffffff' }).render().asPng();
}
