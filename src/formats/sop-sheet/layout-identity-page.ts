import { formatNip } from '../../core/org/nip';
import type { SopDefinition } from '../../core/sop';
import type { SheetItem } from './sheet-layout';
import { PADDING, rect, textBox } from './sheet-primitives';

/**
 * The identity part (PermenPAN-RB 35/2012 form): agency block on the left; Nomor SOP, dates,
 * Disahkan Oleh (position, room to sign, name, rank, NIP) and Nama SOP on the right; then three rows
 * of two columns: Dasar Hukum | Kualifikasi Pelaksana, Keterkaitan | Peralatan/Perlengkapan,
 * Peringatan | Pencatatan dan Pendataan. The font shrinks until the part fits the page.
 */
export function layoutIdentityPage(
  def: SopDefinition,
  x: number,
  y: number,
  width: number,
  maxHeight: number,
): SheetItem[] {
  for (let size = 8.5; size > 5; size -= 0.5) {
    const { items, height } = identityAt(def, x, y, width, size);
    if (height <= maxHeight || size <= 5.5) return items;
  }
  return identityAt(def, x, y, width, 5.5).items;
}

function identityAt(def: SopDefinition, x: number, y: number, width: number, size: number) {
  const id = def.identity;
  const items: SheetItem[] = [];
  const leftWidth = Math.round(width * 0.36);
  const labelWidth = Math.round(width * 0.17);
  const valueWidth = width - leftWidth - labelWidth;
  const labelX = x + leftWidth;
  const valueX = labelX + labelWidth;
  const approver = id.approvedBy;
  const approverLines = approver
    ? [
        approver.position,
        '',
        '',
        '',
        approver.name,
        ...(approver.rank ? [approver.rank] : []),
        ...(approver.nip ? [`NIP. ${formatNip(approver.nip)}`] : []),
      ]
    : ['-'];
  const rows: Array<[string, string, boolean]> = [
    ['Nomor SOP', id.number, false],
    ['Tanggal Pembuatan', id.createdOn ?? '-', false],
    ['Tanggal Revisi', id.revisedOn ?? '-', false],
    [
      id.effectiveLabel === 'efektif' ? 'Tanggal Efektif' : 'Tanggal Pengesahan',
      id.effectiveOn ?? '-',
      false,
    ],
    ['Disahkan Oleh', approverLines.join('\n'), false],
    ['Nama SOP', id.title, true],
  ];
  let rowY = y;
  for (const [label, value, bold] of rows) {
    const labelBox = textBox(label, labelX + PADDING, rowY + PADDING, labelWidth - 2 * PADDING, size, {
      bold: true,
    });
    const valueBox = textBox(value, valueX + PADDING, rowY + PADDING, valueWidth - 2 * PADDING, size, {
      bold,
      align: label === 'Disahkan Oleh' ? 'center' : 'left',
    });
    const height = Math.max(labelBox.height, valueBox.height) + 2 * PADDING;
    items.push(
      rect(labelX, rowY, labelWidth, height),
      rect(valueX, rowY, valueWidth, height),
      labelBox,
      valueBox,
    );
    rowY += height;
  }
  // Agency block, centred in the height of the rows beside it.
  const agencyText = [id.government, id.agencyName]
    .filter((t): t is string => t !== null && t !== '')
    .join('\n');
  const agency = textBox(agencyText, x + 2 * PADDING, y, leftWidth - 4 * PADDING, size + 2, {
    bold: true,
    align: 'center',
  });
  agency.y = y + (rowY - y - agency.height) / 2;
  items.push(rect(x, y, leftWidth, rowY - y), agency);

  const pairs: Array<[string, string[], string, string[]]> = [
    ['Dasar Hukum', numbered(id.legalBasis), 'Kualifikasi Pelaksana', numbered(id.qualifications)],
    [
      'Keterkaitan',
      numbered(id.relatedSops.map((related) => related.text)),
      'Peralatan/Perlengkapan',
      numbered(id.equipment),
    ],
    [
      'Peringatan',
      id.warning ? [id.warning] : ['-'],
      'Pencatatan dan Pendataan',
      id.recordKeeping ? [id.recordKeeping] : ['-'],
    ],
  ];
  const half = Math.round(width / 2);
  for (const [leftLabel, leftLines, rightLabel, rightLines] of pairs) {
    const headLeft = textBox(`${leftLabel}:`, x + PADDING, rowY + PADDING, half - 2 * PADDING, size, {
      bold: true,
    });
    const headRight = textBox(
      `${rightLabel}:`,
      x + half + PADDING,
      rowY + PADDING,
      width - half - 2 * PADDING,
      size,
      {
        bold: true,
      },
    );
    const headHeight = Math.max(headLeft.height, headRight.height) + 2 * PADDING;
    items.push(
      rect(x, rowY, half, headHeight),
      rect(x + half, rowY, width - half, headHeight),
      headLeft,
      headRight,
    );
    rowY += headHeight;
    const left = textBox(leftLines.join('\n'), x + PADDING, rowY + PADDING, half - 2 * PADDING, size);
    const right = textBox(
      rightLines.join('\n'),
      x + half + PADDING,
      rowY + PADDING,
      width - half - 2 * PADDING,
      size,
    );
    const height = Math.max(left.height, right.height) + 2 * PADDING;
    items.push(rect(x, rowY, half, height), rect(x + half, rowY, width - half, height), left, right);
    rowY += height;
  }
  return { items, height: rowY - y };
}

function numbered(entries: string[]): string[] {
  if (entries.length === 0) return ['-'];
  if (entries.length === 1) return entries;
  return entries.map((entry, index) => `${index + 1}. ${entry}`);
}
