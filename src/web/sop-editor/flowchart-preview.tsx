import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SopDefinitionDto } from '../../contract';
import { type FlowNode, layoutFlowchart } from './flowchart-layout';

const INK = '#1c3d6e';

/**
 * The flowchart as the paper sheet draws it, from the definition being edited: a column per lane,
 * the step's symbol in its lane with its number, right-angle arrows, Ya/Tidak on decision exits.
 * Redrawn on every edit (layout is pure and cheap).
 */
export function FlowchartPreview({ definition }: { definition: Pick<SopDefinitionDto, 'lanes' | 'steps'> }) {
  const { t } = useTranslation();
  const marker = useId().replace(/:/g, '');
  const layout = layoutFlowchart(definition);
  const description = definition.steps
    .map((s) => t('sopEditor.flowStep', { no: s.no, activity: s.activity || '…' }))
    .join(' ');
  return (
    <svg
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="img"
      aria-label={t('sopEditor.flowchartLabel', { count: definition.steps.length })}
      data-testid="flowchart-preview"
      style={{ display: 'block', background: '#fff' }}
    >
      <desc>{description}</desc>
      <defs>
        <marker
          id={marker}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto"
        >
          <path d="M0,0 L10,5 L0,10 z" fill={INK} />
        </marker>
      </defs>
      {layout.lanes.map((lane, i) => (
        <g key={lane.key}>
          <rect
            x={lane.x}
            y={0}
            width={lane.width}
            height={layout.height}
            fill={i % 2 === 0 ? '#f7f9fc' : '#ffffff'}
            stroke="#c5cfdd"
          />
          <rect x={lane.x} y={0} width={lane.width} height={layout.header} fill="#e6edf7" stroke="#c5cfdd" />
          <text
            x={lane.x + lane.width / 2}
            y={layout.header / 2 + 4}
            textAnchor="middle"
            fontSize={12}
            fontWeight={600}
            fill="#1a1b1e"
          >
            {clip(lane.label, 20)}
          </text>
        </g>
      ))}
      {layout.edges.map((edge) => (
        <g key={`${edge.from}-${edge.to}-${edge.label}`} data-edge={`${edge.from}-${edge.to}`}>
          <polyline
            points={edge.points.map((p) => p.join(',')).join(' ')}
            fill="none"
            stroke={INK}
            strokeWidth={1.4}
            markerEnd={`url(#${marker})`}
          />
          {edge.label && edge.labelAt && (
            <text
              x={edge.labelAt[0]}
              y={edge.labelAt[1]}
              fontSize={11}
              fontWeight={600}
              fill="#1a1b1e"
              textAnchor={edge.labelAt[0] < edge.points[0]![0] ? 'end' : 'start'}
            >
              {t(edge.label === 'yes' ? 'sopEditor.yes' : 'sopEditor.no')}
            </text>
          )}
        </g>
      ))}
      {layout.nodes.map((node) => (
        <FlowSymbol key={node.no} node={node} />
      ))}
    </svg>
  );
}

function FlowSymbol({ node }: { node: FlowNode }) {
  const { cx, cy, w, h } = node;
  return (
    <g data-node={node.no} data-shape={node.shape}>
      <title>{`${node.no}. ${node.activity}`}</title>
      {node.shape === 'diamond' ? (
        <polygon
          points={`${cx},${cy - h / 2} ${cx + w / 2},${cy} ${cx},${cy + h / 2} ${cx - w / 2},${cy}`}
          fill="#fff4d6"
          stroke={INK}
          strokeWidth={1.5}
        />
      ) : (
        <rect
          x={cx - w / 2}
          y={cy - h / 2}
          width={w}
          height={h}
          rx={node.shape === 'capsule' ? h / 2 : 0}
          fill={node.shape === 'capsule' ? '#e3f0ff' : '#ffffff'}
          stroke={INK}
          strokeWidth={1.5}
        />
      )}
      <text x={cx} y={cy + 4} textAnchor="middle" fontSize={12} fontWeight={700} fill="#1a1b1e">
        {node.no}
      </text>
    </g>
  );
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
