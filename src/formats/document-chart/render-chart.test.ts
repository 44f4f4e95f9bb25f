import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../core/document/document-model';
import { sampleAchievementChart, sampleTrendChart } from '../document-render.sample';
import { CHART_PALETTE, renderChart } from './render-chart';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The texts of the SVG's text elements, in order. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

describe('renderChart', () => {
  it('draws the series names, the categories, the title, the reference line and the given colours', () => {
    const spec = sampleAchievementChart();
    const { svg, png } = renderChart(spec, { width: 567, height: 320 });
    const shown = texts(svg);
    for (const series of spec.series) expect(shown).toContain(series.name);
    expect(shown).toContain(spec.title);
    expect(shown).toContain('Capaian 100%');
    expect(shown).toContain('Rasio');
    expect(shown).toContain('Elektrifikasi');
    expect(svg).toContain('#a9bcd0');
    expect(svg).toContain('#3f6e9e');
    expect(svg).toMatch(/font-family:DejaVu Sans/);
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  });

  it('makes a PNG 2.5 times the size asked for, for print', () => {
    const { png } = renderChart(sampleTrendChart(), { width: 400, height: 240 });
    expect(png.readUInt32BE(16)).toBe(1000);
    expect(png.readUInt32BE(20)).toBe(600);
  });

  it('writes axis numbers the Indonesian way and lets a trend axis start near its values', () => {
    const shown = texts(renderChart(sampleTrendChart(), { width: 567, height: 280 }).svg);
    expect(shown).toContain('91,98');
    expect(shown).not.toContain('0');
    expect(shown).toContain('90');
  });

  it('wraps long category names under their bars in at most three lines, cut with an ellipsis', () => {
    const long =
      'Persentase pemegang izin pengusahaan air tanah yang menyampaikan laporan volume pengambilan';
    const spec: ChartSpec = {
      kind: 'bar',
      title: 'Capaian',
      categories: [long, 'Rasio Elektrifikasi', 'Nilai SAKIP'],
      series: [{ name: 'Capaian', kind: 'bar', values: [48.27, 100.23, 102.1] }],
    };
    const shown = texts(renderChart(spec, { width: 500, height: 300 }).svg);
    const pieces = shown.filter((t) => long.includes(t.replace(/…$/, '')) && t !== '');
    expect(pieces.length).toBeGreaterThanOrEqual(2);
    expect(pieces.length).toBeLessThanOrEqual(3);
    expect(pieces.at(-1)).toMatch(/…$/);
  });

  it('sets many long names at a slant, each cut to fit', () => {
    const categories = Array.from(
      { length: 14 },
      (_, i) => `Indikator kinerja dengan nama yang sangat panjang nomor ${i + 1}`,
    );
    const spec: ChartSpec = {
      kind: 'bar',
      title: '',
      categories,
      series: [{ name: 'Capaian', kind: 'bar', values: categories.map((_, i) => 60 + i * 3) }],
    };
    const { svg } = renderChart(spec, { width: 567, height: 320 });
    expect(svg).toContain('matrix(0.766,-0.643,0.643,0.766');
    expect(texts(svg).filter((t) => t.endsWith('…')).length).toBe(14);
  });

  it('draws gaps, empty charts and a negative reference line without failing', () => {
    const gaps = renderChart(
      {
        kind: 'bar-line',
        title: 'Tanpa data',
        categories: ['A', 'B'],
        series: [
          { name: 'Kosong', kind: 'bar', values: [null, null] },
          { name: 'Garis', kind: 'line', values: [null] },
        ],
        markLine: { value: -5, label: 'Batas bawah' },
      },
      { width: 300, height: 200 },
    );
    expect(texts(gaps.svg)).toContain('Batas bawah');
    const empty = renderChart(
      { kind: 'line', title: '', categories: [], series: [] },
      { width: 10, height: 10 },
    );
    expect(empty.svg.startsWith('<svg')).toBe(true);
    expect(empty.png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  });

  it('uses its calm palette for series without a colour', () => {
    const { svg } = renderChart(
      { kind: 'bar', title: '', categories: ['A'], series: [{ name: 'S', kind: 'bar', values: [1] }] },
      { width: 300, height: 200 },
    );
    expect(svg).toContain(CHART_PALETTE[0]);
  });
});
