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

const ADMIN_PAGES = [
  { path: '/admin/agencies', heading: 'Instansi', name: 'admin-agencies' },
  { path: '/admin/units', heading: 'Unit', name: 'admin-units' },
  { path: '/admin/positions', heading: 'Jabatan', name: 'admin-positions' },
  { path: '/admin/people', heading: 'Pegawai', name: 'admin-people' },
  { path: '/admin/appointments', heading: 'Penugasan', name: 'admin-appointments' },
  { path: '/admin/calendar', heading: 'Hari Libur & Jam Kerja', name: 'admin-calendar' },
];

/** A page is ready when its h1 shows and no spinner is left. */
async function ready(page: Page, heading?: string): Promise<void> {
  const h1 = page.locator('h1').first();
  try {
    await h1.waitFor();
  } catch (error) {
    // Keep what the page showed instead of a heading, for the failure report.
    const file = await screenshot(page, `failure-${Date.now()}`, { fullPage: false });
    const text = (
      (await page
        .locator('body')
        .textContent()
        .catch(() => '')) ?? ''
    ).slice(0, 500);
    throw new Error(`${page.url()} showed no h1 (screenshot ${file}); page text: ${text}`, { cause: error });
  }
  if (heading) await expect.poll(() => h1.textContent()).toBe(heading);
  await page.waitForLoadState('networkidle');
  await page.locator('.mantine-Loader-root').first().waitFor({ state: 'detached' });
}

/** YYYY-MM-DD of today plus some days, on the test machine's calendar. */
function isoDay(offsetDays: number): string {
  const d = new Date();
  d.setDate(d.getDate() + offsetDays);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('foundation: sign-in, home, language, administration', () => {
  it('a demo person signs in, sees their home page, switches to English and back, and signs out', async () => {
    const context = await newUserContext(browser, server.url);
    const page = await context.newPage();

    await page.goto('/');
    await page.waitForURL(/\/sign-in/);
    await ready(page, 'Alur');
    expect(await page.title()).toBe('Masuk · Alur');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // A wrong password is refused with the server's message, and what was typed stays.
    await page.getByLabel('Nama pengguna').fill('desdm.kasubbag_program');
    await page.getByLabel('Kata sandi').fill('bukan-sandinya');
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    const alert = page.getByTestId('form-error');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Nama pengguna atau kata sandi salah.');
    expect(await page.getByLabel('Nama pengguna').inputValue()).toBe('desdm.kasubbag_program');
    // The server answers in the interface language (Accept-Language follows the toggle).
    await page.getByTestId('language-toggle').click();
    await page.getByRole('heading', { name: 'Sign in to your account' }).waitFor();
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect.poll(() => alert.textContent()).toContain('Wrong username or password.');
    await page.getByTestId('language-toggle').click();
    await page.getByRole('heading', { name: 'Masuk ke akun Anda' }).waitFor();

    await signIn(page, 'desdm.kasubbag_program');
    await ready(page);
    expect(await page.locator('h1').textContent()).toMatch(/^Selamat (pagi|siang|sore|malam), /);
    expect(await page.getByTestId('header-person').textContent()).toContain('Yusuf Maulana');
    expect(await page.getByTestId('header-agency').textContent()).toContain('Energi dan Sumber Daya Mineral');
    expect(await page.getByTestId('home-positions').textContent()).toContain('Kepala Subbagian Program');
    await page.getByText('Tidak ada tugas yang menunggu').waitFor();
    // A plain user sees no administration.
    expect(await page.getByRole('link', { name: 'Pegawai' }).count()).toBe(0);
    expect(await page.title()).toBe('Beranda · Alur');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByTestId('language-toggle').click();
    await page.getByRole('heading', { level: 1, name: /^Good (morning|afternoon|evening), / }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('link', { name: 'Home' }).waitFor();
    await page.getByText('Nothing is waiting for you').waitFor();
    // The choice survives a reload (stored on the device).
    await page.reload();
    await ready(page);
    expect(await page.locator('h1').textContent()).toMatch(/^Good /);
    await page.getByTestId('language-toggle').click();
    await page.getByRole('heading', { level: 1, name: /^Selamat / }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('id');

    await page.getByRole('button', { name: 'Keluar' }).click();
    await page.waitForURL(/\/sign-in/);
    await page.getByRole('button', { name: 'Masuk', exact: true }).waitFor();
    // Signed out for real: the home page sends back to sign-in.
    await page.goto('/');
    await page.waitForURL(/\/sign-in/);
    await context.close();
  });

  it('an administrator adds a person with an account and appoints them Plt; that person sees the position', async () => {
    const admin = await (await newUserContext(browser, server.url)).newPage();
    await signIn(admin, 'desdm.admin');

    await admin.getByRole('link', { name: 'Pegawai' }).click();
    await ready(admin, 'Pegawai');
    await admin.getByRole('button', { name: 'Tambah pegawai' }).click();
    const personDialog = admin.getByRole('dialog');
    await personDialog.getByLabel('Nama lengkap dengan gelar').fill('Siti Rahmawati, S.T., M.T.');
    await personDialog.getByLabel('NIP').fill('1990 0101');
    await personDialog.getByLabel('Pangkat/golongan').fill('Penata (III/c)');
    await personDialog.getByLabel('E-mail').fill('siti.rahmawati@demo.alur.test');
    await personDialog.getByLabel('Buatkan akun masuk').check();
    await personDialog.getByLabel('Nama pengguna').fill('desdm.siti');
    await personDialog.getByLabel('Kata sandi awal').fill('siti-rahasia-2026');
    await personDialog.getByRole('button', { name: 'Simpan' }).click();

    // A bad NIP: the message sits under the NIP input and in the summary; nothing typed is lost.
    await personDialog.getByTestId('form-error').waitFor();
    const nipInput = personDialog.getByLabel('NIP');
    expect(await nipInput.getAttribute('aria-invalid')).toBe('true');
    expect(await personDialog.getByTestId('form-error').textContent()).toContain('NIP');
    expect(await personDialog.getByLabel('Nama lengkap dengan gelar').inputValue()).toBe(
      'Siti Rahmawati, S.T., M.T.',
    );
    expect(await personDialog.getByLabel('Nama pengguna').inputValue()).toBe('desdm.siti');
    await screenshot(admin, 'admin-people-form-error-desktop', { fullPage: false });
    expect(await seriousAxeViolations(admin)).toEqual([]);

    await nipInput.fill('19900101 201501 2 001');
    await personDialog.getByRole('button', { name: 'Simpan' }).click();
    await personDialog.waitFor({ state: 'detached' });
    await admin.getByRole('status').getByText('Perubahan tersimpan.').waitFor();
    const personRow = admin.getByRole('row').filter({ hasText: 'Siti Rahmawati, S.T., M.T.' });
    await personRow.waitFor();
    const personText = await personRow.textContent();
    expect(personText).toContain('19900101 201501 2 001');
    expect(personText).toContain('Penata (III/c)');
    expect(personText).toContain('desdm.siti');

    const endsOn = isoDay(60);
    await admin.getByRole('link', { name: 'Penugasan' }).click();
    await ready(admin, 'Penugasan');
    await admin.getByRole('button', { name: 'Tambah penugasan' }).click();
    const dialog = admin.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Jabatan' }).click();
    await dialog.getByRole('combobox', { name: 'Jabatan' }).fill('Kepala Bidang Ketenagalistrikan');
    await admin.getByRole('option', { name: /^Kepala Bidang Ketenagalistrikan/ }).click();
    await dialog.getByText(/^Pemegang saat ini: /).waitFor();
    await dialog.getByRole('combobox', { name: 'Pegawai' }).click();
    await dialog.getByRole('combobox', { name: 'Pegawai' }).fill('Siti');
    await admin.getByRole('option', { name: /^Siti Rahmawati/ }).click();
    await dialog.getByLabel('Pelaksana Tugas (Plt)').check();
    await dialog.getByLabel('Tanggal selesai').fill(endsOn);
    await dialog.getByLabel('Nomor SK / surat perintah').fill('800/045/DESDM/2026');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = admin.getByRole('row').filter({ hasText: 'Siti Rahmawati' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Kepala Bidang Ketenagalistrikan');
    expect(await row.textContent()).toContain('Plt');

    // The position list now names her as acting holder.
    await admin.getByRole('link', { name: 'Jabatan' }).click();
    await ready(admin, 'Jabatan');
    const positionRow = admin.getByRole('row').filter({ hasText: 'Kepala Bidang Ketenagalistrikan' }).first();
    expect(await positionRow.textContent()).toContain('Siti Rahmawati');
    await admin.context().close();

    const siti = await (await newUserContext(browser, server.url)).newPage();
    await signIn(siti, 'desdm.siti', 'siti-rahasia-2026');
    await ready(siti);
    expect(await siti.locator('h1').textContent()).toContain('Siti Rahmawati');
    const positions = siti.getByTestId('home-positions');
    expect(await positions.textContent()).toContain('Kepala Bidang Ketenagalistrikan');
    expect(await positions.textContent()).toContain('Plt');
    expect(await positions.textContent()).toContain('Pelaksana Tugas (Plt) sampai');
    await screenshot(siti, 'home-acting-desktop');

    // She replaces the initial password; a mismatch is caught first, and the new one works.
    await siti.getByRole('link', { name: 'Ubah kata sandi' }).click();
    await ready(siti, 'Ubah kata sandi');
    await siti.locator('input[name="currentPassword"]').fill('siti-rahasia-2026');
    await siti.locator('input[name="newPassword"]').fill('sandi-baru-siti-2026');
    await siti.locator('input[name="confirmPassword"]').fill('sandi-baru-siti-2027');
    await siti.getByRole('button', { name: 'Ubah kata sandi' }).click();
    expect(await siti.getByTestId('form-error').textContent()).toContain('tidak sama');
    await siti.locator('input[name="confirmPassword"]').fill('sandi-baru-siti-2026');
    await siti.getByRole('button', { name: 'Ubah kata sandi' }).click();
    await siti.getByText('Kata sandi telah diubah.').waitFor();
    await siti.getByRole('button', { name: 'Keluar' }).click();
    await siti.waitForURL(/\/sign-in/);
    await signIn(siti, 'desdm.siti', 'sandi-baru-siti-2026');
    await ready(siti);
    expect(await siti.getByTestId('home-positions').textContent()).toContain(
      'Kepala Bidang Ketenagalistrikan',
    );
    await siti.context().close();
  });

  it('every main page passes axe (no serious or critical findings) and is photographed at desktop and phone width', async () => {
    for (const [label, viewport] of [
      ['desktop', DESKTOP],
      ['phone', PHONE],
    ] as const) {
      const context = await newUserContext(browser, server.url, { viewport });
      const page = await context.newPage();
      await page.goto('/sign-in');
      await ready(page, 'Alur');
      await screenshot(page, `signin-${label}`);
      if (label === 'phone') expect(await seriousAxeViolations(page)).toEqual([]);

      await signIn(page, 'desdm.admin');
      await ready(page);
      await screenshot(page, `home-${label}`);
      if (label === 'phone') {
        expect(await seriousAxeViolations(page)).toEqual([]);
        // The navigation sits behind the burger on a phone.
        await page.getByRole('button', { name: 'Buka menu' }).click();
        await page.getByRole('link', { name: 'Pegawai' }).waitFor({ state: 'visible' });
        await screenshot(page, 'navigation-phone', { fullPage: false });
        await page.getByRole('button', { name: 'Tutup menu' }).click();
      }

      for (const adminPage of ADMIN_PAGES) {
        await page.goto(adminPage.path);
        await ready(page, adminPage.heading);
        expect(await page.title()).toBe(`${adminPage.heading} · Alur`);
        const findings = await seriousAxeViolations(page);
        expect(findings, `${adminPage.path} at ${label} width`).toEqual([]);
        await screenshot(page, `${adminPage.name}-${label}`);
      }

      // The change-password page and an open form dialog are checked too.
      await page.goto('/password');
      await ready(page, 'Ubah kata sandi');
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.goto('/admin/appointments');
      await ready(page, 'Penugasan');
      await page.getByRole('button', { name: 'Tambah penugasan' }).click();
      await page.getByRole('dialog').waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await screenshot(page, `admin-appointment-form-${label}`, { fullPage: false });
      await context.close();
    }
  });
});
