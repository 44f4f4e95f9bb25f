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

/** A page is ready when its h1 shows, the network is quiet and no spinner is left. */
async function ready(page: Page, heading: string): Promise<void> {
  const h1 = page.locator('h1').first();
  await h1.waitFor();
  await expect.poll(() => h1.textContent()).toBe(heading);
  await page.waitForLoadState('networkidle');
  await page.locator('.mantine-Loader-root').first().waitFor({ state: 'detached' });
}

async function openRenstraTable(page: Page): Promise<void> {
  await page.goto('/performance/renstra');
  await ready(page, 'Rencana Strategis');
  await page.getByText('Tabel', { exact: true }).click();
  await page.locator('[data-indicator="IKU-01"]').first().waitFor();
}

/** Opens a cell's inline editor by its button ("Ubah Target 2027 IKU-01") and types the value. */
async function typeInCell(page: Page, label: string, value: string): Promise<void> {
  await page.getByRole('button', { name: `Ubah ${label}`, exact: true }).click();
  const input = page.getByRole('textbox', { name: label, exact: true });
  await input.fill(value);
}

describe('Renstra, PK and Rencana Aksi editors', () => {
  it('the planning head edits a target in place, adds a kegiatan, sets Rencana Aksi quarters, and it all persists', async () => {
    const context = await newUserContext(browser, server.url);
    const page = await context.newPage();
    await signIn(page, 'desdm.kasubbag_program');
    await openRenstraTable(page);

    // Inline: the 2027 target of IKU-01, saved with Enter; another cell's edit dropped with Escape.
    const iku01of2027 = page.locator('tr[data-indicator="IKU-01"] td[data-year="2027"]');
    expect(await iku01of2027.textContent()).toBe('98,8');
    await typeInCell(page, 'Target 2027 IKU-01', '98,95');
    await page.keyboard.press('Enter');
    await expect.poll(() => iku01of2027.textContent()).toBe('98,95');
    await typeInCell(page, 'Target 2027 IK-02', '99');
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.locator('tr[data-indicator="IK-02"] td[data-year="2027"]').textContent())
      .toBe('8');
    // Focus went back to the cell's button, so the keyboard user is where they were.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Ubah Target 2027 IK-02',
    );

    // Text in a number cell: the server's message names the place, and the value is kept.
    await typeInCell(page, 'Target 2028 IKU-01', 'sembilan puluh');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await page.getByText('IKU-01 2028: Target harus berupa angka (tertulis "sembilan puluh").').waitFor();
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.locator('tr[data-indicator="IKU-01"] td[data-year="2028"]').textContent())
      .toBe('99,4');

    // A new kegiatan under program 3.29.06, from the program's menu; then its 2027 funding in place.
    await page.getByRole('button', { name: 'Aksi untuk Program 3.29.06' }).click();
    await page.getByRole('menuitem', { name: 'Tambah Kegiatan' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Kode').fill('3.29.06.1.07');
    await dialog.getByLabel('Uraian').fill('Pembinaan Teknis Keselamatan Ketenagalistrikan');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await page.getByRole('status').getByText('Kegiatan 3.29.06.1.07 ditambahkan.').waitFor();
    const kegiatan = page.locator('tr[data-node="3.29.06.1.07"]');
    await kegiatan.waitFor();
    await typeInCell(page, 'Pagu indikatif 2027 3.29.06.1.07', '1.250.000.000');
    await page.getByText('Akan disimpan sebagai Rp1.250.000.000').waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('funding-3.29.06.1.07-2027').textContent()).toBe('1.250');
    await screenshot(page, 'perf-editors-renstra-table-desktop', { fullPage: false });
    expect(await seriousAxeViolations(page), 'Renstra table editor').toEqual([]);

    // Rencana Aksi: TW III of IK-03 below TW II is a warning; TW IV off the PK target needs a reason.
    await page.goto('/performance/agreements');
    await ready(page, 'Perjanjian Kinerja');
    const ik03 = page.locator('tr[data-code="IK-03"]').last();
    await typeInCell(page, 'Target TW III IK-03', '700');
    await page
      .getByText('TW III lebih kecil dari TW II (800); target kumulatif biasanya tidak turun.')
      .waitFor();
    await page.keyboard.press('Enter');
    await ik03
      .getByTestId('plan-warning')
      .getByText('IK-03: target kumulatif TW III (700) lebih kecil dari TW II (800).')
      .waitFor();

    await typeInCell(page, 'Target TW IV IK-03', '1900');
    const reason = page.getByRole('textbox', { name: 'Alasan perubahan (wajib)' });
    await reason.waitFor();
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await page
      .getByText('IK-03 TW IV 2026: target TW IV (1900) berbeda dari target PK (2000); alasan wajib diisi.')
      .waitFor();
    await screenshot(page, 'perf-editors-action-plan-reason-desktop', { fullPage: false });
    await reason.fill('Satu paket pemasangan bergeser ke 2027.');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await ik03.getByText('Alasan: Satu paket pemasangan bergeser ke 2027.').waitFor();
    expect(await seriousAxeViolations(page), 'PK and Rencana Aksi editor').toEqual([]);

    // After a reload everything is still there.
    await page.reload();
    await ready(page, 'Perjanjian Kinerja');
    const quarter = (q: number) => ik03.locator(`td[data-quarter="${q}"]`).textContent();
    await expect.poll(() => quarter(3)).toBe('700');
    expect(await quarter(4)).toBe('1.900');
    await ik03.getByText('Alasan: Satu paket pemasangan bergeser ke 2027.').waitFor();
    await openRenstraTable(page);
    expect(await iku01of2027.textContent()).toBe('98,95');
    expect(await page.getByTestId('funding-3.29.06.1.07-2027').textContent()).toBe('1.250');
    expect(await page.locator('tr[data-indicator="IKU-01"] td[data-year="2028"]').textContent()).toBe('99,4');
    await context.close();
  });

  it('a stale inline edit says so beside the cell, shows the stored value, and saves only when asked again', async () => {
    const first = await newUserContext(browser, server.url);
    const second = await newUserContext(browser, server.url);
    const a = await first.newPage();
    const b = await second.newPage();
    await signIn(a, 'desdm.kasubbag_program');
    await signIn(b, 'desdm.kasubbag_program');
    await openRenstraTable(a);
    await openRenstraTable(b);
    await typeInCell(a, 'Target 2027 IKU-04', '28,5');
    await a.keyboard.press('Enter');
    await expect
      .poll(() => a.locator('tr[data-indicator="IKU-04"] td[data-year="2027"]').textContent())
      .toBe('28,5');

    // The second person still has the page from before: their change to 2028 meets the newer row.
    await typeInCell(b, 'Target 2028 IKU-04', '31');
    await b.keyboard.press('Enter');
    const cell = b.locator('tr[data-indicator="IKU-04"] td[data-year="2028"]');
    await cell
      .getByText(
        'Indikator IKU-04 sudah diubah orang lain sejak Anda membukanya. Nilai terbaru sudah dimuat; ulangi perubahan Anda bila masih perlu.',
      )
      .waitFor();
    await cell.getByText('Nilai yang tersimpan sekarang: 30,8').waitFor();
    await expect
      .poll(() => b.locator('tr[data-indicator="IKU-04"] td[data-year="2027"]').textContent())
      .toBe('28,5');
    await screenshot(b, 'perf-editors-conflict-desktop', { fullPage: false });
    await b.keyboard.press('Enter');
    await expect.poll(() => cell.textContent()).toBe('31');
    await first.close();
    await second.close();
  });

  for (const [label, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    it(`the editors pass axe and are screenshotted, for the planning unit and read-only (${label})`, async () => {
      for (const username of ['desdm.kasubbag_program', 'desdm.kabid_gatrik']) {
        const context = await newUserContext(browser, server.url, { viewport });
        const page = await context.newPage();
        await signIn(page, username);
        const who = username.endsWith('program') ? 'planner' : 'reader';
        await openRenstraTable(page);
        const editable = await page.locator('[data-editable-cell]').count();
        expect(editable > 0).toBe(who === 'planner');
        await screenshot(page, `perf-editors-renstra-${who}-${label}`, { fullPage: false });
        expect(await seriousAxeViolations(page), `renstra ${who} ${label}`).toEqual([]);
        await page.goto('/performance/agreements');
        await ready(page, 'Perjanjian Kinerja');
        await screenshot(page, `perf-editors-pk-${who}-${label}`, { fullPage: false });
        expect(await seriousAxeViolations(page), `pk ${who} ${label}`).toEqual([]);
        if (who === 'planner') {
          await page
            .getByRole('button', { name: /^Ubah pihak dan nomor PK Kepala Bidang Ketenagalistrikan/ })
            .click();
          await page.getByRole('dialog').waitFor();
          await screenshot(page, `perf-editors-pk-parties-${label}`, { fullPage: false });
          expect(await seriousAxeViolations(page), `parties dialog ${label}`).toEqual([]);
          await page.keyboard.press('Escape');
          await page.goto('/performance/renstra');
          await ready(page, 'Rencana Strategis');
          await page.getByRole('button', { name: /Konsumsi listrik per kapita/ }).click();
          await page.getByRole('dialog').waitFor();
          await screenshot(page, `perf-editors-indicator-drawer-${label}`, { fullPage: false });
          expect(await seriousAxeViolations(page), `indicator drawer ${label}`).toEqual([]);
        }
        await context.close();
      }
    });
  }
});
