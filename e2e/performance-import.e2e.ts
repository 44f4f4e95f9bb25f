import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ApiCall,
  createAgencyLike,
  FRESH_ADMIN_PASSWORD,
} from '../test/performance/fixtures/fresh-agency';
import { seriousAxeViolations } from './support/accessibility';
import { DEMO_PASSWORD, launchBrowser, newUserContext, PHONE, screenshot, signIn } from './support/browser';
import { type RunningServer, startServer } from './support/server';

let server: RunningServer;
let browser: Browser;
let dir: string;

/**
 * The administrators' API over `fetch` against the running server, signed in as `username`: keeps
 * the cookies and sends the CSRF token like the web application does.
 */
async function apiAs(
  baseUrl: string,
  username: string,
): Promise<{ call: ApiCall; download(p: string): Promise<Buffer> }> {
  const cookies = new Map<string, string>();
  let token = '';
  const send = async (method: string, p: string, body?: unknown) => {
    const response = await fetch(`${baseUrl}${p}`, {
      method,
      headers: {
        cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(method === 'GET' ? {} : { 'x-csrf-token': token }),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
    return response;
  };
  const refresh = async () => {
    token = ((await (await send('GET', '/api/auth/session')).json()) as { csrfToken: string }).csrfToken;
  };
  await refresh();
  const login = await send('POST', '/api/auth/login', { username, password: DEMO_PASSWORD });
  if (!login.ok) throw new Error(`sign-in ${username}: ${login.status}`);
  await refresh();
  return {
    call: async (method, p, body) => {
      const response = await send(method, p, body);
      return { status: response.status, body: await response.json() };
    },
    download: async (p) => {
      const response = await send('GET', p);
      if (!response.ok) throw new Error(`${p}: ${response.status}`);
      return Buffer.from(await response.arrayBuffer());
    },
  };
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alur-e2e-import-'));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

async function ready(page: Page, heading: string): Promise<void> {
  const h1 = page.locator('h1').first();
  await h1.waitFor();
  await expect.poll(() => h1.textContent()).toBe(heading);
  await page.waitForLoadState('networkidle');
}

describe('journey 4, first step: a fresh agency imports its Renstra and PK from XLSX', () => {
  it('an administrator imports a Renstra and a PK workbook, sees the tree and the PK, and a broken workbook shows its rows and columns', async () => {
    // An operator sets up the agency (organisation copied from DESDM Kaltim, its own administrator);
    // the workbooks are DESDM's exports, as a planning unit would bring them from a spreadsheet.
    const operator = await apiAs(server.url, 'admin');
    const agencies = (await operator.call('GET', '/api/agencies')).body as { id: string; code: string }[];
    const desdm = agencies.find((a) => a.code === 'desdm-kaltim')!;
    const fresh = await createAgencyLike(operator.call, desdm.id, 'esdm-impor', 'Dinas ESDM Impor');
    const renstraId = (
      (await operator.call('GET', `/api/agencies/${desdm.id}/renstra`)).body as { id: string }[]
    )[0]!.id;
    const renstraFile = path.join(dir, 'renstra-2025-2029.xlsx');
    fs.writeFileSync(
      renstraFile,
      await operator.download(`/api/agencies/${desdm.id}/renstra/${renstraId}/xlsx`),
    );
    const pkFile = path.join(dir, 'perjanjian-kinerja-2026.xlsx');
    fs.writeFileSync(pkFile, await operator.download(`/api/agencies/${desdm.id}/agreements/xlsx?year=2026`));

    const context = await newUserContext(browser, server.url);
    const page = await context.newPage();
    await signIn(page, fresh.adminUsername, FRESH_ADMIN_PASSWORD);

    // A broken workbook first: its problems are listed by sheet, row and column; nothing is created.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(renstraFile);
    const sheet = workbook.getWorksheet('Renstra')!;
    const rowOf = (code: string) => {
      let found = 0;
      sheet.eachRow((row, n) => {
        if (row.getCell(3).value === code) found = n;
      });
      return found;
    };
    const ik02 = rowOf('IK-02');
    const ik03 = rowOf('IK-03');
    sheet.getRow(ik02).getCell(6).value = 'Naik';
    sheet.getRow(ik03).getCell(12).value = 'dua ribu';
    const broken = path.join(dir, 'renstra-rusak.xlsx');
    await workbook.xlsx.writeFile(broken);

    await page.goto('/performance/renstra');
    await ready(page, 'Rencana Strategis');
    await page.getByTestId('import-xlsx-input-renstra').setInputFiles(broken);
    const dialog = page.getByRole('dialog', { name: 'Impor Renstra dari XLSX' });
    await dialog.getByTestId('import-refused').waitFor();
    const problems = dialog.getByTestId('import-problems');
    await expect.poll(() => problems.locator('tbody tr').count()).toBe(2);
    const cells = async (n: number) =>
      (await problems.locator('tbody tr').nth(n).locator('td').allTextContents()).map((s) => s.trim());
    expect(await cells(0)).toEqual([
      'Renstra',
      String(ik02),
      'F (Polaritas)',
      'Polaritas "Naik" tidak dikenal; pilih Positif, Negatif, Rentang atau Kualitatif.',
    ]);
    expect((await cells(1)).slice(0, 3)).toEqual(['Renstra', String(ik03), 'L (Target 2026)']);
    expect((await cells(1))[3]).toContain('Target 2026 berisi teks "dua ribu"');
    await screenshot(page, 'perf-import-renstra-refused-desktop', { fullPage: false });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Tutup' }).last().click();
    await page.getByText('Belum ada Renstra', { exact: false }).first().waitFor();

    // The good workbook: progress, then the counts; the tree shows the imported cascade.
    await page.getByTestId('import-xlsx-input-renstra').setInputFiles(renstraFile);
    const success = dialog.getByTestId('import-success');
    await success.waitFor();
    expect(await success.textContent()).toContain('Renstra 2025–2029 dibuat dari berkas.');
    expect(await success.textContent()).toContain('Indikator: 13 baru, 0 diubah, 0 tetap, 0 dihapus.');
    await screenshot(page, 'perf-import-renstra-done-desktop', { fullPage: false });
    await dialog.getByRole('button', { name: 'Tutup' }).last().click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Rasio Elektrifikasi').first().waitFor();
    await page
      .getByText('Meningkatnya akses rumah tangga dan desa terhadap tenaga listrik')
      .first()
      .waitFor();
    await screenshot(page, 'perf-import-renstra-tree-desktop');

    // The PK workbook on the PK page; then the year's PKs are there.
    await page.goto('/performance/agreements');
    await ready(page, 'Perjanjian Kinerja');
    await page.getByTestId('import-xlsx-input-agreements').setInputFiles(pkFile);
    const pkDialog = page.getByRole('dialog', { name: 'Impor Perjanjian Kinerja dari XLSX' });
    await pkDialog.getByTestId('import-success').waitFor();
    expect(await pkDialog.getByTestId('import-success').textContent()).toContain(
      'PK: 6 baru, 0 diperbarui, 0 dihapus.',
    );
    await pkDialog.getByRole('button', { name: 'Tutup' }).last().click();
    await pkDialog.waitFor({ state: 'hidden' });
    const year = page.getByLabel('Tahun', { exact: true }).first();
    if ((await year.inputValue()) !== '2026') {
      await year.click();
      await page.getByRole('option', { name: '2026', exact: true }).click();
    }
    await page.getByText('Kepala Bidang Ketenagalistrikan').first().waitFor();
    await page
      .getByText('Jumlah rumah tangga tidak mampu penerima bantuan pasang baru listrik')
      .first()
      .waitFor();
    await screenshot(page, 'perf-import-agreements-desktop');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();

    // On a phone the dialog fills the screen and the problems become cards.
    const phone = await newUserContext(browser, server.url, { viewport: PHONE });
    const small = await phone.newPage();
    await signIn(small, fresh.adminUsername, FRESH_ADMIN_PASSWORD);
    await small.goto('/performance/renstra');
    await ready(small, 'Rencana Strategis');
    await small.getByTestId('import-xlsx-input-renstra').setInputFiles(broken);
    const smallDialog = small.getByRole('dialog', { name: 'Impor Renstra dari XLSX' });
    await smallDialog.getByTestId('import-refused').waitFor();
    await expect.poll(() => smallDialog.getByTestId('import-problems').locator('li').count()).toBe(2);
    await screenshot(small, 'perf-import-renstra-refused-phone', { fullPage: false });
    expect(await seriousAxeViolations(small)).toEqual([]);
    await phone.close();
  });
});
