import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../src/core/errors';
import type { Me } from '../../src/services/auth/load-me';
import { cancelLetterNumber } from '../../src/services/letters/cancel-letter-number';
import { issueLetterNumber, reserveLetterNumber } from '../../src/services/letters/issue-letter-number';
import {
  createLetterPattern,
  listLetterPatterns,
  updateLetterPattern,
} from '../../src/services/letters/letter-patterns';
import { listLetterNumbers } from '../../src/services/letters/list-letter-numbers';
import { useReservedNumber } from '../../src/services/letters/use-reserved-number';
import { startRun } from '../../src/services/runs/start-run';
import { createTestApp, type TestApp } from '../app-context';
import { engines } from '../database-context';
import { insertTestDocument } from '../documents/letters-builders';
import { meOf, sopIdOf } from '../runs/run-context';

/** The code and field names of a refused call. */
async function refusal(
  promise: Promise<unknown>,
): Promise<{ code: string; fields: string[]; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { code: error.code, fields: error.fields.map((f) => f.field), message: error.userMessage.id };
  }
  throw new Error('the call was accepted');
}

describe.each(engines())('letter numbers (%s)', (engine) => {
  // Monday 23 November 2026, 10:00 WITA.
  let now = new Date('2026-11-23T02:00:00Z');
  let t: TestApp;
  const me: Record<string, Me> = {};
  let desdm: string;
  let bpkpd: string;
  beforeAll(async () => {
    t = await createTestApp(engine, { now: () => now });
    for (const u of [
      'desdm.kadis',
      'desdm.admin',
      'desdm.sekretaris',
      'desdm.kasubbag_umpeg',
      'desdm.kasubbag_program',
      'desdm.kabid_gatrik',
      'bpkpd.sekretaris',
    ])
      me[u] = await meOf(t.ctx, u);
    desdm = me['desdm.admin']!.agencyId;
    bpkpd = me['bpkpd.sekretaris']!.agencyId;
  });
  afterAll(async () => t.close());

  const register = async (agencyId = desdm, year?: number) =>
    (await listLetterNumbers(t.ctx, me['desdm.kabid_gatrik']!, agencyId, year ? { year } : {})).numbers;
  const counts = async () => ({
    numbers: (await t.ctx.db.selectFrom('letter_number').select('id').execute()).length,
    sequences: await t.ctx.db.selectFrom('letter_sequence').selectAll().orderBy('scope').execute(),
  });

  it('gives each demo agency a default pattern and issues DESDM numbers from it', async () => {
    const patterns = await listLetterPatterns(t.ctx, me['desdm.kabid_gatrik']!, desdm);
    expect(patterns).toHaveLength(1);
    expect(patterns[0]).toMatchObject({
      pattern: 'K. 075 / {urut} / DESDM/{tahun}',
      isDefault: true,
      nextNumber: 'K. 075 / 1 / DESDM/2026',
    });
    const first = await issueLetterNumber(t.ctx, me['desdm.sekretaris']!, {
      agencyId: desdm,
      subject: 'Penyampaian LKjIP 2026',
    });
    expect(first).toMatchObject({
      number: 'K. 075 / 1 / DESDM/2026',
      sequence: 1,
      year: 2026,
      scope: '*',
      status: 'issued',
      subject: 'Penyampaian LKjIP 2026',
      issuedBy: me['desdm.sekretaris']!.personId,
      issuedByName: me['desdm.sekretaris']!.fullName,
    });
    const second = await issueLetterNumber(t.ctx, me['desdm.kasubbag_umpeg']!, {
      agencyId: desdm,
      subject: 'Undangan rapat evaluasi',
    });
    expect(second.number).toBe('K. 075 / 2 / DESDM/2026');
    expect((await listLetterPatterns(t.ctx, me['desdm.admin']!, desdm))[0]!.nextNumber).toBe(
      'K. 075 / 3 / DESDM/2026',
    );
    const bpkpdPatterns = await listLetterPatterns(t.ctx, me['bpkpd.sekretaris']!, bpkpd);
    expect(bpkpdPatterns[0]).toMatchObject({ nextNumber: '000.8.3.3/1/BPKPD', isDefault: true });
  });

  it('cancels with a reason: the number stays in the register and is never given again', async () => {
    const a = await issueLetterNumber(t.ctx, me['desdm.sekretaris']!, {
      agencyId: desdm,
      subject: 'Surat A',
    });
    const before = await counts();
    const noReason = await refusal(
      cancelLetterNumber(t.ctx, me['desdm.sekretaris']!, {
        agencyId: desdm,
        letterNumberId: a.id,
        reason: '  ',
      }),
    );
    expect(noReason).toMatchObject({ code: 'VALIDATION_FAILED', fields: ['reason'] });
    expect(await counts()).toEqual(before);
    expect((await register()).find((n) => n.id === a.id)!.status).toBe('issued');

    const cancelled = await cancelLetterNumber(t.ctx, me['desdm.sekretaris']!, {
      agencyId: desdm,
      letterNumberId: a.id,
      reason: 'Surat batal dikirim',
    });
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      number: a.number,
      cancelReason: 'Surat batal dikirim',
      cancelledByName: me['desdm.sekretaris']!.fullName,
    });
    const next = await issueLetterNumber(t.ctx, me['desdm.sekretaris']!, {
      agencyId: desdm,
      subject: 'Surat B',
    });
    expect(next.sequence).toBe(a.sequence + 1);
    expect(next.number).not.toBe(a.number);
    const again = await refusal(
      cancelLetterNumber(t.ctx, me['desdm.sekretaris']!, {
        agencyId: desdm,
        letterNumberId: a.id,
        reason: 'lagi',
      }),
    );
    expect(again.code).toBe('LETTER_NUMBER_CANCELLED');
    const rows = await register();
    expect(rows.filter((n) => n.number === a.number)).toHaveLength(1);
    expect(rows.find((n) => n.number === a.number)!.status).toBe('cancelled');
  });

  it('numbers each classification on its own when the pattern says so', async () => {
    const pattern = await createLetterPattern(t.ctx, me['desdm.admin']!, desdm, {
      name: 'Permendagri 83/2022 per klasifikasi',
      pattern: '{klasifikasi}/{urut}/{unit}',
      unitCode: 'OR',
      sequencePerClassification: true,
    });
    expect(pattern).toMatchObject({ isDefault: false, nextNumber: null });
    const issue = (classificationCode: string) =>
      issueLetterNumber(t.ctx, me['desdm.sekretaris']!, {
        agencyId: desdm,
        patternId: pattern.id,
        classificationCode,
        subject: `Surat ${classificationCode}`,
      });
    const starBefore = (await counts()).sequences.find((s) => s.scope === '*' && s.agency_id === desdm)!;
    expect((await issue('000.8.3.3')).number).toBe('000.8.3.3/1/OR');
    expect((await issue('000.8.3.3')).number).toBe('000.8.3.3/2/OR');
    expect((await issue('800')).number).toBe('800/1/OR');
    expect((await issue('000.8.3.3')).number).toBe('000.8.3.3/3/OR');
    const after = (await counts()).sequences.filter((s) => s.agency_id === desdm);
    expect(after.find((s) => s.scope === '*')!.last_value).toBe(starBefore.last_value);
    expect(after.find((s) => s.scope === '000.8.3.3')!.last_value).toBe(3);
    expect(after.find((s) => s.scope === '800')!.last_value).toBe(1);
    const missing = await refusal(
      issueLetterNumber(t.ctx, me['desdm.sekretaris']!, {
        agencyId: desdm,
        patternId: pattern.id,
        subject: 'x',
      }),
    );
    expect(missing).toMatchObject({ code: 'VALIDATION_FAILED', fields: ['classificationCode'] });
    const change = await refusal(
      updateLetterPattern(t.ctx, me['desdm.admin']!, desdm, pattern.id, { sequencePerClassification: false }),
    );
    expect(change).toMatchObject({ code: 'LETTER_PATTERN_IN_USE', fields: ['sequencePerClassification'] });
  });

  it('restarts at 1 when the year turns in the agency’s time zone, not in UTC', async () => {
    // 31 December 2026 23:30 WITA = 15:30 UTC: still 2026.
    now = new Date('2026-12-31T15:30:00Z');
    const last2026 = await issueLetterNumber(t.ctx, me['desdm.sekretaris']!, {
      agencyId: desdm,
      subject: 'Akhir tahun',
    });
    expect(last2026.year).toBe(2026);
    expect(last2026.sequence).toBeGreaterThan(1);
    // 1 January 2027 00:30 WITA = 31 December 2026 16:30 UTC: the new year already.
    now = new Date('2026-12-31T16:30:00Z');
    const first2027 = await issueLetterNumber(t.ctx, me['desdm.sekretaris']!, {
      agencyId: desdm,
      subject: 'Awal tahun',
    });
    expect(first2027).toMatchObject({ year: 2027, sequence: 1, number: 'K. 075 / 1 / DESDM/2027' });
    // A letter dated 31 December 23:30 WITA numbered on 2 January continues 2026's sequence.
    now = new Date('2027-01-02T01:00:00Z');
    const backdated = await issueLetterNumber(t.ctx, me['desdm.sekretaris']!, {
      agencyId: desdm,
      subject: 'Surat bertanggal akhir tahun',
      date: new Date('2026-12-31T15:30:00Z'),
    });
    expect(backdated).toMatchObject({ year: 2026, sequence: last2026.sequence + 1 });
    expect((await register(desdm, 2027)).map((n) => n.number)).toEqual(['K. 075 / 1 / DESDM/2027']);
    // The same UTC instant in Jakarta (WIB, UTC+7) is still 31 December: BPKPD numbers in 2026.
    now = new Date('2026-12-31T16:30:00Z');
    const wib = await issueLetterNumber(t.ctx, me['bpkpd.sekretaris']!, { agencyId: bpkpd, subject: 'WIB' });
    expect(wib.year).toBe(2026);
    now = new Date('2026-11-23T02:00:00Z');
  });

  it('reserves a number and gives it to a document later, once', async () => {
    const reserved = await reserveLetterNumber(t.ctx, me['desdm.sekretaris']!, { agencyId: desdm });
    expect(reserved).toMatchObject({ status: 'reserved', subject: null, documentId: null });
    const doc = await insertTestDocument(t.ctx.db, { agencyId: desdm });
    const used = await useReservedNumber(t.ctx, me['desdm.sekretaris']!, {
      agencyId: desdm,
      letterNumberId: reserved.id,
      documentId: doc.documentId,
      subject: 'Penyampaian LKjIP',
    });
    expect(used).toMatchObject({ status: 'issued', documentId: doc.documentId, number: reserved.number });
    const row = await t.ctx.db
      .selectFrom('document')
      .select(['letter_number_id', 'version'])
      .where('id', '=', doc.documentId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ letter_number_id: reserved.id, version: 2 });
    const twice = await refusal(
      useReservedNumber(t.ctx, me['desdm.sekretaris']!, {
        agencyId: desdm,
        letterNumberId: reserved.id,
        documentId: doc.documentId,
      }),
    );
    expect(twice.code).toBe('LETTER_NUMBER_NOT_RESERVED');
    // The document has a number: issuing another to it is refused until that one is cancelled.
    const numbered = await refusal(
      issueLetterNumber(t.ctx, me['desdm.sekretaris']!, {
        agencyId: desdm,
        subject: 'x',
        documentId: doc.documentId,
      }),
    );
    expect(numbered).toMatchObject({ code: 'DOCUMENT_ALREADY_NUMBERED', fields: ['documentId'] });
    await cancelLetterNumber(t.ctx, me['desdm.sekretaris']!, {
      agencyId: desdm,
      letterNumberId: reserved.id,
      reason: 'Salah perihal',
    });
    const renumbered = await issueLetterNumber(t.ctx, me['desdm.sekretaris']!, {
      agencyId: desdm,
      subject: 'Penyampaian LKjIP (perbaikan)',
      documentId: doc.documentId,
    });
    expect(renumbered.sequence).toBeGreaterThan(reserved.sequence);
  });

  it('refuses bad input naming the field, and takes no number', async () => {
    const other = (await listLetterPatterns(t.ctx, me['bpkpd.sekretaris']!, bpkpd))[0]!;
    const before = await counts();
    const cases: Array<[() => Promise<unknown>, string[]]> = [
      [
        () => issueLetterNumber(t.ctx, me['desdm.sekretaris']!, { agencyId: desdm, subject: ' ' }),
        ['subject'],
      ],
      [
        () =>
          issueLetterNumber(t.ctx, me['desdm.sekretaris']!, {
            agencyId: desdm,
            subject: 'x',
            patternId: other.id,
          }),
        ['patternId'],
      ],
      [
        () =>
          issueLetterNumber(t.ctx, me['desdm.sekretaris']!, {
            agencyId: desdm,
            subject: 'x',
            date: new Date('2026-11-24T02:00:00Z'),
          }),
        ['date'],
      ],
      [
        () =>
          issueLetterNumber(t.ctx, me['desdm.sekretaris']!, {
            agencyId: desdm,
            subject: 'x',
            classificationCode: '000/8',
          }),
        ['classificationCode'],
      ],
      [
        () =>
          issueLetterNumber(t.ctx, me['desdm.sekretaris']!, {
            agencyId: desdm,
            subject: 'x',
            documentId: '00000000-0000-4000-8000-000000000000',
          }),
        ['documentId'],
      ],
      [
        () =>
          createLetterPattern(t.ctx, me['desdm.admin']!, desdm, {
            name: 'Tanpa urut',
            pattern: 'K. 075/{tahun}',
          }),
        ['pattern'],
      ],
      [
        () =>
          createLetterPattern(t.ctx, me['desdm.admin']!, desdm, { name: 'Kurung', pattern: '{urut/{tahun}' }),
        ['pattern'],
      ],
      [
        () =>
          createLetterPattern(t.ctx, me['desdm.admin']!, desdm, { name: 'Token', pattern: '{urut}/{nomor}' }),
        ['pattern'],
      ],
      [
        () => createLetterPattern(t.ctx, me['desdm.admin']!, desdm, { name: '', pattern: '{urut}/{unit}' }),
        ['name', 'unitCode'],
      ],
      [
        () =>
          createLetterPattern(t.ctx, me['desdm.admin']!, desdm, {
            name: 'Per klasifikasi',
            pattern: '{urut}/DESDM',
            sequencePerClassification: true,
          }),
        ['sequencePerClassification'],
      ],
    ];
    for (const [call, fields] of cases)
      expect(await refusal(call())).toMatchObject({ code: 'VALIDATION_FAILED', fields });
    const taken = await refusal(
      createLetterPattern(t.ctx, me['desdm.admin']!, desdm, {
        name: 'Naskah dinas DESDM',
        pattern: '{urut}/DESDM',
      }),
    );
    expect(taken).toMatchObject({ code: 'LETTER_PATTERN_NAME_TAKEN', fields: ['name'] });
    expect(await counts()).toEqual(before);
    expect(await listLetterPatterns(t.ctx, me['desdm.admin']!, desdm)).toHaveLength(2);
  });

  it('lets the secretariat and planning unit issue, the others read; another agency sees nothing', async () => {
    const forbidden = await refusal(
      issueLetterNumber(t.ctx, me['desdm.kabid_gatrik']!, { agencyId: desdm, subject: 'Surat bidang' }),
    );
    expect(forbidden.code).toBe('FORBIDDEN');
    const planning = await issueLetterNumber(t.ctx, me['desdm.kasubbag_program']!, {
      agencyId: desdm,
      subject: 'Surat program',
    });
    expect(planning.status).toBe('issued');
    expect((await register()).some((n) => n.id === planning.id)).toBe(true);
    expect((await refusal(listLetterNumbers(t.ctx, me['bpkpd.sekretaris']!, desdm))).code).toBe('NOT_FOUND');
    expect(
      (await refusal(issueLetterNumber(t.ctx, me['bpkpd.sekretaris']!, { agencyId: desdm, subject: 'x' })))
        .code,
    ).toBe('NOT_FOUND');
    expect(
      (
        await refusal(
          cancelLetterNumber(t.ctx, me['bpkpd.sekretaris']!, {
            agencyId: bpkpd,
            letterNumberId: planning.id,
            reason: 'x',
          }),
        )
      ).code,
    ).toBe('NOT_FOUND');
    expect(
      (
        await refusal(
          createLetterPattern(t.ctx, me['desdm.sekretaris']!, desdm, { name: 'x', pattern: '{urut}' }),
        )
      ).code,
    ).toBe('FORBIDDEN');
  });

  it('lets the holder of an open task of a run number that run’s document, and only that', async () => {
    const run = await startRun(t.ctx, me['desdm.kadis']!, {
      sopId: await sopIdOf(t.ctx, 'desdm-kaltim-sakip'),
      purpose: 'LKjIP 2026',
      period: { year: 2026, quarter: null },
      disposition: { text: 'Susun LKjIP 2026.', addresseePositionIds: [] },
    });
    const open = run.tasks.find((task) => task.status === 'open')!;
    // The task is delegated to the head of a division, who otherwise may not issue numbers.
    await t.ctx.db
      .updateTable('run_task')
      .set({ delegated_to: me['desdm.kabid_gatrik']!.personId })
      .where('id', '=', open.id)
      .execute();
    const runDoc = await insertTestDocument(t.ctx.db, { agencyId: desdm, runId: run.id });
    const otherDoc = await insertTestDocument(t.ctx.db, { agencyId: desdm });
    const numbered = await issueLetterNumber(t.ctx, me['desdm.kabid_gatrik']!, {
      agencyId: desdm,
      subject: 'Surat pengantar LKjIP',
      documentId: runDoc.documentId,
    });
    expect(numbered.documentId).toBe(runDoc.documentId);
    const elsewhere = await refusal(
      issueLetterNumber(t.ctx, me['desdm.kabid_gatrik']!, {
        agencyId: desdm,
        subject: 'Surat lain',
        documentId: otherDoc.documentId,
      }),
    );
    expect(elsewhere.code).toBe('FORBIDDEN');
  });

  it('keeps one default pattern', async () => {
    const created = await createLetterPattern(t.ctx, me['desdm.admin']!, desdm, {
      name: 'Nota dinas',
      pattern: 'ND/{urut:3}/{bulan_romawi}/{tahun}',
      isDefault: true,
    });
    expect(created.isDefault).toBe(true);
    expect(created.nextNumber).toMatch(/^ND\/\d{3}\/XI\/2026$/);
    const patterns = await listLetterPatterns(t.ctx, me['desdm.admin']!, desdm);
    expect(patterns.filter((p) => p.isDefault).map((p) => p.id)).toEqual([created.id]);
    expect(
      await refusal(updateLetterPattern(t.ctx, me['desdm.admin']!, desdm, created.id, { isDefault: false })),
    ).toMatchObject({ fields: ['isDefault'] });
    const old = patterns.find((p) => p.name === 'Naskah dinas DESDM')!;
    await updateLetterPattern(t.ctx, me['desdm.admin']!, desdm, old.id, { isDefault: true });
    expect(
      (await listLetterPatterns(t.ctx, me['desdm.admin']!, desdm))
        .filter((p) => p.isDefault)
        .map((p) => p.id),
    ).toEqual([old.id]);
  });
});
