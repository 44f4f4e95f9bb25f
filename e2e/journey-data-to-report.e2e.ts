import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import {
  expectNoSeriousAxe,
  journeySetup,
  ready,
  shot,
  submitRealisation,
  verifyAllSubmitted,
} from './run-journey-steps';

const journey = journeySetup();

/** The text of every row of every table in a DOCX body, cell by cell. */
async function docxTableRows(docx: Buffer): Promise<string[][]> {
  const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
  const text = (fragment: string) =>
    [...fragment.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
      .map((m) => m[1] ?? '')
      .join('')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .trim();
  return [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) =>
    [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => text(cell[0])),
  );
}

const percentOf = (text: string) => /-?\d{1,3}(?:\.\d{3})*,\d{2}/.exec(text)?.[0] ?? null;

describe('journey 4: data to report', () => {
  it('imports the Renstra and PK, completes a year of realisation, generates the LKjIP whose T-1 equals the screen', async () => {
    const planner = await journey.office.as('desdm.kasubbag_program');

    // The Renstra and the PK go in through the import a planning unit uses: the agency's workbooks
    // (exported, as a planner keeps them) are imported back and accepted.
    const dir = fs.mkdtempSync(path.join(journey.server.dataDir, 'journey4-'));
    const session = (await (await planner.request.get('/api/auth/session')).json()) as {
      user?: { agencyId: string };
    };
    const agencyId = session.user?.agencyId ?? '';
    expect(agencyId).not.toBe('');
    const renstras = (await (
      await planner.request.get(`/api/agencies/${agencyId}/renstra`)
    ).json()) as Array<{
      id: string;
    }>;
    const renstraId = renstras[0]?.id;
    const renstraFile = path.join(dir, 'renstra.xlsx');
    fs.writeFileSync(
      renstraFile,
      await (await planner.request.get(`/api/agencies/${agencyId}/renstra/${renstraId}/xlsx`)).body(),
    );
    const pkFile = path.join(dir, 'perjanjian-kinerja-2026.xlsx');
    fs.writeFileSync(
      pkFile,
      await (await planner.request.get(`/api/agencies/${agencyId}/agreements/xlsx?year=2026`)).body(),
    );
    await planner.goto('/performance/renstra');
    await ready(planner);
    await planner.getByTestId('import-xlsx-input-renstra').setInputFiles(renstraFile);
    const renstraDialog = planner.getByRole('dialog', { name: 'Impor Renstra dari XLSX' });
    await renstraDialog.getByTestId('import-success').waitFor();
    await renstraDialog.getByRole('button', { name: 'Tutup' }).last().click();
    await planner.goto('/performance/agreements');
    await ready(planner);
    await planner.getByTestId('import-xlsx-input-agreements').setInputFiles(pkFile);
    const pkDialog = planner.getByRole('dialog', { name: 'Impor Perjanjian Kinerja dari XLSX' });
    await pkDialog.getByTestId('import-success').waitFor();
    await pkDialog.getByRole('button', { name: 'Tutup' }).last().click();

    // A year of realisation: TW I–III are locked; the divisions hand in TW IV, the planner verifies.
    for (const username of [
      'desdm.kabid_gatrik',
      'desdm.kabid_ebtke',
      'desdm.kabid_minerba',
      'desdm.kabid_gat',
      'desdm.sekretaris',
    ])
      await submitRealisation(await journey.office.as(username), 'TW IV');
    await verifyAllSubmitted(planner, 'TW IV');

    // What the screen says: each indicator's achievement for the year on the agency dashboard.
    await planner.goto('/performance/dashboard');
    await ready(planner);
    await planner.getByTestId('agency-achievement').waitFor();
    const rows = await planner.locator('main table tbody tr').evaluateAll((trs) =>
      trs.flatMap((tr) => {
        const cells = [...tr.querySelectorAll('td')];
        const code = cells[0]?.querySelector('b')?.textContent ?? '';
        if (cells.length !== 3 || !code) return [];
        const name = (cells[0]?.textContent ?? '').replace(code, '').trim();
        return [{ name, code: code.trim(), annual: cells[2]?.textContent ?? '' }];
      }),
    );
    // T-1 names an indicator with its code: "Rasio Elektrifikasi (IKU-01)".
    const onScreen = new Map(rows.map((r) => [`${r.name} (${r.code})`, percentOf(r.annual)]));
    expect(onScreen.size).toBeGreaterThanOrEqual(8);

    // The LKjIP is generated from the documents page, with its progress, and opens as a new version.
    await planner.goto('/documents');
    await ready(planner);
    await planner.getByRole('button', { name: 'Buat dokumen' }).click();
    await planner.waitForURL(/\/documents\/[0-9a-f-]{36}\?version=/, { timeout: 120_000 });
    await ready(planner);
    await expectNoSeriousAxe(planner);
    await shot(planner, 'journey4-lkjip-document-desktop');
    const url = new URL(planner.url());
    const documentId = url.pathname.split('/').pop() ?? '';
    const versionId = url.searchParams.get('version') ?? '';
    const docx = await (
      await planner.request.get(`/api/documents/${documentId}/versions/${versionId}/docx`)
    ).body();

    // LibreOffice opens the DOCX and converts it without an error.
    const docxFile = path.join(dir, 'lkjip-2026.docx');
    fs.writeFileSync(docxFile, docx);
    const converted = spawnSync(
      'libreoffice',
      [
        '--headless',
        `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`,
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        docxFile,
      ],
      { encoding: 'utf8', timeout: 180_000 },
    );
    expect(converted.status).toBe(0);
    const pdfFile = path.join(dir, 'lkjip-2026.pdf');
    expect(fs.existsSync(pdfFile)).toBe(true);
    const text = spawnSync('pdftotext', [pdfFile, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('LAPORAN KINERJA INSTANSI PEMERINTAH');

    // Its T-1 figures equal the screen's: for every indicator, the % capaian four cells after its name.
    const tableRows = await docxTableRows(docx);
    let compared = 0;
    for (const [name, shown] of onScreen) {
      const row = tableRows.find((cells) => cells.includes(name) && cells.length >= 7);
      expect(row, `T-1 row for ${name}`).toBeDefined();
      const at = row!.indexOf(name);
      expect(percentOf(row![at + 4] ?? ''), name).toBe(shown);
      compared++;
    }
    expect(compared).toBe(onScreen.size);
  }, 480_000);
});
