import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  approve,
  completeWithDocument,
  expectCompletedRun,
  expectNoSeriousAxe,
  journeySetup,
  navigate,
  ready,
  returnWithReason,
  shot,
  signoff,
  startRun,
} from './run-journey-steps';
import { newUserContext, PHONE, signIn } from './support/browser';

const journey = journeySetup();

const SOP_TITLE = 'Penyusunan Perjanjian Kinerja';
const PURPOSE = 'Perjanjian Kinerja 2027 (editor)';

interface StepInput {
  activity: string;
  lane: string;
  kind: 'Mulai + proses' | 'Proses' | 'Keputusan' | 'Proses + selesai';
  inputs: string;
  time: string;
  output: string;
}

const STEPS: StepInput[] = [
  {
    activity: 'Memerintahkan penyusunan Perjanjian Kinerja',
    lane: 'Kepala Dinas',
    kind: 'Mulai + proses',
    inputs: 'Disposisi',
    time: '15 menit',
    output: 'Disposisi',
  },
  {
    activity: 'Menyusun konsep Perjanjian Kinerja dari Renstra',
    lane: 'Staf',
    kind: 'Proses',
    inputs: 'Renstra OPD',
    time: '1 Hari',
    output: 'Konsep Perjanjian Kinerja',
  },
  {
    activity: 'Memeriksa konsep Perjanjian Kinerja',
    lane: 'Kasubbag Program',
    kind: 'Keputusan',
    inputs: 'Konsep Perjanjian Kinerja',
    time: '2 Jam',
    output: 'Konsep Perjanjian Kinerja',
  },
  {
    activity: 'Menandatangani Perjanjian Kinerja',
    lane: 'Kepala Dinas',
    kind: 'Proses',
    inputs: 'Konsep Perjanjian Kinerja',
    time: '1 Jam',
    output: 'Perjanjian Kinerja',
  },
  {
    activity: 'Menggandakan dan mengarsipkan Perjanjian Kinerja',
    lane: 'Staf',
    kind: 'Proses + selesai',
    inputs: 'Perjanjian Kinerja',
    time: '30 Mnit',
    output: 'Arsip Perjanjian Kinerja',
  },
];

const row = (page: Page, no: number) => page.locator(`tr[data-testid="editor-step"][data-step="${no}"]`);

async function writeStep(page: Page, no: number, step: StepInput) {
  const r = row(page, no);
  await r.getByLabel(`Kegiatan langkah ${no}`).fill(step.activity);
  await r.getByRole('button', { name: `Langkah ${no} dikerjakan ${step.lane}` }).click();
  await r.getByLabel(`Jenis langkah ${no}`).selectOption({ label: step.kind });
  await r.getByLabel(`Langkah ${no}: kelengkapan baris 1`).fill(step.inputs);
  await r.getByLabel(`Langkah ${no}: waktu baris 1`).fill(step.time);
  await r.getByLabel(`Langkah ${no}: output baris 1`).fill(step.output);
}

/** Picks a position for a lane in the editor's mapping form by typing part of its title. */
async function mapLane(page: Page, lane: string, typed: string, option: RegExp) {
  const input = page.getByLabel(`Jabatan untuk ${lane}`, { exact: true }).first();
  await input.click();
  await input.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

/** Picks (or, when picked, drops) one document act of a step in its Dokumen multi-select. */
async function toggleDocument(page: Page, no: number, label: string) {
  // The field around the pills opens the list (the text input itself shrinks beside the pills).
  await row(page, no).locator('.mantine-MultiSelect-input').click();
  await page.getByRole('option', { name: label, exact: true }).click();
  await page.keyboard.press('Escape');
}

async function saveDraft(page: Page) {
  await page.getByTestId('save-draft').first().click();
  await page
    .getByRole('status')
    .getByText(/^Draf tersimpan \(versi 1\)\.$/)
    .waitFor();
}

describe('SOP editor: a new SOP written in the table, validated, mapped, published and run', () => {
  it('an administrator writes a fourth SOP and the agency runs it to the end without a code change', async () => {
    const admin = await journey.office.as('desdm.admin');
    await navigate(admin, 'Pustaka SOP');
    await ready(admin);
    await admin.getByRole('link', { name: 'Tulis SOP' }).click();
    await admin.waitForURL(/\/sops\/new$/);
    await ready(admin);
    await admin.getByRole('heading', { level: 1, name: 'Tulis SOP baru' }).waitFor();

    // Identity, as on the paper sheet.
    await admin.getByLabel('Kode SOP').fill('penyusunan-pk');
    await admin.getByLabel('Nomor SOP').fill('K. 075 / 14 / DESDM/2026');
    await admin.getByLabel('Tanggal pembuatan').fill('2 November 2026');
    await admin.getByLabel('Tanggal efektif').fill('2 November 2026');
    await admin.getByLabel('Jabatan', { exact: true }).fill('Kepala Dinas');
    await admin.getByLabel('Nama', { exact: true }).fill('Munawwar, S.T., M.Si');
    await admin.getByLabel('NIP', { exact: true }).fill('19671129 199803 1 003');
    await admin.getByLabel('Nama SOP').fill(SOP_TITLE);
    await admin
      .getByLabel('Dasar hukum')
      .fill('Peraturan Presiden Nomor 29 Tahun 2014\nPermenPAN-RB Nomor 53 Tahun 2014');
    await admin.getByLabel('Peralatan/perlengkapan').fill('Renstra OPD\nPerangkat Komputer');

    // Three lanes, keys made from their labels.
    for (const lane of ['Kepala Dinas', 'Kasubbag Program', 'Staf']) {
      await admin.getByLabel('Pelaksana baru').fill(lane);
      await admin.getByRole('button', { name: 'Tambah pelaksana' }).click();
    }
    expect(
      await admin
        .locator('[data-lane-row]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-lane-row'))),
    ).toEqual(['kepala-dinas', 'kasubbag-program', 'staf']);

    // Five steps; the decision's Tidak exit is deliberately wrong (the same step as Ya).
    for (let i = 0; i < STEPS.length; i++)
      await admin.getByRole('button', { name: 'Tambah langkah' }).click();
    for (const [i, step] of STEPS.entries()) await writeStep(admin, i + 1, step);
    await row(admin, 3).getByLabel('Langkah 3: Ya menuju langkah').selectOption('4');
    await row(admin, 3).getByLabel('Langkah 3: Tidak menuju langkah').selectOption('4');
    await row(admin, 4).getByLabel('Tanda tangan').check();
    // The drafting step is also told, wrongly, to print the lembar disposisi (only the start may).
    await toggleDocument(admin, 2, 'Laporan');
    await toggleDocument(admin, 2, 'Lembar disposisi');

    // The preview follows the table: five symbols, a diamond for step 3, arrows 3→4 and 3→4.
    const preview = admin.getByTestId('flowchart-preview');
    expect(await preview.locator('[data-node]').count()).toBe(5);
    expect(await preview.locator('[data-node="3"]').getAttribute('data-shape')).toBe('diamond');
    expect(await preview.locator('[data-node="1"]').getAttribute('data-shape')).toBe('capsule');

    await admin.getByTestId('save-draft').first().click();
    await admin.waitForURL(/\/sops\/[^/]+\/edit$/);
    await ready(admin);
    await admin.getByRole('status').getByText('Draf tersimpan (versi 1).').waitFor();
    const stepProblems = admin.locator('[data-testid="step-problems"][data-step="3"]');
    await stepProblems.waitFor();
    expect(await stepProblems.textContent()).toContain('sama-sama menuju langkah 4');
    const documentProblems = admin.locator('[data-testid="step-problems"][data-step="2"]');
    expect(await documentProblems.textContent()).toContain(
      'lembar disposisi hanya dapat dibuat di langkah awal (Mulai)',
    );
    expect(await admin.getByTestId('publish-blockers').textContent()).toContain('Langkah 3');
    expect(await admin.getByRole('button', { name: 'Terbitkan' }).isDisabled()).toBe(true);
    await expectNoSeriousAxe(admin);
    await shot(admin, 'sop-editor-wrong-exit-admin-desktop');

    // Fix the exit: Tidak goes back to the drafting step; drop the disposition sheet from step 2.
    await row(admin, 3).getByLabel('Langkah 3: Tidak menuju langkah').selectOption('2');
    expect(await preview.locator('[data-edge="3-2"]').count()).toBe(1);
    await toggleDocument(admin, 2, 'Lembar disposisi');
    await saveDraft(admin);
    await stepProblems.waitFor({ state: 'detached' });
    await documentProblems.waitFor({ state: 'detached' });
    // The act kept is saved: the reloaded draft still shows it. It is then dropped as well, so that
    // the run below is the plain flow.
    await admin.reload();
    await ready(admin);
    await row(admin, 2).getByText('Laporan', { exact: true }).waitFor();
    await shot(admin, 'sop-editor-document-acts-admin-desktop');
    await toggleDocument(admin, 2, 'Laporan');
    await saveDraft(admin);
    const blockers = await admin.getByTestId('publish-blockers').textContent();
    expect(blockers).not.toContain('Langkah');
    expect(blockers).toContain('belum dipetakan');

    await mapLane(admin, 'Kepala Dinas', 'Kepala Dinas', /^Kepala Dinas Energi/);
    await mapLane(admin, 'Kasubbag Program', 'Kepala Subbagian Program', /^Kepala Subbagian Program/);
    await mapLane(admin, 'Staf', 'Staf Subbagian Program', /^Staf Subbagian Program/);
    await admin.getByRole('button', { name: 'Simpan pemetaan' }).click();
    await admin.getByTestId('publish-ready').waitFor();
    await admin.getByLabel('Tanggal berlaku (opsional)').fill('2026-12-01');
    await admin.getByRole('button', { name: 'Terbitkan' }).click();
    await admin.getByRole('status').getByText('SOP diterbitkan sebagai versi 1.').waitFor();
    await admin.getByTestId('editor-published').waitFor();
    await shot(admin, 'sop-editor-published-admin-desktop');

    // The same editor at phone width: usable, the table scrolls sideways.
    const phoneContext = await newUserContext(journey.browser, journey.server.url, { viewport: PHONE });
    try {
      const phone = await phoneContext.newPage();
      await signIn(phone, 'desdm.admin');
      await phone.goto(new URL(admin.url()).pathname);
      await ready(phone);
      await phone.getByTestId('editor-step-table').waitFor();
      await expectNoSeriousAxe(phone);
      await shot(phone, 'sop-editor-admin-phone');
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await phoneContext.close();
    }

    // The agency runs it: the head starts, staff draft, Kasubbag returns once then approves, the
    // head signs, staff archive.
    const kadis = await journey.office.as('desdm.kadis');
    const runId = await startRun(kadis, SOP_TITLE, {
      purpose: PURPOSE,
      year: 2027,
      quarter: null,
      disposition: 'Susun Perjanjian Kinerja 2027 sesuai Renstra.',
    });
    const staf = await journey.office.as('desdm.staf_program');
    await completeWithDocument(staf, PURPOSE, 2, 'Konsep PK 2027.docx');
    const kasubbag = await journey.office.as('desdm.kasubbag_program', PHONE);
    await returnWithReason(kasubbag, PURPOSE, 3, 'Target IK-02 belum sesuai Renstra; perbaiki.');
    await completeWithDocument(staf, PURPOSE, 2, 'Konsep PK 2027 revisi.docx');
    await approve(kasubbag, PURPOSE, 3);
    await signoff(kadis, PURPOSE, 4, 'Tanda tangani');
    await completeWithDocument(staf, PURPOSE, 5, 'Arsip PK 2027.pdf');

    const done = await expectCompletedRun(kadis, runId, 5);
    expect(await done.getByRole('heading', { level: 1 }).textContent()).toBe(PURPOSE);
    await shot(done, 'sop-editor-run-completed-kadis-desktop');
  });
});
