import { describe, expect, it } from 'vitest';
import { DOCUMENT_ACT_VALUES } from '../../contract';
import en from '../i18n/sop-editor.en.json';
import id from '../i18n/sop-editor.id.json';

describe('document act labels', () => {
  it('name every act of the contract in Indonesian and English, with the words of the XLSX markers', () => {
    // A new act in the contract without its label fails here, not as a raw key in the editor.
    for (const dictionary of [id, en]) {
      const labels = dictionary.sopEditor.documentAct as Record<string, string>;
      expect(Object.keys(labels).sort()).toEqual([...DOCUMENT_ACT_VALUES].sort());
    }
    // The editor says what a sheet's Keterangan says (`Dokumen: laporan`, `Penomoran surat`, `Kirim`).
    expect(id.sopEditor.documentAct.report).toBe('Laporan');
    expect(id.sopEditor.documentAct.letter_number).toBe('Penomoran surat');
    expect(id.sopEditor.documentAct.send).toBe('Kirim');
  });
});
