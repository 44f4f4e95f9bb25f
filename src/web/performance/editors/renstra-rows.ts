import type { EditorIndicator, EditorNode, RenstraEditor } from '../../../contract';

export type PlanNodeKind = EditorNode['kind'];

/** The kind a node's children have in the cascade (tujuan → sasaran → program → kegiatan → sub kegiatan). */
export const CHILD_KIND: Record<PlanNodeKind, PlanNodeKind | null> = {
  tujuan: 'sasaran',
  sasaran: 'program',
  program: 'kegiatan',
  kegiatan: 'sub_kegiatan',
  sub_kegiatan: null,
};

/** Program, kegiatan and sub kegiatan carry an indicative budget per Renstra year. */
export const FUNDED: ReadonlySet<PlanNodeKind> = new Set(['program', 'kegiatan', 'sub_kegiatan']);

export type EditorRow =
  | { type: 'node'; depth: number; node: EditorNode }
  | { type: 'indicator'; depth: number; node: EditorNode; indicator: EditorIndicator };

/** The cascade as the Renstra table prints it: each node, its indicators, then its children. */
export function flattenRows(nodes: EditorNode[], depth = 0): EditorRow[] {
  return nodes.flatMap((node) => [
    { type: 'node' as const, depth, node },
    ...node.indicators.map((indicator) => ({
      type: 'indicator' as const,
      depth: depth + 1,
      node,
      indicator,
    })),
    ...flattenRows(node.children, depth + 1),
  ]);
}

/** Every node of the tree, in order, for pickers (parent of a new node, node of an indicator). */
export function allNodes(editor: Pick<RenstraEditor, 'nodes'>): EditorNode[] {
  const walk = (list: EditorNode[]): EditorNode[] => list.flatMap((n) => [n, ...walk(n.children)]);
  return walk(editor.nodes);
}

/** Sum of a node's indicative funding over the Renstra years, as decimal text (integers of Rupiah). */
export function fundingTotal(node: EditorNode): string | null {
  if (node.funding.length === 0) return null;
  let cents = 0n;
  for (const f of node.funding) {
    const [whole = '0', fraction = ''] = f.amount.split('.');
    cents += BigInt(whole) * 100n + BigInt(`${fraction}00`.slice(0, 2));
  }
  const whole = cents / 100n;
  const rest = cents % 100n;
  return rest === 0n ? whole.toString() : `${whole}.${rest.toString().padStart(2, '0').replace(/0$/, '')}`;
}

/** Rupiah shown in millions, exactly (`26400000000` → `26400`, `1250500000` → `1250.5`), for narrow columns. */
export function inMillions(amount: string): string {
  const negative = amount.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? amount.slice(1) : amount).split('.');
  const padded = whole.padStart(7, '0');
  const head = padded.slice(0, -6).replace(/^0+(?=\d)/, '');
  const tail = `${padded.slice(-6)}${fraction}`.replace(/0+$/, '');
  return `${negative ? '-' : ''}${head}${tail ? `.${tail}` : ''}`;
}
