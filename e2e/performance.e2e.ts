import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './support/accessibility';
import { DESKTOP, launchBrowser, newUserContext, PHONE, screenshot, signIn } from './support/browser';
import { type RunningServer, startServer } from './support/server';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const PAGES = [
  { path: '/performance/dashboard', heading: 'Dasbor kinerja', name: 'perf-dashboard' },
  { path: '/performance/realisation', heading: 'Realisasi kinerja', name: 'perf-realisation' },
  { path: '/performance/verification', heading: 'Verifikasi realisasi', name: 'perf-verification' },
  { path: '/performance/renstra', heading: 'Rencana Strategis', name: 'perf-renstra' },
  { path: '/performance/agreements', heading: 'Perjanjian Kinerja', name: 'perf-agreements' },
  { path: '/performance/region', heading: 'Dasbor daerah', name: 'perf-region' },
];

/** A page is ready when its h1 shows, the network is quiet and no spinner is left. */
async function ready(page: Page, heading: string): Promise<void> {
  const h1 = page.locator('h1').first();
  await h1.waitFor();
  await expect.poll(() => h1.textContent()).toBe(heading);
  await page.waitForLoadState('networkidle');
  await page.locator('.mantine-Loader-root').first().waitFor({ state: 'detached' });
}

describe('performance data in the browser', () => {
  it("a division's workbook round trip: download, fill, upload, see the value in the grid", async () => {
    const context = await newUserContext(browser, server.url);
    const page = await context.newPage();
    await signIn(page, 'desdm.kabid_gatrik');
    await page.goto('/performance/realisation');
    await ready(page, 'Realisasi kinerja');
    await page.locator('tr[data-code="IK-03"]').waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Unduh format pengumpulan data' }).click(),
    ]);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alur-e2e-xlsx-'));
    const original = path.join(dir, download.suggestedFilename());
    await download.saveAs(original);
    expect(download.suggestedFilename()).toMatch(/^realisasi-.+-tw4-\d{4}\.xlsx$/);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(original);
    const sheet = workbook.getWorksheet('Realisasi')!;
    let filledRow = 0;
    sheet.eachRow((row, n) => {
      if (row.getCell(2).value === 'IK-03') filledRow = n;
    });
    expect(filledRow).toBeGreaterThan(7);
    sheet.getRow(filledRow).getCell(11).value = 1234.5;
    sheet.getRow(filledRow).getCell(12).value = 'BAST Desember';
    const filled = path.join(dir, 'terisi.xlsx');
    await workbook.xlsx.writeFile(filled);

    await page.locator('input[type="file"]').setInputFiles(filled);
    await page
      .getByRole('status')
      .getByText(/Berkas diterima: 1 baris disimpan/)
      .waitFor();
    const cell = page.locator('tr[data-code="IK-03"] td[data-quarter="4"]');
    await expect.poll(() => cell.textContent()).toContain('1.234,5');
    await expect.poll(() => cell.textContent()).toContain('Draf');
    await screenshot(page, 'perf-realisation-after-upload-desktop');

    // A bad file is refused with its row and column named, and the grid keeps the value.
    sheet.getRow(filledRow).getCell(11).value = 'seribu';
    const bad = path.join(dir, 'salah.xlsx');
    await workbook.xlsx.writeFile(bad);
    await page.locator('input[type="file"]').setInputFiles(bad);
    const error = page.getByTestId('upload-error');
    await error.waitFor();
    expect(await error.textContent()).toContain(`baris ${filledRow}, kolom K (Realisasi TW IV)`);
    await screenshot(page, 'perf-realisation-upload-error-desktop', { fullPage: false });
    expect(await cell.textContent()).toContain('1.234,5');
    fs.rmSync(dir, { recursive: true, force: true });
    await context.close();
  });

  for (const [label, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    it(`every performance page passes axe and is screenshotted (${label})`, async () => {
      const context = await newUserContext(browser, server.url, { viewport });
      const page = await context.newPage();
      await signIn(page, 'desdm.kasubbag_program');
      for (const p of PAGES) {
        await page.goto(p.path);
        await ready(page, p.heading);
        if (p.path.endsWith('dashboard') || p.path.endsWith('region'))
          await page.locator('figure svg').first().waitFor();
        await screenshot(page, `${p.name}-${label}`);
        expect(await seriousAxeViolations(page), `${p.path} (${label})`).toEqual([]);
      }
      await page.goto('/performance/renstra');
      await ready(page, 'Rencana Strategis');
      await page.getByText('Tabel', { exact: true }).click();
      await page.locator('table').first().waitFor();
      await screenshot(page, `perf-renstra-table-${label}`);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await context.close();
    });
  }

  it('the planning unit verifies a submitted value and returns another with a reason', async () => {
    const context = await newUserContext(browser, server.url);
    const kabid = await context.newPage();
    await signIn(kabid, 'desdm.kabid_gatrik');
    await kabid.goto('/performance/realisation');
    await ready(kabid, 'Realisasi kinerja');
    await kabid.getByRole('button', { name: /^Kirim TW IV/ }).click();
    await kabid.getByRole('status').getByText('Realisasi dikirim untuk verifikasi.').waitFor();

    const plannerContext = await newUserContext(browser, server.url);
    const planner = await plannerContext.newPage();
    await signIn(planner, 'desdm.kasubbag_program');
    await planner.goto('/performance/verification');
    await ready(planner, 'Verifikasi realisasi');
    await planner.getByRole('button', { name: 'Kembalikan IK-03 TW IV' }).click();
    await planner.getByLabel('Alasan pengembalian').fill('Lampirkan BAST yang ditandatangani.');
    await screenshot(planner, 'perf-verification-return-desktop', { fullPage: false });
    await planner.getByRole('dialog').getByRole('button', { name: 'Kembalikan' }).click();
    await planner.getByRole('status').getByText('IK-03 dikembalikan ke unit.').waitFor();
    await planner.getByRole('button', { name: 'Verifikasi IK-02 TW IV' }).click();
    await planner.getByRole('status').getByText('IK-02 terverifikasi.').waitFor();

    await kabid.reload();
    await ready(kabid, 'Realisasi kinerja');
    const ik03 = kabid.locator('tr[data-code="IK-03"] td[data-quarter="4"]');
    await expect.poll(() => ik03.textContent()).toContain('Lampirkan BAST yang ditandatangani.');
    await context.close();
    await plannerContext.close();
  });
});
