import { useTranslation } from 'react-i18next';

type Kind = 'start' | 'process' | 'decision' | 'end';

/**
 * The flowchart symbol of an SOP step as on the paper sheet (Permenpan 35/2012): a capsule for
 * start and end, a rectangle for a process, a diamond for a decision. A step that starts or ends
 * the flow and also does work shows the capsule.
 */
export function StepSymbol({ kinds, size = 28 }: { kinds: string[]; size?: number }) {
  const { t } = useTranslation();
  const kind: Kind = kinds.includes('decision')
    ? 'decision'
    : kinds.includes('start')
      ? 'start'
      : kinds.includes('end')
        ? 'end'
        : 'process';
  const w = size * 1.4;
  const h = size;
  const stroke = '#1c3d6e';
  return (
    <svg
      width={w}
      height={h}
      viewBox={`0 0 ${w} ${h}`}
      role="img"
      aria-label={t(`sop.symbol.${kind}`)}
      style={{ flexShrink: 0 }}
    >
      {kind === 'decision' && (
        <polygon
          points={`${w / 2},1 ${w - 1},${h / 2} ${w / 2},${h - 1} 1,${h / 2}`}
          fill="#fff4d6"
          stroke={stroke}
          strokeWidth={1.5}
        />
      )}
      {(kind === 'start' || kind === 'end') && (
        <rect
          x={1}
          y={h * 0.18}
          width={w - 2}
          height={h * 0.64}
          rx={h * 0.32}
          fill="#e3f0ff"
          stroke={stroke}
          strokeWidth={1.5}
        />
      )}
      {kind === 'process' && (
        <rect
          x={2}
          y={h * 0.18}
          width={w - 4}
          height={h * 0.64}
          fill="#fff"
          stroke={stroke}
          strokeWidth={1.5}
        />
      )}
    </svg>
  );
}
