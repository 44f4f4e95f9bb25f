import AxeBuilder from '@axe-core/playwright';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { seriousAxeViolations } from './support/accessibility';
import { DESKTOP, launchBrowser, newUserContext, screenshot, signIn } from './support/browser';
import { sampleFile } from './support/sample-files';
import { type RunningServer, startServer } from './support/server';

/**
 * Browser steps shared by the SOP journeys: one signed-in page per demo user, each acting only
 * through the UI (inbox → task on the run page → the action the SOP step asks for).
 */
export class Office {
  private readonly pages = new Map<string, Page>();

  constructor(
    private readonly browser: Browser,
    private readonly baseUrl: string,
  ) {}

  /** The user's page, signed in on first use; `viewport` applies on first use only. */
  async as(username: string, viewport: { width: number; height: number } = DESKTOP): Promise<Page> {
    const existing = this.pages.get(username);
    if (existing) return existing;
    const context = await newUserContext(this.browser, this.baseUrl, { viewport });
    const page = await context.newPage();
    await signIn(page, username);
    this.pages.set(username, page);
    return page;
  }

  async close(): Promise<void> {
    for (const page of this.pages.values()) await page.context().close();
  }
}

/** Follows a main menu entry; on a phone the menu sits behind the burger button. */
export async function navigate(page: Page, label: string): Promise<void> {
  const burger = page.getByRole('button', { name: 'Buka menu' });
  if (await burger.isVisible()) await burger.click();
  await page.getByRole('navigation').getByRole('link', { name: label, exact: true }).click();
  // The shell closes the phone menu on a change of page only: choosing the page already shown leaves
  // it open. Give a change of page its moment before closing by hand, or the two toggles cross.
  const toggle = page.locator('button[aria-controls="main-navigation"]');
  if (!(await toggle.isVisible())) return;
  for (let i = 0; i < 10 && (await toggle.getAttribute('aria-label')) === 'Tutup menu'; i++)
    await page.waitForTimeout(100);
  if ((await toggle.getAttribute('aria-label')) === 'Tutup menu') await toggle.click();
}

/** A page is ready when its h1 shows and no spinner is left. */
export async function ready(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.locator('.mantine-Loader-root').first().waitFor({ state: 'detached' });
}

export async function expectNoSeriousAxe(page: Page): Promise<void> {
  const found = await seriousAxeViolations(page);
  if (found.length > 0) {
    // Name the offending elements themselves: Mantine's hashed class names say little.
    const result = await new AxeBuilder({ page }).analyze();
    const detail = result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.html.slice(0, 200)} ${n.failureSummary ?? ''}`));
    expect(detail).toEqual([]);
  }
}

/**
 * Opens the user's inbox, finds the task of `step` in the run with this purpose (for a per-unit
 * step, the one for the user's unit) and follows "Buka tugas" to the run page. Returns the action
 * panel of that task.
 */
export async function openTaskFromInbox(page: Page, purpose: string, step: number) {
  const wasThere = new URL(page.url()).pathname === '/inbox';
  await navigate(page, 'Kotak masuk');
  await page.waitForURL(/\/inbox$/);
  // Already on the inbox: the menu does not load it again, so fetch what is new.
  if (wasThere) await page.reload();
  await ready(page);
  const card = page
    .locator(`[data-testid="inbox-task"][data-step="${step}"]`)
    .filter({ hasText: purpose })
    .first();
  await card.waitFor();
  await card.getByRole('link', { name: /^Buka tugas/ }).click();
  await page.waitForURL(/\/runs\/[^/]+\?task=/);
  await ready(page);
  const panel = page.locator(`[data-testid="task-actions"][data-step="${step}"]`).first();
  await panel.waitFor();
  return panel;
}

/** Waits for the run page's confirmation that the step was recorded. */
async function recorded(page: Page, step: number): Promise<void> {
  await page.getByRole('status').getByText(`Langkah ${step} tercatat.`).waitFor();
}

/** Completes a step by uploading its output document (the file's name becomes the title). */
export async function completeWithDocument(page: Page, purpose: string, step: number, fileName: string) {
  const panel = await openTaskFromInbox(page, purpose, step);
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    panel.getByRole('button', { name: 'Unggah dokumen keluaran' }).click(),
  ]);
  await chooser.setFiles(await sampleFile(fileName));
  await panel.getByTestId('chosen-file').waitFor();
  await panel.getByRole('button', { name: 'Selesaikan langkah' }).click();
  await recorded(page, step);
}

export async function approve(page: Page, purpose: string, step: number) {
  const panel = await openTaskFromInbox(page, purpose, step);
  await panel.getByRole('button', { name: 'Setujui' }).click();
  await recorded(page, step);
}

/**
 * Returns the step: first without a reason (refused, the server's message shows in the panel and
 * nothing changes), then with it.
 */
export async function returnWithReason(page: Page, purpose: string, step: number, reason: string) {
  const panel = await openTaskFromInbox(page, purpose, step);
  await panel.getByRole('button', { name: 'Kembalikan' }).click();
  const error = panel.getByTestId('form-error');
  await error.waitFor();
  expect((await error.textContent())?.toLowerCase()).toContain('alasan');
  await panel.getByLabel('Alasan pengembalian').fill(reason);
  await panel.getByRole('button', { name: 'Kembalikan' }).click();
  await recorded(page, step);
}

export async function signoff(page: Page, purpose: string, step: number, action: 'Paraf' | 'Tanda tangani') {
  const panel = await openTaskFromInbox(page, purpose, step);
  await panel.getByRole('button', { name: action, exact: true }).click();
  await recorded(page, step);
}

/** Starts a run from the SOP's page: purpose, year, period and the disposition (optional). */
export async function startRun(
  page: Page,
  sopTitle: string,
  values: {
    purpose: string;
    year: number;
    quarter: number | null;
    disposition: string | null;
    /** The incoming letter uploaded with the disposition. */
    letter?: string;
  },
): Promise<string> {
  await navigate(page, 'Pustaka SOP');
  await page.waitForURL(/\/sops$/);
  await ready(page);
  await expectNoSeriousAxe(page);
  await page.getByRole('link', { name: sopTitle }).click();
  await page.waitForURL(/\/sops\/[^/]+$/);
  await ready(page);
  await page.getByTestId('sop-step-table').waitFor();
  await page.getByRole('button', { name: 'Mulai proses' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Keperluan').fill(values.purpose);
  await dialog.getByLabel('Tahun').fill(String(values.year));
  await dialog.getByLabel('Periode', { exact: true }).first().click();
  await page
    .getByRole('option', { name: values.quarter ? `Triwulan ${values.quarter}` : 'Tahunan', exact: true })
    .click();
  if (values.disposition) await dialog.getByLabel('Disposisi').fill(values.disposition);
  if (values.letter) {
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      dialog.getByRole('button', { name: 'Unggah surat masuk' }).click(),
    ]);
    await chooser.setFiles(await sampleFile(values.letter));
    await dialog.getByTestId('start-letter-name').getByText(values.letter).waitFor();
  }
  await dialog.getByRole('button', { name: 'Mulai', exact: true }).click();
  await page.waitForURL(/\/runs\/[^/?]+$/);
  await ready(page);
  const runId = new URL(page.url()).pathname.split('/').pop() ?? '';
  expect(runId).toMatch(/^[0-9a-f-]{36}$/);
  return runId;
}

/**
 * On the run page: the run is completed, every step is done, every task that did work shows its
 * working time (against the standard where the step has one), and the history names each action.
 */
export async function expectCompletedRun(page: Page, runId: string, stepCount: number) {
  await page.goto(`/runs/${runId}`);
  await ready(page);
  expect(await page.getByTestId('run-status').textContent()).toBe('Selesai');
  await page.getByTestId('run-completed-at').waitFor();
  const states = await page
    .getByTestId('run-step')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-state')));
  expect(states).toEqual(Array.from({ length: stepCount }, () => 'done'));
  const tasks = page.locator(
    '[data-testid="run-task"][data-status="completed"], [data-testid="run-task"][data-status="returned"]',
  );
  const timings = await tasks.evaluateAll((els) =>
    els.map((e) => e.querySelector('[data-testid="task-timing"]')?.textContent ?? ''),
  );
  expect(timings.length).toBeGreaterThanOrEqual(stepCount);
  for (const timing of timings) expect(timing).toMatch(/(dari mutu baku|tanpa mutu baku)/);
  return page;
}

export async function shot(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
}

/** Completes the meeting step with its record: agenda, time, place, attendance and minutes. */
export async function recordMeeting(
  page: Page,
  purpose: string,
  step: number,
  meeting: { agenda: string; heldAt: string; place: string; attendees: string[]; minutes: string },
) {
  const panel = await openTaskFromInbox(page, purpose, step);
  await panel.getByLabel('Agenda').fill(meeting.agenda);
  await panel.getByLabel('Waktu rapat').fill(meeting.heldAt);
  await panel.getByLabel('Tempat').fill(meeting.place);
  await panel.getByLabel('Daftar hadir (satu nama per baris)').fill(meeting.attendees.join('\n'));
  await panel.getByLabel('Notulen').fill(meeting.minutes);
  await panel.getByRole('button', { name: 'Selesaikan langkah' }).click();
  await recorded(page, step);
}

/**
 * A fresh server (its own SQLite demo database) and browser for one journey file, with an office of
 * signed-in people; all closed after the file.
 */
export function journeySetup(): { server: RunningServer; browser: Browser; office: Office } {
  const setup = {} as { server: RunningServer; browser: Browser; office: Office };
  beforeAll(async () => {
    setup.server = await startServer();
    setup.browser = await launchBrowser();
    setup.office = new Office(setup.browser, setup.server.url);
  });
  afterAll(async () => {
    await setup.office?.close();
    await setup.browser?.close();
    await setup.server?.stop();
  });
  return setup;
}

/** The version number the task panel shows for the run's document of this kind (0: none yet). */
async function shownVersion(panel: Locator, kind: string): Promise<number> {
  const line = panel.getByTestId(`run-document-${kind}`);
  if ((await line.count()) === 0) return 0;
  const match = /versi (\d+)/.exec((await line.first().textContent()) ?? '');
  return match ? Number(match[1]) : 0;
}

/**
 * A step that generates a document from the data (the report, or the cover letter): clicks the
 * generate button, waits for the progress to end in a new version, then completes the step with it.
 */
export async function generateAndComplete(
  page: Page,
  purpose: string,
  step: number,
  kind: 'lkjip' | 'pemantauan' | 'surat_pengantar',
  options: { number?: boolean } = {},
): Promise<Locator> {
  const panel = await openTaskFromInbox(page, purpose, step);
  const before = await shownVersion(panel, kind);
  await panel.getByRole('button', { name: /^Buat (ulang )?(LKjIP|laporan|surat pengantar)/ }).click();
  await expect.poll(() => shownVersion(panel, kind), { timeout: 120_000, interval: 500 }).toBe(before + 1);
  if (options.number) {
    await panel.getByRole('button', { name: 'Beri nomor surat' }).click();
    await panel.getByTestId('letter-number').waitFor();
    await expect.poll(() => shownVersion(panel, kind), { timeout: 120_000, interval: 500 }).toBe(before + 2);
  }
  const version = await shownVersion(panel, kind);
  await panel.getByRole('button', { name: `Selesai dengan versi ${version}` }).click();
  await recorded(page, step);
  return panel;
}

/** Signs the run's report in a signature step with the certificate's passphrase. */
export async function signReport(page: Page, purpose: string, step: number, passphrase: string) {
  const panel = await openTaskFromInbox(page, purpose, step);
  await panel.getByRole('button', { name: 'Tanda tangani', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Frasa sandi sertifikat').fill(passphrase);
  await dialog.getByRole('button', { name: 'Tandatangani' }).click();
  await recorded(page, step).catch(async (error: unknown) => {
    // Say why: the dialog shows the server's refusal (a missing certificate, unverified data, …).
    throw new Error(`signing step ${step} not recorded: ${await dialog.textContent().catch(() => '')}`, {
      cause: error,
    });
  });
}

/**
 * A sending/archiving step: sends the signed report to an outside recipient by e-mail (the PDF goes
 * attached), records it in the archive with its classification code, then completes the step.
 */
export async function sendArchiveAndComplete(
  page: Page,
  purpose: string,
  step: number,
  values: { recipient?: { name: string; email: string }; classificationCode?: string; number?: boolean },
) {
  const panel = await openTaskFromInbox(page, purpose, step);
  if (values.number) {
    await panel.getByRole('button', { name: 'Beri nomor surat' }).click();
    await panel.getByTestId('letter-number').waitFor();
  }
  if (values.recipient) {
    await panel.getByLabel('Nama penerima 1').fill(values.recipient.name);
    await panel.getByLabel('E-mail penerima 1').fill(values.recipient.email);
    await panel.getByRole('button', { name: 'Tambahkan ke daftar' }).click();
    await panel.getByRole('button', { name: /^Kirim ke 1 penerima/ }).click();
    await panel.getByText(values.recipient.name).first().waitFor();
  }
  if (values.classificationCode) {
    await panel.getByLabel('Kode klasifikasi arsip').fill(values.classificationCode);
    await panel.getByRole('button', { name: 'Arsipkan' }).click();
    await panel.getByText('Dokumen diarsipkan.').first().waitFor();
  }
  await panel.getByRole('button', { name: 'Selesaikan langkah' }).click();
  await recorded(page, step);
}

/** The passphrase of the demo agencies' signing certificates (printed by the demo seed). */
export const DEMO_PASSPHRASE = 'alur-demo-2026';

/** Completes a step that needs no output of its own (e.g. the collection-format step's confirmation). */
export async function completeStep(page: Page, purpose: string, step: number) {
  const panel = await openTaskFromInbox(page, purpose, step);
  await panel.getByRole('button', { name: 'Selesaikan langkah' }).click();
  await recorded(page, step);
}

/** A step that passes the run's report on (to the head, to the secretary): completes with its latest version. */
export async function forwardReport(page: Page, purpose: string, step: number) {
  const panel = await openTaskFromInbox(page, purpose, step);
  await panel.getByTestId('forward-report').click();
  await recorded(page, step);
}

/**
 * A division head hands in the unit's realisation for the quarter from the realisation grid ("Kirim
 * TW …"): the run's per-division collection task of that unit completes by itself.
 */
export async function submitRealisation(page: Page, quarterLabel: string) {
  await page.goto('/performance/realisation');
  await ready(page);
  const submit = page.getByRole('button', { name: new RegExp(`^Kirim ${quarterLabel}`) });
  if ((await submit.count()) === 0) return;
  await submit.first().click();
  await page.getByRole('status').getByText('Realisasi dikirim untuk verifikasi.').waitFor();
}

/** The planning unit verifies every submitted value of the quarter on the verification screen. */
export async function verifyAllSubmitted(page: Page, quarterLabel: string) {
  await page.goto('/performance/verification');
  await ready(page);
  const buttons = page.getByRole('button', { name: new RegExp(`^Verifikasi .+ ${quarterLabel}$`) });
  for (let left = await buttons.count(); left > 0; left = await buttons.count()) {
    const name =
      (await buttons.first().getAttribute('aria-label')) ?? (await buttons.first().textContent()) ?? '';
    await buttons.first().click();
    const code = /Verifikasi (.+) TW/.exec(name)?.[1] ?? '';
    await page.getByRole('status').getByText(`${code} terverifikasi.`).waitFor();
    await expect.poll(() => buttons.count()).toBeLessThan(left);
  }
}

/**
 * A closing step that makes the cover letter, numbers it, sends the signed report and archives it
 * (SOP 003's distribution step), then completes.
 */
export async function coverLetterSendArchive(
  page: Page,
  purpose: string,
  step: number,
  values: { recipient: { name: string; email: string }; classificationCode: string },
) {
  const panel = await openTaskFromInbox(page, purpose, step);
  await panel.getByRole('button', { name: 'Buat surat pengantar' }).click();
  await expect
    .poll(() => shownVersion(panel, 'surat_pengantar'), { timeout: 120_000, interval: 500 })
    .toBe(1);
  await panel.getByRole('button', { name: 'Beri nomor surat' }).click();
  await panel.getByTestId('letter-number').waitFor();
  await expect
    .poll(() => shownVersion(panel, 'surat_pengantar'), { timeout: 120_000, interval: 500 })
    .toBe(2);
  await sendArchiveAndComplete(page, purpose, step, values);
}
