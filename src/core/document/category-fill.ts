import type { Category } from '../achievement';

/**
 * Light tints of the achievement categories for table cells. The screens use strong colours with
 * dark text on badges; a printed table needs tints that black text stays readable on, in colour and
 * in grey-scale copies. Keys are the category codes of the shipped scales.
 */
const FILLS: Record<string, string> = {
  sangat_tinggi: '#b7e1cd',
  sangat_baik: '#b7e1cd',
  tinggi: '#d9ead3',
  baik: '#d9ead3',
  sedang: '#fff2cc',
  cukup: '#fff2cc',
  rendah: '#fce5cd',
  kurang: '#fce5cd',
  sangat_rendah: '#f4cccc',
  sangat_kurang: '#f4cccc',
};

/** Chart colours of the same categories (the screens' fills). */
const CHART_COLORS: Record<string, string> = {
  sangat_tinggi: '#2f9e44',
  tinggi: '#74b816',
  sedang: '#f59f00',
  rendah: '#f76707',
  sangat_rendah: '#e03131',
};

export function categoryFill(category: Category | null | undefined): string | undefined {
  return category ? FILLS[category.code] : undefined;
}

export function categoryChartColor(category: Category | null | undefined): string {
  return (category && CHART_COLORS[category.code]) || '#868e96';
}

/** Series colours of the documents' charts: target grey-blue, realisation/achievement blue. */
export const CHART_TARGET_COLOR = '#9fb3c8';
export const CHART_VALUE_COLOR = '#1c7ed6';
export const CHART_BUDGET_COLOR = '#f08c00';
