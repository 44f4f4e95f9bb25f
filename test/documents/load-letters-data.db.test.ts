import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildCoverLetter,
  buildDispositionSheet,
  buildPerjanjianKinerja,
  cellText,
  documentText,
  findMissingPerjanjianKinerjaData,
  tablesOf,
} from '../../src/core/document';
import { DomainError } from '../../src/core/errors';
import { actorOf } from '../../src/services/auth/load-me';
import type { Actor, ServiceContext } from '../../src/services/context';
import {
  loadCoverLetterData,
  loadDispositionData,
  loadPerjanjianKinerjaData,
} from '../../src/services/documents/data';
import { startRun } from '../../src/services/runs/start-run';
import { createTestApp, type TestApp } from '../app-context';
import { engines } from '../database-context';
import { meOf, sopIdOf } from '../runs/run-context';

const DEMO_NOW = () => new Date('2026-11-23T01:00:00.000Z');

async function actorFor(ctx: ServiceContext, username: string): Promise<Actor> {
  return actorOf(await meOf(ctx, username));
}

async function positionIdOf(ctx: ServiceContext, agencyId: string, code: string): Promise<string> {
  return (
    await ctx.db
      .selectFrom('position')
      .select('id')
      .where('agency_id', '=', agencyId)
      .where('code', '=', code)
      .executeTakeFirstOrThrow()
  ).id;
}

describe.each(engines())('Perjanjian Kinerja, disposition and cover letter data (%s)', (engine) => {
  let t: TestApp;
  let planner: Actor;
  let agencyId: string;

  beforeAll(async () => {
    t = await createTestApp(engine, { now: DEMO_NOW });
    planner = await actorFor(t.ctx, 'desdm.kasubbag_program');
    agencyId = planner.agencyId;
  });
  afterAll(async () => t.close());

  const agreementOf = async (level: string, positionCode: string) =>
    (
      await t.ctx.db
        .selectFrom('performance_agreement')
        .select('id')
        .where('agency_id', '=', agencyId)
        .where('level', '=', level)
        .where('first_party_position_id', '=', await positionIdOf(t.ctx, agencyId, positionCode))
        .executeTakeFirstOrThrow()
    ).id;

  it('the head’s PK: parties on its date, the governor outside the agency, indicators and every program', async () => {
    const data = await loadPerjanjianKinerjaData(
      t.ctx,
      planner,
      agencyId,
      await agreementOf('jpt_pratama', 'kadis'),
    );
    expect(data).toMatchObject({
      year: 2026,
      level: 'jpt_pratama',
      date: '2026-02-02',
      firstParty: { name: 'Hendra Wijaya', rank: 'Pembina Utama Muda (IV/c)', acting: null },
      secondParty: { positionTitle: 'Gubernur Kalimantan Timur', name: null },
      secondPartyExternal: true,
    });
    expect(data.indicators.map((i) => [i.code, i.target])).toEqual([
      ['IKU-01', '98.2'],
      ['IKU-04', '25.2'],
      ['IKU-06', '80'],
      ['IKU-09', '76'],
    ]);
    expect(data.indicators[0]!.sasaran).toBe(
      'Meningkatnya akses rumah tangga dan desa terhadap tenaga listrik',
    );
    expect(data.budget.map((b) => [b.kind, b.code])).toEqual([
      ['program', '3.29.01'],
      ['program', '3.29.02'],
      ['program', '3.29.03'],
      ['program', '3.29.05'],
      ['program', '3.29.06'],
    ]);
    expect(findMissingPerjanjianKinerjaData(data)).toEqual([]);
    const [indicators] = tablesOf(buildPerjanjianKinerja(data)).filter((b) => !b.borderless);
    expect(indicators!.rows[0]!.map(cellText)).toEqual([
      '1',
      'Meningkatnya akses rumah tangga dan desa terhadap tenaga listrik',
      'Rasio Elektrifikasi',
      '98,20%',
    ]);
  });

  it('a Kabid’s PK answers for the kegiatan of the division, signed with the head as pihak kedua', async () => {
    const data = await loadPerjanjianKinerjaData(
      t.ctx,
      planner,
      agencyId,
      await agreementOf('administrator', 'kabid_gatrik'),
    );
    expect(data).toMatchObject({
      level: 'administrator',
      firstParty: { positionTitle: 'Kepala Bidang Ketenagalistrikan', name: 'Bayu Saputra' },
      secondParty: { name: 'Hendra Wijaya' },
      secondPartyExternal: false,
    });
    expect(data.budget.length).toBeGreaterThan(0);
    expect(data.budget.every((b) => b.kind === 'kegiatan' && b.code.startsWith('3.29.06.'))).toBe(true);
  });

  it('an unknown PK, or another agency’s, is "not found"', async () => {
    const missing = await loadPerjanjianKinerjaData(t.ctx, planner, agencyId, 'no-such-pk').catch(
      (e: unknown) => e,
    );
    expect((missing as DomainError).code).toBe('NOT_FOUND');
    const outsider = await actorFor(t.ctx, 'bpkpd.admin');
    const id = await agreementOf('jpt_pratama', 'kadis');
    const foreign = await loadPerjanjianKinerjaData(t.ctx, outsider, agencyId, id).catch((e: unknown) => e);
    expect(foreign).toBeInstanceOf(DomainError);
    expect((foreign as DomainError).code).toBe('NOT_FOUND');
  });

  it('the lembar disposisi of a run: the head’s instruction, its addressees and their holders, the letter', async () => {
    const kadis = await meOf(t.ctx, 'desdm.kadis');
    const run = await startRun(t.ctx, kadis, {
      sopId: await sopIdOf(t.ctx, 'desdm-kaltim-sakip'),
      purpose: 'LKjIP 2026',
      period: { year: 2026, quarter: null },
      disposition: {
        text: 'Susun LKjIP 2026 sesuai SOP.',
        letter: { documentId: 'upload-1', title: 'Permintaan LKjIP 2026.pdf' },
        addresseePositionIds: [
          await positionIdOf(t.ctx, agencyId, 'sekretaris'),
          await positionIdOf(t.ctx, agencyId, 'kasubbag_program'),
        ],
        deadline: '2026-12-04',
      },
    });
    const data = await loadDispositionData(t.ctx, planner, run.id, {
      letter: { from: 'Sekretaris Daerah Provinsi Kalimantan Timur', number: '000.8/1234/Org' },
    });
    expect(data).toMatchObject({
      date: '2026-11-23',
      instruction: 'Susun LKjIP 2026 sesuai SOP.',
      deadline: '2026-12-04',
      purpose: 'LKjIP 2026',
      head: { name: 'Hendra Wijaya' },
      letter: {
        from: 'Sekretaris Daerah Provinsi Kalimantan Timur',
        number: '000.8/1234/Org',
        subject: 'Permintaan LKjIP 2026',
        receivedOn: '2026-11-23',
        date: null,
      },
      addressees: [
        { positionTitle: 'Sekretaris Dinas', name: 'Rina Kartika' },
        { positionTitle: 'Kepala Subbagian Program', name: 'Yusuf Maulana' },
      ],
    });
    const text = documentText(buildDispositionSheet(data));
    expect(text).toContain(
      'Surat dari | Sekretaris Daerah Provinsi Kalimantan Timur | Diterima tanggal | 23 November 2026',
    );
    expect(text).toContain('1. Sekretaris Dinas (Rina Kartika)\n2. Kepala Subbagian Program (Yusuf Maulana)');
    expect(text).toContain('Isi disposisi | Susun LKjIP 2026 sesuai SOP.');
    expect(text).toContain('Batas waktu | Jumat, 4 Desember 2026');

    const outsider = await actorFor(t.ctx, 'bpkpd.admin');
    const foreign = await loadDispositionData(t.ctx, outsider, run.id).catch((e: unknown) => e);
    expect((foreign as DomainError).code).toBe('NOT_FOUND');
  });

  it('the surat pengantar of the LKjIP: the governor through the Sekda, the Inspektur in copy, the head signs', async () => {
    const data = await loadCoverLetterData(t.ctx, planner, agencyId, {
      attached: { kind: 'lkjip', year: 2026 },
      date: '2027-02-20',
      number: 'K. 075/12/DESDM/2027',
    });
    expect(data).toMatchObject({
      subject: 'Penyampaian Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun 2026',
      recipients: ['Gubernur Kalimantan Timur', 'c.q. Sekretaris Daerah Provinsi Kalimantan Timur'],
      recipientPlace: 'di Samarinda',
      copies: ['Inspektur Provinsi Kalimantan Timur'],
      signer: { name: 'Hendra Wijaya' },
      attachmentCount: 1,
    });
    const text = documentText(buildCoverLetter(data));
    expect(text).toContain('Samarinda, 20 Februari 2027');
    expect(text).toContain('Nomor | : | K. 075/12/DESDM/2027');
    const jambi = await actorFor(t.ctx, 'dpmptsp.admin');
    const kabupaten = await loadCoverLetterData(t.ctx, jambi, jambi.agencyId, {
      attached: { kind: 'pemantauan', year: 2026, quarter: 3 },
    });
    expect(kabupaten).toMatchObject({
      subject: 'Penyampaian Laporan Pemantauan Kinerja Triwulan III Tahun 2026',
      recipients: ['Bupati Tanjung Jabung Barat', 'c.q. Sekretaris Daerah Kabupaten Tanjung Jabung Barat'],
      recipientPlace: 'di Kuala Tungkal',
    });
  });
});
