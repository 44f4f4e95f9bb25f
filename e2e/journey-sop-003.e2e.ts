import { describe, expect, it } from 'vitest';
import {
  approve,
  completeWithDocument,
  coverLetterSendArchive,
  DEMO_PASSPHRASE,
  expectCompletedRun,
  expectNoSeriousAxe,
  generateAndComplete,
  journeySetup,
  navigate,
  openTaskFromInbox,
  ready,
  returnWithReason,
  shot,
  signoff,
  signReport,
  startRun,
  submitRealisation,
  verifyAllSubmitted,
} from './run-journey-steps';
import { PHONE } from './support/browser';

const journey = journeySetup();

const PURPOSE = 'LKjIP 2026';
const SOP_TITLE = 'Penyusunan Laporan Kinerja Instansi Pemerintah ( LkjIP )';
const LETTER = 'Surat Bupati Tanjung Jabung Barat 700-045-Inspektorat perihal Penyusunan LKjIP 2026.pdf';
const REVISION =
  'Bab III belum membandingkan realisasi IKU-06 kepatuhan LKPM (86%) dengan tahun lalu; lengkapi.';

describe('journey 2: SOP 003 Penyusunan LKjIP, DPMPTSP Tanjung Jabung Barat', () => {
  it('runs from the incoming letter through the revision loop, two paraf and the signature to the archive', async () => {
    // 1. The head starts the run with a disposition written on the incoming letter (uploaded with it):
    //    that is step 1 ("Memberi arahan/disposisi"), done as the run starts.
    const kadis = await journey.office.as('dpmptsp.kadis', PHONE);
    const runId = await startRun(kadis, SOP_TITLE, {
      purpose: PURPOSE,
      year: 2026,
      quarter: null,
      disposition:
        'Sekretaris: koordinasikan penyusunan LKjIP 2026 sesuai surat Bupati, paling lambat Februari.',
      letter: LETTER,
    });
    expect(await kadis.locator('[data-testid="run-step"][data-step="1"]').getAttribute('data-state')).toBe(
      'done',
    );
    await kadis.getByText(`(surat masuk: ${LETTER})`).first().waitFor();
    await shot(kadis, 'sop003-run-kadis-step1-phone');

    // 2. The secretary orders the planning unit to prepare.
    const sekretaris = await journey.office.as('dpmptsp.sekretaris');
    await completeWithDocument(sekretaris, PURPOSE, 2, 'Persiapan draft LKjIP 2026.docx');

    // 3. Each division hands its material to PPMEP (one task per Bidang, in parallel): its TW IV
    //    realisation from the grid, and the narrative material as a file where a task is still open.
    for (const [username, file] of [
      ['dpmptsp.kabid_ppm', 'Bahan LKjIP Bidang Perencanaan dan Promosi PM.docx'],
      ['dpmptsp.kabid_yan', 'Bahan LKjIP Bidang Pelayanan Perizinan.docx'],
      ['dpmptsp.kabid_dal', 'Bahan LKjIP Bidang Pengendalian PM.docx'],
      ['dpmptsp.kabid_data', 'Bahan LKjIP Bidang Pengolahan Data dan Pengaduan.docx'],
    ] as const) {
      const page = await journey.office.as(username);
      await submitRealisation(page, 'TW IV');
      await navigate(page, 'Kotak masuk');
      await ready(page);
      const open = page.locator('[data-testid="inbox-task"][data-step="3"]').filter({ hasText: PURPOSE });
      if ((await open.count()) > 0) await completeWithDocument(page, PURPOSE, 3, file);
    }

    // 4–6. PPMEP verifies the data and generates the draft; the review returns it once, staff
    //      regenerate it, the review approves.
    // The secretariat's own indicator (the SAKIP evaluation score) is handed in by the secretary.
    await submitRealisation(sekretaris, 'TW IV');
    const kasubbag = await journey.office.as('dpmptsp.kasubbag_ppmep');
    await verifyAllSubmitted(kasubbag, 'TW IV');
    await generateAndComplete(kasubbag, PURPOSE, 4, 'lkjip');
    await openTaskFromInbox(kasubbag, PURPOSE, 5);
    await expectNoSeriousAxe(kasubbag);
    await shot(kasubbag, 'sop003-run-kasubbag-step5-desktop');
    await returnWithReason(kasubbag, PURPOSE, 5, REVISION);
    const staf = await journey.office.as('dpmptsp.staf_ppmep');
    await generateAndComplete(staf, PURPOSE, 6, 'lkjip');
    await approve(kasubbag, PURPOSE, 5);

    // 7–9. Paraf by the planning head, then the secretary; the head signs.
    await signoff(kasubbag, PURPOSE, 7, 'Paraf');
    await signoff(sekretaris, PURPOSE, 8, 'Paraf');
    await signReport(kadis, PURPOSE, 9, DEMO_PASSPHRASE);

    // 10. Staff make and number the cover letter, send the signed LKjIP and archive it.
    await coverLetterSendArchive(staf, PURPOSE, 10, {
      recipient: {
        name: 'Inspektorat Kabupaten Tanjung Jabung Barat',
        email: 'inspektorat@tanjabbarkab.example',
      },
      classificationCode: '000.5.2',
    });

    const done = await expectCompletedRun(sekretaris, runId, 10);
    expect(await done.locator('[data-testid="run-step"][data-step="1"]').textContent()).toContain(LETTER);
    expect(
      await done
        .locator('[data-testid="run-step"][data-step="5"] [data-testid="task-return-reason"]')
        .textContent(),
    ).toContain(REVISION);
    expect(await done.locator('[data-testid="run-step"][data-step="7"]').textContent()).toMatch(/Diparaf /);
    expect(await done.locator('[data-testid="run-step"][data-step="8"]').textContent()).toMatch(/Diparaf /);
    expect(await done.locator('[data-testid="run-step"][data-step="9"]').textContent()).toMatch(
      /Ditandatangani /,
    );
    const events = await done
      .getByTestId('history-event')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-type')));
    expect(events.filter((type) => type === 'paraf')).toHaveLength(2);
    await expectNoSeriousAxe(done);
    await shot(done, 'sop003-run-completed-sekretaris-desktop');
  }, 480_000);
});
