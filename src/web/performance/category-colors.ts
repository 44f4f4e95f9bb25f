/**
 * Colours of the Permendagri 86/2017 achievement categories (the API sends the Indonesian label).
 * Text colours keep a 4.5:1 contrast on white; fills are for charts and badges with dark text.
 */
const CATEGORY_COLORS: Record<string, { fill: string; text: string; mantine: string }> = {
  'Sangat Tinggi': { fill: '#2f9e44', text: '#1b5e20', mantine: 'green' },
  Tinggi: { fill: '#74b816', text: '#3b5e0a', mantine: 'lime' },
  Sedang: { fill: '#f59f00', text: '#7a4d00', mantine: 'yellow' },
  Rendah: { fill: '#f76707', text: '#8a3a00', mantine: 'orange' },
  'Sangat Rendah': { fill: '#e03131', text: '#9b1c1c', mantine: 'red' },
};

const NONE = { fill: '#adb5bd', text: '#495057', mantine: 'gray' };

export function categoryColor(category: string | null | undefined) {
  return (category && CATEGORY_COLORS[category]) || NONE;
}

/** The category keys in order, for legends. */
export const CATEGORY_ORDER = ['Sangat Tinggi', 'Tinggi', 'Sedang', 'Rendah', 'Sangat Rendah'];
