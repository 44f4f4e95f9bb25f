import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../app-context';
import { engines } from '../database-context';
import { insertTestDocument } from '../documents/letters-builders';
import { TestClient } from '../http-client';

const fieldsOf = (res: { json(): unknown }) =>
  ((res.json() as { error: { fields?: Array<{ field: string }> } }).error.fields ?? []).map((f) => f.field);

describe.each(engines())('letter numbers over HTTP (%s)', (engine) => {
  let t: TestApp;
  const c: Record<string, TestClient> = {};
  let desdm: string;
  let base: string;
  beforeAll(async () => {
    t = await createTestApp(engine, { now: () => new Date('2026-11-23T02:00:00Z') });
    for (const u of ['desdm.admin', 'desdm.sekretaris', 'desdm.kabid_gatrik', 'bpkpd.sekretaris']) {
      c[u] = new TestClient(t.app, u === 'desdm.admin' ? 'en' : 'id');
      await c[u].signIn(u);
    }
    desdm = (
      await t.ctx.db
        .selectFrom('agency')
        .select('id')
        .where('code', '=', 'desdm-kaltim')
        .executeTakeFirstOrThrow()
    ).id;
    base = `/api/agencies/${desdm}`;
  });
  afterAll(async () => t.close());

  it('issues, reserves, uses and cancels numbers; the register shows them to anyone of the agency', async () => {
    const issued = await c['desdm.sekretaris']!.post(`${base}/letter-numbers`, {
      subject: 'Penyampaian LKjIP 2026',
    });
    expect(issued.statusCode).toBe(201);
    expect(issued.json()).toMatchObject({ number: 'K. 075 / 1 / DESDM/2026', status: 'issued' });
    const reserved = await c['desdm.sekretaris']!.post(`${base}/letter-numbers/reservations`, {});
    expect(reserved.statusCode).toBe(201);
    expect(reserved.json()).toMatchObject({ number: 'K. 075 / 2 / DESDM/2026', status: 'reserved' });
    const doc = await insertTestDocument(t.ctx.db, { agencyId: desdm });
    const used = await c['desdm.sekretaris']!.post(`${base}/letter-numbers/${reserved.json().id}/use`, {
      documentId: doc.documentId,
      subject: 'Surat pengantar',
    });
    expect(used.statusCode).toBe(200);
    expect(used.json()).toMatchObject({ status: 'issued', documentId: doc.documentId });
    const cancelled = await c['desdm.sekretaris']!.post(`${base}/letter-numbers/${issued.json().id}/cancel`, {
      reason: 'Surat ditarik',
    });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', cancelReason: 'Surat ditarik' });
    const again = await c['desdm.sekretaris']!.post(`${base}/letter-numbers/${issued.json().id}/cancel`, {
      reason: 'Lagi',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('LETTER_NUMBER_CANCELLED');
    const usedTwice = await c['desdm.sekretaris']!.post(`${base}/letter-numbers/${reserved.json().id}/use`, {
      documentId: doc.documentId,
    });
    expect(usedTwice.statusCode).toBe(409);

    const register = await c['desdm.kabid_gatrik']!.get(`${base}/letter-numbers?year=2026`);
    expect(register.statusCode).toBe(200);
    expect(register.json()).toMatchObject({ year: 2026, timeZone: 'Asia/Makassar', canIssue: false });
    expect(
      register.json().numbers.map((n: { number: string; status: string }) => `${n.number} ${n.status}`),
    ).toEqual(['K. 075 / 2 / DESDM/2026 issued', 'K. 075 / 1 / DESDM/2026 cancelled']);
    const onlyCancelled = await c['desdm.kabid_gatrik']!.get(`${base}/letter-numbers?status=cancelled`);
    expect(onlyCancelled.json().numbers).toHaveLength(1);
    const patterns = await c['desdm.kabid_gatrik']!.get(`${base}/letter-patterns`);
    expect(patterns.json()[0]).toMatchObject({ isDefault: true, nextNumber: 'K. 075 / 3 / DESDM/2026' });
  });

  it('answers 422 naming the field for bad input', async () => {
    const s = c['desdm.sekretaris']!;
    const noSubject = await s.post(`${base}/letter-numbers`, {});
    expect(noSubject.statusCode).toBe(422);
    expect(fieldsOf(noSubject)).toEqual(['subject']);
    const blank = await s.post(`${base}/letter-numbers`, { subject: '  ' });
    expect(fieldsOf(blank)).toEqual(['subject']);
    expect(blank.json().error.fields[0].message).toBe('Perihal surat wajib diisi.');
    const future = await s.post(`${base}/letter-numbers`, { subject: 'x', date: '2026-11-24' });
    expect(fieldsOf(future)).toEqual(['date']);
    const badDate = await s.post(`${base}/letter-numbers`, { subject: 'x', date: '24/11/2026' });
    expect(fieldsOf(badDate)).toEqual(['date']);
    const badPattern = await s.post(`${base}/letter-numbers`, { subject: 'x', patternId: 'nope' });
    expect(fieldsOf(badPattern)).toEqual(['patternId']);
    const noReason = await s.post(`${base}/letter-numbers/${crypto.randomUUID()}/cancel`, {});
    expect(fieldsOf(noReason)).toEqual(['reason']);

    const admin = c['desdm.admin']!;
    const noUrut = await admin.post(`${base}/letter-patterns`, {
      name: 'Tanpa urut',
      pattern: 'K. 075/{tahun}',
    });
    expect(noUrut.statusCode).toBe(422);
    expect(noUrut.json().error.fields).toEqual([
      {
        field: 'pattern',
        message:
          'The number pattern must contain {urut} (the sequence); without it two letters would share a number.',
      },
    ]);
    const braces = await admin.post(`${base}/letter-patterns`, { name: 'Kurung', pattern: '{urut}/{tahun' });
    expect(braces.json().error.fields[0]).toMatchObject({ field: 'pattern' });
    expect(braces.json().error.fields[0].message).toContain('not closed');
    const taken = await admin.post(`${base}/letter-patterns`, {
      name: 'Naskah dinas DESDM',
      pattern: '{urut}',
    });
    expect(taken.statusCode).toBe(409);
    expect(fieldsOf(taken)).toEqual(['name']);
    const numbers = await t.ctx.db.selectFrom('letter_number').select('id').execute();
    expect(numbers).toHaveLength(2);
  });

  it('answers 403 to those who may not issue or edit patterns, and 404 to another agency', async () => {
    const bidang = await c['desdm.kabid_gatrik']!.post(`${base}/letter-numbers`, { subject: 'Surat bidang' });
    expect(bidang.statusCode).toBe(403);
    const pattern = await c['desdm.sekretaris']!.post(`${base}/letter-patterns`, {
      name: 'X',
      pattern: '{urut}',
    });
    expect(pattern.statusCode).toBe(403);
    const other = c['bpkpd.sekretaris']!;
    expect((await other.get(`${base}/letter-numbers`)).statusCode).toBe(404);
    expect((await other.get(`${base}/letter-patterns`)).statusCode).toBe(404);
    expect((await other.post(`${base}/letter-numbers`, { subject: 'x' })).statusCode).toBe(404);
    const created = await c['desdm.admin']!.post(`${base}/letter-patterns`, {
      name: 'Nota dinas',
      pattern: 'ND/{urut:3}/{bulan_romawi}/{tahun}',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ isDefault: false, nextNumber: 'ND/003/XI/2026' });
    const edited = await c['desdm.admin']!.patch(`${base}/letter-patterns/${created.json().id}`, {
      isDefault: true,
    });
    expect(edited.json().isDefault).toBe(true);
    const foreign = await other.patch(`${base}/letter-patterns/${created.json().id}`, { name: 'y' });
    expect(foreign.statusCode).toBe(404);
  });
});
