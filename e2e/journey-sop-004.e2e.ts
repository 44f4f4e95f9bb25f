import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  approve,
  completeStep,
  completeWithDocument,
  DEMO_PASSPHRASE,
  expectCompletedRun,
  expectNoSeriousAxe,
  forwardReport,
  generateAndComplete,
  journeySetup,
  navigate,
  openTaskFromInbox,
  ready,
  returnWithReason,
  sendArchiveAndComplete,
  shot,
  signReport,
  startRun,
  submitRealisation,
  verifyAllSubmitted,
} from './run-journey-steps';
import { PHONE } from './support/browser';

const journey = journeySetup();

const PURPOSE = 'LKjIP 2026';
const SOP_TITLE = 'Penyusunan Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP)';
const RETURN_NOTE =
  'Analisis IK-03 (pasang baru listrik, capaian 59%) belum menjelaskan penyebab dan langkah perbaikan.';

describe('journey 1: SOP 004 Penyusunan SAKIP, Dinas ESDM Kaltim', () => {
  it('runs LKjIP 2026 from the head disposition to the archive, with one return at step 7', async () => {
    // 1. The head starts the run with a disposition: step 1 is done by it.
    const kadis = await journey.office.as('desdm.kadis');
    const runId = await startRun(kadis, SOP_TITLE, {
      purpose: PURPOSE,
      year: 2026,
      quarter: null,
      disposition: 'Segera susun LKjIP 2026 sesuai SOP; koordinasikan dengan seluruh bidang dan sekretariat.',
    });
    expect(await kadis.getByTestId('run-disposition').textContent()).toContain('Segera susun LKjIP 2026');
    expect(await kadis.locator('[data-testid="run-step"][data-step="1"]').getAttribute('data-state')).toBe(
      'done',
    );
    await expectNoSeriousAxe(kadis);

    // 2. The planning head: inbox at desktop and phone width, then the collection format.
    const kasubbag = await journey.office.as('desdm.kasubbag_program');
    await navigate(kasubbag, 'Kotak masuk');
    await ready(kasubbag);
    const card = kasubbag.locator('[data-testid="inbox-task"][data-step="2"]');
    expect(await card.textContent()).toContain('Format Penyusunan SAKIP');
    expect(await card.getByTestId('task-due').textContent()).toMatch(
      /^Batas waktu \d{1,2} \w+ \d{4} \d{2}\.\d{2} WITA$/,
    );
    await expectNoSeriousAxe(kasubbag);
    await shot(kasubbag, 'sop004-inbox-kasubbag-desktop');
    await kasubbag.setViewportSize(PHONE);
    await shot(kasubbag, 'sop004-inbox-kasubbag-phone');
    await kasubbag.setViewportSize({ width: 1280, height: 800 });
    await completeStep(kasubbag, PURPOSE, 2);

    // 3. One task per division and the secretariat: each hands in its TW IV realisation from the
    // realisation grid, which completes its task; a unit with nothing to hand in returns its data file.
    const units: Array<[string, string]> = [
      ['desdm.kabid_gatrik', 'Data kinerja Bidang Ketenagalistrikan 2026.xlsx'],
      ['desdm.kabid_ebtke', 'Data kinerja Bidang EBTKE 2026.xlsx'],
      ['desdm.kabid_minerba', 'Data kinerja Bidang Minerba 2026.xlsx'],
      ['desdm.kabid_gat', 'Data kinerja Bidang Geologi dan Air Tanah 2026.xlsx'],
      ['desdm.sekretaris', 'Data kinerja Sekretariat 2026.xlsx'],
    ];
    for (const [username, file] of units) {
      const page = await journey.office.as(username, username === 'desdm.sekretaris' ? PHONE : undefined);
      await submitRealisation(page, 'TW IV');
      await navigate(page, 'Kotak masuk');
      await ready(page);
      const open = page.locator('[data-testid="inbox-task"][data-step="3"]').filter({ hasText: PURPOSE });
      if ((await open.count()) > 0) await completeWithDocument(page, PURPOSE, 3, file);
    }
    // The planning unit verifies what the divisions sent: the final LKjIP is made of verified data.
    await verifyAllSubmitted(await journey.office.as('desdm.kasubbag_program'), 'TW IV');
    const gatrik = await journey.office.as('desdm.kabid_gatrik');
    await gatrik.goto(`/runs/${runId}`);
    await ready(gatrik);
    expect(
      await gatrik.locator('[data-testid="run-step"][data-step="3"] [data-testid="run-task"]').count(),
    ).toBe(5);

    // 4–6. Staff compile; the planning head analyses and writes the document.
    const staf = await journey.office.as('desdm.staf_program');
    await completeWithDocument(staf, PURPOSE, 4, 'Himpunan data kinerja 2026.xlsx');
    await completeWithDocument(kasubbag, PURPOSE, 5, 'Draft SAKIP 2026.docx');
    // 6. The LKjIP is generated from the agency's data (version 1).
    await generateAndComplete(kasubbag, PURPOSE, 6, 'lkjip');

    // 7. The secretary (on a phone) returns it once with a note ...
    const sekretaris = await journey.office.as('desdm.sekretaris');
    const panel = await openTaskFromInbox(sekretaris, PURPOSE, 7);
    await expectNoSeriousAxe(sekretaris);
    await shot(sekretaris, 'sop004-run-sekretaris-step7-phone');
    expect(await panel.textContent()).toContain('Setujui');
    await returnWithReason(sekretaris, PURPOSE, 7, RETURN_NOTE);

    // ... the planning head revises (a second round of step 6) and the secretary approves.
    const revise = await openTaskFromInbox(kasubbag, PURPOSE, 6);
    expect(await kasubbag.locator('[data-testid="run-step"][data-step="7"]').textContent()).toContain(
      RETURN_NOTE,
    );
    expect(await revise.isVisible()).toBe(true);
    await generateAndComplete(kasubbag, PURPOSE, 6, 'lkjip');
    await approve(sekretaris, PURPOSE, 7);
    await forwardReport(sekretaris, PURPOSE, 8);

    // 9. The head signs with the certificate (PAdES); 10. the planning head makes the cover letter and
    // numbers it; 11. staff send the signed LKjIP by e-mail and archive it.
    await signReport(kadis, PURPOSE, 9, DEMO_PASSPHRASE);
    await generateAndComplete(kasubbag, PURPOSE, 10, 'surat_pengantar', { number: true });
    await sendArchiveAndComplete(staf, PURPOSE, 11, {
      recipient: {
        name: 'Biro Organisasi Setda Provinsi Kaltim',
        email: 'biro.organisasi@kaltimprov.example',
      },
      classificationCode: '000.5.2',
    });

    // The signed LKjIP validates with poppler's pdfsig; the cover letter carries its number.
    const documents = (await (await kadis.request.get(`/api/runs/${runId}/documents`)).json()) as Array<{
      id: string;
      kind: string;
      latestVersionId: string;
      letterNumber: string | null;
      status: string;
    }>;
    const lkjip = documents.find((d) => d.kind === 'lkjip')!;
    const letter = documents.find((d) => d.kind === 'surat_pengantar')!;
    expect(letter.letterNumber).toMatch(/^K\. 075 \/ \d+ \/ DESDM\/2026$/);
    const pdf = await kadis.request.get(`/api/documents/${lkjip.id}/versions/${lkjip.latestVersionId}/pdf`);
    const file = path.join(journey.server.dataDir, 'lkjip-2026-signed.pdf');
    writeFileSync(file, await pdf.body());
    const pdfsig = spawnSync('pdfsig', [file], { encoding: 'utf8' });
    expect(pdfsig.stdout).toContain('Signature Validation: Signature is Valid.');

    // The run page says it all: completed, every step done with its time against the standard.
    const done = await expectCompletedRun(kadis, runId, 11);
    expect(
      await done
        .locator('[data-testid="run-step"][data-step="7"] [data-testid="task-return-reason"]')
        .textContent(),
    ).toContain(RETURN_NOTE);
    const events = await done
      .getByTestId('history-event')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-type')));
    expect(events.filter((type) => type === 'decide')).toHaveLength(2);
    expect(events).toContain('sign');
    expect(events[0]).toBe('start');
    await expectNoSeriousAxe(done);
    await shot(done, 'sop004-run-completed-kadis-desktop');
    await done.setViewportSize(PHONE);
    await shot(done, 'sop004-run-completed-kadis-phone');

    // The runs list and the compliance page show the run and its steps.
    await done.setViewportSize({ width: 1280, height: 800 });
    await navigate(done, 'Proses SOP');
    await ready(done);
    await done.getByRole('link', { name: PURPOSE }).waitFor();
    await expectNoSeriousAxe(done);
    await navigate(done, 'Kepatuhan SOP');
    await ready(done);
    await done.getByText('Mengoreksi Dokumen SAKIP').first().waitFor();
    await expectNoSeriousAxe(done);
    await shot(done, 'sop004-compliance-desktop');

    // Every history chain recomputes (the tamper-evident record is intact).
    const verify = execFileSync(
      process.execPath,
      [path.resolve(import.meta.dirname, '../bin/alur.js'), 'history', 'verify'],
      {
        env: { ...process.env, DATABASE_URL: `sqlite:${path.join(journey.server.dataDir, 'alur.db')}` },
        encoding: 'utf8',
      },
    );
    expect(verify).toMatch(/; 0 broken/);
  }, 480_000);
});
