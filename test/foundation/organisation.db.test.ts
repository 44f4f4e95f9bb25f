import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../app-context';
import { engines } from '../database-context';
import { TestClient } from '../http-client';

/** Counts rows so a failed request can be shown to have changed nothing. */
async function counts(t: TestApp) {
  const tables = ['person', 'user_account', 'appointment', 'holiday', 'agency', 'unit', 'position'] as const;
  const out: Record<string, number> = {};
  for (const table of tables) {
    const row = await t.ctx.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    out[table] = Number(row.n);
  }
  return out;
}

describe.each(engines())('organisation administration (%s)', (engine) => {
  let t: TestApp;
  let admin: TestClient;
  let agencyId: string;
  beforeAll(async () => {
    t = await createTestApp(engine);
    admin = new TestClient(t.app);
    await admin.signIn('desdm.admin');
    agencyId = (await admin.get('/api/agencies')).json()[0].id;
  });
  afterAll(async () => t.close());

  it('shows the demo agency with its units, positions and holders', async () => {
    const detail = (await admin.get(`/api/agencies/${agencyId}`)).json();
    expect(detail.code).toBe('desdm-kaltim');
    expect(detail.units.map((u: { code: string }) => u.code)).toContain('BID-GATRIK');
    const kasubbag = detail.positions.find((p: { code: string }) => p.code === 'kasubbag_program');
    expect(kasubbag.sopRole).toBe('Kasubbag Program');
    expect(kasubbag.holders[0]).toMatchObject({ fullName: 'Yusuf Maulana', kind: 'definitive' });
  });

  it('keeps agencies apart: another agency is not found, and plain users cannot administer', async () => {
    const bpkpd = new TestClient(t.app);
    await bpkpd.signIn('bpkpd.sekretaris');
    expect((await bpkpd.get(`/api/agencies/${agencyId}`)).statusCode).toBe(404);
    expect((await bpkpd.get('/api/agencies')).json()).toHaveLength(1);
    const staff = new TestClient(t.app);
    await staff.signIn('desdm.staf_program');
    const res = await staff.post(`/api/agencies/${agencyId}/holidays`, {
      date: '2026-12-01',
      kind: 'libur_daerah',
      name: 'Uji',
    });
    expect(res.statusCode).toBe(403);
  });

  it('adds a person with an account, then appoints them acting official (Plt)', async () => {
    const person = await admin.post(`/api/agencies/${agencyId}/people`, {
      fullName: 'Ir. Siti Aminah, M.T.',
      nip: '19800412 200501 2 007',
      rank: 'Pembina (IV/a)',
      email: 'siti@example.test',
      account: { username: 'siti.aminah', password: 'rahasia-sekali-1', role: 'user' },
    });
    expect(person.statusCode).toBe(201);
    expect(person.json()).toMatchObject({ nip: '198004122005012007', username: 'siti.aminah' });
    const positions = (await admin.get(`/api/agencies/${agencyId}/positions`)).json();
    const sekretaris = positions.find((p: { code: string }) => p.code === 'sekretaris');
    const appointment = await admin.post(`/api/agencies/${agencyId}/appointments`, {
      positionId: sekretaris.id,
      personId: person.json().id,
      kind: 'plt',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      decree: 'SK Kadis 800/12/2026',
    });
    expect(appointment.statusCode).toBe(201);
    const siti = new TestClient(t.app);
    expect((await siti.signIn('siti.aminah', 'rahasia-sekali-1')).statusCode).toBe(200);
    const home = (await siti.get('/api/home')).json();
    expect(home.positions).toEqual([
      expect.objectContaining({ title: 'Sekretaris Dinas', kind: 'plt', endsOn: '2026-12-31' }),
    ]);
  });

  describe('bad input changes nothing and names the field', () => {
    it('an invalid NIP', async () => {
      const before = await counts(t);
      const res = await admin.post(`/api/agencies/${agencyId}/people`, { fullName: 'Budi', nip: '1234' });
      expect(res.statusCode).toBe(422);
      expect(res.json().error.fields).toEqual([
        { field: 'nip', message: 'NIP harus 18 digit angka (tertulis 4 karakter).' },
      ]);
      expect(await counts(t)).toEqual(before);
    });

    it('a duplicate username (and its person is not half-written)', async () => {
      const before = await counts(t);
      const res = await admin.post(`/api/agencies/${agencyId}/people`, {
        fullName: 'Orang Lain',
        account: { username: 'desdm.kadis', password: 'password-panjang', role: 'user' },
      });
      expect(res.statusCode).toBe(409);
      expect(res.json().error).toMatchObject({
        code: 'USERNAME_TAKEN',
        fields: [{ field: 'account.username', message: 'Nama pengguna sudah dipakai; pilih yang lain.' }],
      });
      expect(await counts(t)).toEqual(before);
    });

    it('overlapping acting appointments for one position', async () => {
      const positions = (await admin.get(`/api/agencies/${agencyId}/positions`)).json();
      const kabid = positions.find((p: { code: string }) => p.code === 'kabid_ebtke');
      const people = (await admin.get(`/api/agencies/${agencyId}/people`)).json();
      const [a, b] = people.filter(
        (p: { fullName: string }) => p.fullName === 'Irfan Hakim' || p.fullName === 'Agus Salim',
      );
      const first = await admin.post(`/api/agencies/${agencyId}/appointments`, {
        positionId: kabid.id,
        personId: a.id,
        kind: 'plh',
        startsOn: '2026-06-01',
        endsOn: '2026-06-10',
      });
      expect(first.statusCode).toBe(201);
      const before = await counts(t);
      const clash = await admin.post(`/api/agencies/${agencyId}/appointments`, {
        positionId: kabid.id,
        personId: b.id,
        kind: 'plt',
        startsOn: '2026-06-10',
        endsOn: '2026-07-10',
      });
      expect(clash.statusCode).toBe(409);
      expect(clash.json().error.code).toBe('APPOINTMENT_OVERLAP');
      expect(clash.json().error.fields[0].field).toBe('endsOn');
      expect(clash.json().error.message).toContain('bertumpang tindih');
      expect(await counts(t)).toEqual(before);
    });

    it('an unknown time zone', async () => {
      const before = await counts(t);
      const system = new TestClient(t.app, 'en');
      await system.signIn('admin');
      const regionId = (await system.get('/api/regions')).json()[0].id;
      const bad = await system.post('/api/agencies', {
        regionId,
        code: 'dinas-baru',
        name: 'Dinas Baru',
        timeZone: 'Asia/Singapore',
      });
      expect(bad.statusCode).toBe(422);
      expect(bad.json().error.fields).toEqual([
        {
          field: 'timeZone',
          message: 'Time zone: must be one of: Asia/Jakarta, Asia/Makassar, Asia/Jayapura.',
        },
      ]);
      expect(await counts(t)).toEqual(before);
    });

    it('a holiday with an impossible date', async () => {
      const before = await counts(t);
      const res = await admin.post(`/api/agencies/${agencyId}/holidays`, {
        date: '2026-02-30',
        kind: 'libur_daerah',
        name: 'Hari jadi',
      });
      expect(res.statusCode).toBe(422);
      expect(res.json().error.fields).toEqual([
        { field: 'date', message: 'Tanggal 2026-02-30 tidak ada di kalender.' },
      ]);
      expect(await counts(t)).toEqual(before);
    });

    it('an over-long field', async () => {
      const before = await counts(t);
      const res = await admin.post(`/api/agencies/${agencyId}/people`, { fullName: 'x'.repeat(201) });
      expect(res.statusCode).toBe(422);
      expect(res.json().error.fields).toEqual([
        { field: 'fullName', message: 'Nama lengkap: terlalu panjang (maksimal 200 karakter).' },
      ]);
      expect(await counts(t)).toEqual(before);
    });

    it('a body that is not JSON, and one that is too large', async () => {
      const before = await counts(t);
      const notJson = await admin.request('POST', `/api/agencies/${agencyId}/people`, '{"fullName":', {
        'content-type': 'application/json',
      });
      expect(notJson.statusCode).toBe(400);
      expect(notJson.json().error.code).toBe('BAD_REQUEST');
      const huge = await admin.post(`/api/agencies/${agencyId}/people`, {
        fullName: 'x'.repeat(3 * 1024 * 1024),
      });
      expect(huge.statusCode).toBe(413);
      expect(await counts(t)).toEqual(before);
    });
  });

  it('edits the holiday calendar: adds a regional holiday and switches cuti bersama off', async () => {
    const added = await admin.post(`/api/agencies/${agencyId}/holidays`, {
      date: '2026-01-09',
      kind: 'libur_daerah',
      name: 'Hari Jadi Provinsi Kalimantan Timur',
      decree: 'Perda Kaltim (contoh)',
    });
    expect(added.statusCode).toBe(201);
    const settings = await admin.put(`/api/agencies/${agencyId}/calendar/settings`, {
      cutiBersamaIsDayOff: false,
      ramadan: { from: '2026-02-18', to: '2026-03-19' },
    });
    expect(settings.statusCode).toBe(200);
    const calendar = (await admin.get(`/api/agencies/${agencyId}/calendar?year=2026`)).json();
    expect(calendar.timeZone).toBe('Asia/Makassar');
    expect(calendar.settings.cutiBersamaIsDayOff).toBe(false);
    expect(calendar.holidays.filter((h: { kind: string }) => h.kind === 'libur_nasional')).toHaveLength(17);
    expect(calendar.holidays.filter((h: { kind: string }) => h.kind === 'cuti_bersama')).toHaveLength(8);
    expect(calendar.holidays.find((h: { date: string }) => h.date === '2026-01-09').source).toBe('admin');
  });
});
