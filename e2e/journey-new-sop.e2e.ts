import path from 'node:path';
import type { FileChooser, Locator, Page } from 'playwright-core';
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
import { PHONE } from './support/browser';

const journey = journeySetup();

const FIXTURE = path.resolve(import.meta.dirname, 'fixtures/desdm-kaltim-pk.yaml');
const SOP_TITLE = 'Penyusunan Perjanjian Kinerja';
const PURPOSE = 'Perjanjian Kinerja 2027';

/** Clicks a file button and answers the browser's file chooser. */
async function chooseFile(page: Page, button: Locator, file: Parameters<FileChooser['setFiles']>[0]) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), button.click()]);
  await chooser.setFiles(file);
}

/** Picks a position for a lane in the mapping form by typing part of its title. */
async function mapLane(page: Page, lane: string, typed: string, option: RegExp) {
  const input = page.getByLabel(`Jabatan untuk ${lane}`, { exact: true }).first();
  await input.click();
  await input.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

describe('journey 5: a new SOP, imported, mapped, published and run to the end', () => {
  it('an administrator imports a fourth SOP and the agency runs it without a code change', async () => {
    const admin = await journey.office.as('desdm.admin');
    await navigate(admin, 'Pustaka SOP');
    await ready(admin);
    await admin.getByRole('button', { name: 'Impor SOP' }).click();
    const dialog = admin.getByRole('dialog');
    // A file that is not an SOP is refused with a message naming the file; nothing is created.
    await chooseFile(admin, dialog.getByRole('button', { name: 'Pilih berkas SOP' }), {
      name: 'bukan-sop.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.from('steps: ['),
    });
    await dialog.getByRole('button', { name: 'Impor', exact: true }).click();
    await dialog.getByTestId('form-error').waitFor();
    expect(await dialog.getByTestId('form-error').textContent()).toContain('bukan-sop.yaml');
    await chooseFile(admin, dialog.getByRole('button', { name: 'Pilih berkas SOP' }), FIXTURE);
    await dialog.getByRole('button', { name: 'Impor', exact: true }).click();
    await admin.waitForURL(/\/sops\/[^/]+$/);
    await ready(admin);
    await admin.getByRole('heading', { level: 1, name: SOP_TITLE }).waitFor();

    // A draft with unmapped lanes cannot be published: the problems say why.
    await admin.getByTestId('sop-problems').waitFor();
    expect(await admin.getByRole('button', { name: 'Terbitkan' }).isDisabled()).toBe(true);
    expect(await admin.locator('[data-testid="sop-step-table"] tbody tr').count()).toBe(6);
    expect(
      await admin
        .locator('[data-testid="sop-step-table"] tr[data-step="4"] td[data-lane="sekretaris"] svg')
        .getAttribute('aria-label'),
    ).toBe('Keputusan');
    await expectNoSeriousAxe(admin);
    await shot(admin, 'new-sop-draft-admin-desktop');

    await mapLane(admin, 'Kepala Dinas', 'Kepala Dinas', /^Kepala Dinas Energi/);
    await mapLane(admin, 'Kepala Bidang', 'Ketenagalistrikan', /^Kepala Bidang Ketenagalistrikan/);
    await mapLane(admin, 'Sekretaris', 'Sekretaris Dinas', /^Sekretaris Dinas/);
    await mapLane(admin, 'Kasubbag Program', 'Kepala Subbagian Program', /^Kepala Subbagian Program/);
    await mapLane(admin, 'Staf', 'Staf Subbagian Program', /^Staf Subbagian Program/);
    await admin.getByRole('button', { name: 'Simpan pemetaan' }).click();
    await admin.getByTestId('sop-no-problems').waitFor();

    await admin.getByRole('button', { name: 'Terbitkan' }).click();
    const publish = admin.getByRole('dialog');
    await publish.getByLabel('Tanggal berlaku (opsional)').fill('2026-12-01');
    await publish.getByRole('button', { name: 'Terbitkan' }).click();
    await admin.getByText('SOP diterbitkan sebagai versi 1.').waitFor();
    await admin.getByRole('button', { name: 'Mulai proses' }).waitFor();

    // The agency runs it: the head starts, every division answers, one return, signature, archive.
    const kadis = await journey.office.as('desdm.kadis');
    const runId = await startRun(kadis, SOP_TITLE, {
      purpose: PURPOSE,
      year: 2027,
      quarter: null,
      disposition: 'Susun Perjanjian Kinerja 2027 berdasarkan usulan target setiap bidang.',
    });
    for (const username of [
      'desdm.kabid_gatrik',
      'desdm.kabid_ebtke',
      'desdm.kabid_minerba',
      'desdm.kabid_gat',
    ]) {
      await completeWithDocument(
        await journey.office.as(username),
        PURPOSE,
        2,
        `Usulan target 2027 ${username}.xlsx`,
      );
    }
    const kasubbag = await journey.office.as('desdm.kasubbag_program');
    await completeWithDocument(kasubbag, PURPOSE, 3, 'Konsep PK 2027.docx');
    const sekretaris = await journey.office.as('desdm.sekretaris', PHONE);
    await returnWithReason(sekretaris, PURPOSE, 4, 'Target IK-03 2027 belum sesuai Renstra; sesuaikan.');
    await completeWithDocument(kasubbag, PURPOSE, 3, 'Konsep PK 2027 revisi.docx');
    await approve(sekretaris, PURPOSE, 4);
    await signoff(kadis, PURPOSE, 5, 'Tanda tangani');
    await completeWithDocument(
      await journey.office.as('desdm.staf_program'),
      PURPOSE,
      6,
      'Arsip PK 2027.pdf',
    );

    const done = await expectCompletedRun(kadis, runId, 6);
    expect(await done.getByRole('heading', { level: 1 }).textContent()).toBe(PURPOSE);
    await shot(done, 'new-sop-run-completed-kadis-desktop');
  });
});
