import { Resvg } from '@resvg/resvg-js';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TitleComponent } from 'echarts/components';
import { type EChartsCoreOption, init, setPlatformAPI, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartSpec } from '../../core/document/document-model';
import { DOCUMENT_FONT, DOCUMENT_FONT_FILES, textWidth, wrapText } from '../document-render.fonts';

use([BarChart, LineChart, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, SVGRenderer]);

// ECharts measures text to place labels; on the server it has no canvas, so it measures with the
// same font file the PNG is drawn with (sizes in CSS pixels, as ECharts gives them).
setPlatformAPI({
  measureText(text: string, font?: string) {
    const size = Number(/(\d+(?:\.\d+)?)px/.exec(font ?? '')?.[1] ?? 12);
    return { width: textWidth(text, size, /\bbold\b|\b[6-9]00\b/.test(font ?? '')) };
  },
});

/** A calm palette for series without a colour of their own: slate blue, teal, ochre, grey, brick, plum. */
export const CHART_PALETTE = ['#3f6e9e', '#3a9188', '#d39b2a', '#7d8793', '#b5523b', '#7b5c93'];

const TEXT = '#222222';
const FONT_SIZE = 11;
const TITLE_SIZE = 13;
/** The PNG is drawn at 2.5 times the SVG's pixel size (240 dpi), crisp in print. */
const PNG_ZOOM = 2.5;

/** Category names too long for their bars are set at 40° and cut at this width (px). */
const SLANT = (40 * Math.PI) / 180;
const SLANT_WIDTH = 120;

const numberId = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });

/**
 * Draws a chart of a document with ECharts on the server: an SVG (for the PDF) and a PNG of it drawn
 * by resvg with the DejaVu font files (for the DOCX). `size` is in CSS pixels (1/96 inch): a figure
 * 150 mm wide is 567 px. Long category names (indicator names) wrap under their bar in up to three
 * lines, or are set at a slant when the bars are too narrow; either way they end in "…" when cut.
 */
export function renderChart(
  spec: ChartSpec,
  size: { width: number; height: number },
): { svg: string; png: Buffer } {
  const width = Math.max(80, Math.round(size.width));
  const height = Math.max(60, Math.round(size.height));
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(chartOption(spec, width));
    const svg = chart.renderToSVGString();
    let png: Buffer | undefined;
    return {
      svg,
      // Drawn when first read: the PDF needs only the SVG.
      get png() {
        png ??= svgToPng(svg);
        return png;
      },
    };
  } finally {
    chart.dispose();
  }
}

function svgToPng(svg: string): Buffer {
  return new Resvg(svg, {
    font: {
      fontFiles: [DOCUMENT_FONT_FILES.normal, DOCUMENT_FONT_FILES.bold],
      loadSystemFonts: false,
      defaultFontFamily: DOCUMENT_FONT,
    },
    fitTo: { mode: 'zoom', value: PNG_ZOOM },
    background: '#ffffff',
  })
    .render()
    .asPng();
}

function chartOption(spec: ChartSpec, width: number): EChartsCoreOption {
  const hasTitle = spec.title.trim() !== '';
  const titleLines = hasTitle ? wrapText(spec.title, width - 16, TITLE_SIZE, true).slice(0, 2) : [];
  const top = 10 + titleLines.length * (TITLE_SIZE + 4) + (spec.yAxisName ? FONT_SIZE + 10 : 6);
  const legendHeight = spec.series.length > 0 ? FONT_SIZE + 14 : 0;

  // The value axis: bars stand on zero; lines get a range around their values, so a trend from 91 to
  // 98 does not look flat. The reference line is always inside.
  const values = spec.series
    .flatMap((s) => s.values)
    .filter((v): v is number => v !== null && Number.isFinite(v));
  const markValue = spec.markLine?.value;
  const span = [...values, ...(markValue !== undefined ? [markValue] : [])];
  const scale = niceScale(
    span,
    spec.series.some((s) => s.kind === 'bar'),
  );
  const axisWidth =
    Math.max(...[scale.min, scale.max].map((v) => textWidth(numberId.format(v), FONT_SIZE))) + 14;
  const baseLeft = 8 + axisWidth;
  // The reference line's label stands right of the plot, clear of the data.
  const markLabel = spec.markLine ? textWidth(spec.markLine.label, FONT_SIZE - 1) + 10 : 0;
  const right = Math.max(16, Math.min(markLabel, width * 0.25));
  const plotWidth = width - baseLeft - right;
  const perCategory = plotWidth / Math.max(1, spec.categories.length);

  const slanted = perCategory < 56;
  const labels = spec.categories.map((c) =>
    slanted ? [fitLine(c, SLANT_WIDTH, FONT_SIZE)] : wrapLines(c, perCategory - 6, FONT_SIZE, 3),
  );
  // A slanted first label reaches left of its bar by its width times cos 40°: keep it on the image.
  const firstReach = slanted
    ? textWidth(labels[0]?.[0] ?? '', FONT_SIZE) * Math.cos(SLANT) - perCategory / 2 + 4
    : 0;
  const left = Math.max(baseLeft, firstReach);
  const labelHeight = slanted
    ? Math.min(120, Math.max(0, ...labels.map((l) => textWidth(l[0] ?? '', FONT_SIZE)))) *
        Math.sin(Math.PI / 4.5) +
      16
    : Math.max(1, ...labels.map((l) => l.length)) * (FONT_SIZE + 3) + 10;
  const bottom = legendHeight + labelHeight + 6;

  const barCount = spec.series.filter((s) => s.kind === 'bar').length;
  const showValues = spec.categories.length * Math.max(1, barCount) <= 14;

  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: DOCUMENT_FONT, fontSize: FONT_SIZE, color: TEXT },
    color: CHART_PALETTE,
    title: hasTitle
      ? {
          text: titleLines.join('\n'),
          left: 'center',
          top: 6,
          textStyle: {
            fontFamily: DOCUMENT_FONT,
            fontSize: TITLE_SIZE,
            fontWeight: 'bold',
            color: TEXT,
            lineHeight: TITLE_SIZE + 4,
          },
        }
      : undefined,
    legend:
      spec.series.length > 0
        ? {
            bottom: 4,
            left: 'center',
            itemWidth: 14,
            itemHeight: 9,
            itemGap: 16,
            textStyle: { fontFamily: DOCUMENT_FONT, fontSize: FONT_SIZE, color: TEXT },
            data: spec.series.map((s) => s.name),
          }
        : undefined,
    grid: { left, right, top, bottom },
    xAxis: {
      type: 'category',
      data: labels.map((l) => l.join('\n')),
      axisTick: { alignWithLabel: true },
      axisLine: { lineStyle: { color: '#555555' } },
      axisLabel: {
        interval: 0,
        rotate: slanted ? 40 : 0,
        fontFamily: DOCUMENT_FONT,
        fontSize: FONT_SIZE,
        color: TEXT,
        lineHeight: FONT_SIZE + 3,
        hideOverlap: false,
      },
    },
    yAxis: {
      type: 'value',
      min: scale.min,
      max: scale.max,
      interval: scale.interval,
      name: spec.yAxisName,
      nameGap: 10,
      nameTextStyle: { fontFamily: DOCUMENT_FONT, fontSize: FONT_SIZE, color: TEXT, align: 'left' },
      axisLabel: {
        fontFamily: DOCUMENT_FONT,
        fontSize: FONT_SIZE,
        color: TEXT,
        formatter: (v: number) => numberId.format(v),
      },
      splitLine: { lineStyle: { color: '#d0d0d0', type: 'dashed' } },
    },
    series: spec.series.map((s, index) => ({
      name: s.name,
      type: s.kind,
      data: s.values.map((v) => (v === null ? '-' : v)),
      ...(s.color ? { itemStyle: { color: s.color }, lineStyle: { color: s.color } } : {}),
      ...(s.kind === 'bar'
        ? { barMaxWidth: 42, barGap: '15%' }
        : {
            symbol: 'circle',
            symbolSize: 6,
            lineStyle: { width: 2, ...(s.color ? { color: s.color } : {}) },
            connectNulls: false,
          }),
      label: {
        show: showValues,
        position: 'top',
        fontFamily: DOCUMENT_FONT,
        fontSize: FONT_SIZE - 1,
        color: TEXT,
        formatter: (p: { value: number | string }) =>
          typeof p.value === 'number' ? numberId.format(p.value) : '',
        // A line's values sit in a small white box so they stay legible where they cross bars.
        ...(s.kind === 'line'
          ? {
              backgroundColor: '#ffffff',
              borderColor: s.color ?? CHART_PALETTE[index % CHART_PALETTE.length],
              borderWidth: 0.8,
              borderRadius: 2,
              padding: [1, 3],
              distance: 7,
            }
          : {}),
      },
      labelLayout: { hideOverlap: true },
      ...(index === 0 && spec.markLine
        ? {
            markLine: {
              symbol: 'none',
              silent: true,
              lineStyle: { color: '#9b2c2c', type: 'dashed', width: 1.2 },
              label: {
                formatter: wrapText(spec.markLine.label, right - 8, FONT_SIZE - 1).join('\n'),
                position: 'end',
                fontFamily: DOCUMENT_FONT,
                fontSize: FONT_SIZE - 1,
                color: '#9b2c2c',
              },
              data: [{ yAxis: spec.markLine.value }],
            },
          }
        : {}),
    })),
  };
}

/** Up to `max` lines no wider than `width`; the last ends in "…" when text was left out. */
function wrapLines(text: string, width: number, size: number, max: number): string[] {
  const lines = wrapText(text, Math.max(width, size * 2), size);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = fitLine(`${kept[max - 1]} ${lines.slice(max).join(' ')}`, width, size);
  return kept;
}

/** The text on one line no wider than `width`, cut with "…" when it is wider. */
function fitLine(text: string, width: number, size: number): string {
  if (textWidth(text, size) <= width) return text;
  let cut = text.length;
  while (cut > 1 && textWidth(`${text.slice(0, cut).trimEnd()}…`, size) > width) cut--;
  return `${text.slice(0, cut).trimEnd()}…`;
}

/**
 * Axis ends and step on round numbers (1, 2, 2.5 or 5 times a power of ten), about five steps, with a
 * little room above the highest value; from zero when `fromZero` (bars) or when the values are near it.
 */
function niceScale(values: number[], fromZero: boolean): { min: number; max: number; interval: number } {
  let lo = values.length > 0 ? Math.min(...values) : 0;
  let hi = values.length > 0 ? Math.max(...values) : 1;
  if (fromZero || (lo >= 0 && lo < hi * 0.4)) lo = Math.min(0, lo);
  if (fromZero) hi = Math.max(0, hi);
  if (hi - lo < 1e-9) {
    hi += Math.abs(hi) * 0.1 || 1;
    if (!fromZero && lo !== 0) lo -= Math.abs(lo) * 0.1;
  }
  const room = (hi - lo) * 0.08;
  const interval = niceStep((hi - lo + room * (lo === 0 ? 1 : 2)) / 5);
  const min = lo === 0 ? 0 : Math.floor((lo - room) / interval) * interval;
  const max = Math.ceil((hi + room) / interval) * interval;
  return { min: round(min), max: round(max), interval: round(interval) };
}

function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= raw) return step * power;
  return 10 * power;
}

/** Drops floating-point dust (0.30000000000000004) from axis numbers. */
function round(value: number): number {
  return Number.parseFloat(value.toPrecision(12));
}
