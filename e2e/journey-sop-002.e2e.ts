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
  recordMeeting,
  returnWithReason,
  sendArchiveAndComplete,
  shot,
  signReport,
  startRun,
} from './run-journey-steps';
import { PHONE } from './support/browser';

const journey = journeySetup();

const PURPOSE = 'Pemantauan Kinerja TW III 2026';
const SOP_TITLE = 'Penyusunan LKJ';
const KABID = [
  'bpkpd.kabid_ang',
  'bpkpd.kabid_pbn',
  'bpkpd.kabid_akt',
  'bpkpd.kabid_bmd',
  'bpkpd.kabid_pjk',
  'bpkpd.kabid_pll',
];
const NOTE = 'Capaian IK-03 pajak alat berat (58%) perlu uraian kendala dan rencana tindak TW IV.';

describe('journey 3: SOP 002 Penyusunan LKJ (pemantauan triwulan), BPKPD Jambi', () => {
  it('orders TW III monitoring, collects from every division in parallel, meets, drafts, returns once, signs and archives', async () => {
    // 1. The secretary orders monitoring for the quarter (the disposition completes step 1).
    const sekretaris = await journey.office.as('bpkpd.sekretaris');
    const runId = await startRun(sekretaris, SOP_TITLE, {
      purpose: PURPOSE,
      year: 2026,
      quarter: 3,
      disposition: 'Seluruh Kabid agar menyampaikan data capaian kinerja TW III 2026 kepada Tim LKJ.',
    });
    await sekretaris.getByText('Periode:').waitFor();
    expect(await sekretaris.getByText('Periode:').locator('..').textContent()).toBe('Periode: TW 3 2026');

    // 2–3. Every division head collects and hands in, each its own task, in parallel.
    const first = await journey.office.as(KABID[0] ?? '', PHONE);
    await navigate(first, 'Kotak masuk');
    await ready(first);
    await expectNoSeriousAxe(first);
    await shot(first, 'sop002-inbox-kabid-phone');
    for (const username of KABID) {
      const page = await journey.office.as(username);
      await completeStep(page, PURPOSE, 2);
    }
    for (const username of KABID) {
      const page = await journey.office.as(username);
      await completeWithDocument(
        page,
        PURPOSE,
        3,
        `Format pemantauan TW III terisi ${username.split('.')[1]}.xlsx`,
      );
    }

    // 4. The LKJ team holds the coordination meeting and records it.
    const tim = await journey.office.as('bpkpd.kasubbag_pep');
    await recordMeeting(tim, PURPOSE, 4, {
      agenda: 'Pembahasan capaian kinerja TW III 2026 seluruh bidang',
      heldAt: '2026-10-08T09:00',
      place: 'Ruang Rapat Sekretariat BPKPD',
      attendees: [
        'Sekretaris Badan',
        'Kepala Subbagian PEP',
        'Kepala Bidang Anggaran',
        'Kepala Bidang Pajak Daerah',
      ],
      minutes:
        'Data enam bidang lengkap; capaian IK-03 di bawah target, diminta penjelasan Bidang Pajak Daerah.',
    });

    // 5–7. Draft, hand over; the secretary returns once, the team corrects, the secretary approves.
    // The monitoring report is generated from the quarter's data.
    await generateAndComplete(tim, PURPOSE, 5, 'pemantauan');
    await forwardReport(tim, PURPOSE, 6);
    await returnWithReason(sekretaris, PURPOSE, 7, NOTE);
    await generateAndComplete(tim, PURPOSE, 5, 'pemantauan');
    await forwardReport(tim, PURPOSE, 6);
    await openTaskFromInbox(sekretaris, PURPOSE, 7);
    await shot(sekretaris, 'sop002-run-sekretaris-step7-desktop');
    await approve(sekretaris, PURPOSE, 7);

    // 8–10. The secretary signs and receives; staff deliver, copy and archive.
    await signReport(sekretaris, PURPOSE, 8, DEMO_PASSPHRASE);
    await forwardReport(sekretaris, PURPOSE, 9);
    // 10. Staff number the outgoing report, deliver it and archive it.
    const pelaksana = await journey.office.as('bpkpd.pelaksana', PHONE);
    await sendArchiveAndComplete(pelaksana, PURPOSE, 10, {
      number: true,
      recipient: { name: 'Inspektorat Provinsi Jambi', email: 'inspektorat@jambiprov.example' },
      classificationCode: '000.5.2',
    });

    const done = await expectCompletedRun(sekretaris, runId, 10);
    expect(
      await done.locator('[data-testid="run-step"][data-step="2"] [data-testid="run-task"]').count(),
    ).toBe(6);
    const meeting = await done.locator('[data-testid="run-step"][data-step="4"]').textContent();
    expect(meeting).toContain('Ruang Rapat Sekretariat BPKPD');
    expect(meeting).toContain('8 Oktober 2026 09.00 WIB');
    expect(meeting).toContain('Kepala Bidang Pajak Daerah');
    expect(
      await done
        .locator('[data-testid="run-step"][data-step="7"] [data-testid="task-return-reason"]')
        .textContent(),
    ).toContain(NOTE);
    await expectNoSeriousAxe(done);
    await shot(done, 'sop002-run-completed-sekretaris-desktop');
    await pelaksana.goto(`/runs/${runId}`);
    await ready(pelaksana);
    await shot(pelaksana, 'sop002-run-completed-pelaksana-phone');
  }, 480_000);
});
