import type { Block, DocumentModel, Inline } from './document-model';
import { cellText } from './table-cells';

type TableBlock = Extract<Block, { kind: 'table' }>;

const inlineText = (runs: Inline[]) => runs.map((r) => (typeof r === 'string' ? r : r.text)).join('');

/**
 * A model's words in reading order, one block per line (tables row by row, cells joined by " | "):
 * for tests and for comparing what two versions say without rendering them.
 */
export function documentText(model: DocumentModel): string {
  return model.sections
    .flatMap((s) => s.blocks)
    .map((b) => blockText(b))
    .filter((t) => t !== '')
    .join('\n');
}

function blockText(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return b.text;
    case 'paragraph':
      return inlineText(b.runs);
    case 'list':
      return b.items.map((i) => inlineText(i)).join('\n');
    case 'table':
      return [
        b.caption ?? '',
        ...[...b.header, ...b.rows].map((r) => r.map(cellText).join(' | ')),
        b.note ?? '',
      ]
        .filter(Boolean)
        .join('\n');
    case 'figure':
      return b.caption;
    case 'toc':
      return b.title;
    case 'signatures':
      return [
        b.place && b.date ? `${b.place}, ${b.date}` : '',
        ...b.signatories.map((s) =>
          [...s.roleLines, `${s.actingPrefix ?? ''}${s.name}`, s.rank, s.nip].filter(Boolean).join(' / '),
        ),
      ]
        .filter(Boolean)
        .join('\n');
    case 'paraf':
      return [b.title, ...b.entries.map((e) => `${e.position} ${e.name} ${e.at}`)].join('\n');
    default:
      return '';
  }
}

/** The tables of a model whose caption matches. */
export function tablesOf(model: DocumentModel, caption?: RegExp): TableBlock[] {
  return model.sections
    .flatMap((s) => s.blocks)
    .filter((b): b is TableBlock => b.kind === 'table' && (!caption || caption.test(b.caption ?? '')));
}
