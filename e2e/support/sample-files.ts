import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import { PDFDocument, StandardFonts } from 'pdf-lib';

/**
 * A small real file for an upload in a browser test, of the type its name says (Alur checks that the
 * bytes are what the name claims): a one-page PDF, a one-paragraph DOCX or a one-sheet XLSX whose
 * text is the file's name.
 */
export async function sampleFile(name: string): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const text = `Isi contoh ${name}`;
  if (/\.pdf$/i.test(name)) {
    const pdf = await PDFDocument.create();
    const page = pdf.addPage([595, 842]);
    page.drawText(text.replace(/[^\x20-\x7e]/g, '?'), {
      x: 50,
      y: 780,
      size: 12,
      font: await pdf.embedFont(StandardFonts.Helvetica),
    });
    return { name, mimeType: 'application/pdf', buffer: Buffer.from(await pdf.save()) };
  }
  if (/\.docx$/i.test(name)) {
    const doc = new Document({ sections: [{ children: [new Paragraph(text)] }] });
    return {
      name,
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.from(await Packer.toBuffer(doc)),
    };
  }
  if (/\.xlsx$/i.test(name)) {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Data').addRow([text]);
    return {
      name,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
    };
  }
  throw new Error(`no sample for ${name}: use .pdf, .docx or .xlsx`);
}
