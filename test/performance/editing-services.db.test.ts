import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import type { Actor, ServiceContext } from '../../src/services/context';
import { seedDemo } from '../../src/services/demo/seed-demo';
import { addAgreementIndicator } from '../../src/services/performance/add-agreement-indicator';
import { getAgreementsEditor } from '../../src/services/performance/agreements-editor-view';
import { deleteIndicator } from '../../src/services/performance/delete-indicator';
import { deletePlanNode } from '../../src/services/performance/delete-plan-node';
import { removeAgreementIndicator } from '../../src/services/performance/remove-agreement-indicator';
import { createIndicator, createPlanNode } from '../../src/services/performance/renstra';
import { getRenstraEditor } from '../../src/services/performance/renstra-editor-view';
import { updateActionPlanRow } from '../../src/services/performance/update-action-plan-row';
import { updateAgreement } from '../../src/services/performance/update-agreement';
import { updateAgreementTarget } from '../../src/services/performance/update-agreement-target';
import { updateIndicator } from '../../src/services/performance/update-indicator';
import { updatePlanNode } from '../../src/services/performance/update-plan-node';
import { engines, freshDatabase } from '../database-context';
import {
  actorFor,
  agencyIdOf,
  agreementRowOf,
  editingSnapshot,
  failureOf,
  renstraIds,
} from './editing-fixtures';
import { DEMO_NOW } from './performance-helpers';

type Ids = Awaited<ReturnType<typeof renstraIds>>;

describe.each(engines())('Renstra, PK and Rencana Aksi editing services (%s)', (engine) => {
  let database: Database;
  let ctx: ServiceContext;
  let planner: Actor;
  let kabid: Actor;
  let otherPlanner: Actor;
  let agencyId: string;
  let otherAgencyId: string;
  let ids: Ids;
  let otherIds: Ids;

  beforeAll(async () => {
    database = await freshDatabase(engine);
    ctx = { db: database.db, now: DEMO_NOW };
    await seedDemo(ctx);
    planner = await actorFor(ctx, 'desdm.kasubbag_program');
    kabid = await actorFor(ctx, 'desdm.kabid_gatrik');
    otherPlanner = await actorFor(ctx, 'bpkpd.admin');
    agencyId = await agencyIdOf(ctx, 'desdm-kaltim');
    otherAgencyId = await agencyIdOf(ctx, 'bpkpd-jambi');
    ids = await renstraIds(ctx, agencyId);
    otherIds = await renstraIds(ctx, otherAgencyId);
  });
  afterAll(async () => database.close());

  /** The editor's view of a node or indicator (its revision), found anywhere in the tree. */
  async function editorNode(code: string) {
    const view = await getRenstraEditor(ctx, planner, agencyId, ids.renstraId);
    const walk = (nodes: typeof view.nodes): (typeof view.nodes)[number] | undefined => {
      for (const n of nodes) {
        if (n.code === code) return n;
        const found = walk(n.children);
        if (found) return found;
      }
      return undefined;
    };
    const node = walk(view.nodes);
    if (!node) throw new Error(`no node ${code}`);
    return node;
  }
  async function editorIndicator(code: string) {
    const view = await getRenstraEditor(ctx, planner, agencyId, ids.renstraId);
    const all = (nodes: typeof view.nodes): (typeof view.nodes)[number]['indicators'] =>
      nodes.flatMap((n) => [...n.indicators, ...all(n.children)]);
    const found = all(view.nodes).find((i) => i.code === code);
    if (!found) throw new Error(`no indicator ${code}`);
    return found;
  }

  /** A refused call: the error, and the proof that nothing was written. */
  async function refused(call: () => Promise<unknown>) {
    const before = await editingSnapshot(ctx);
    const error = await failureOf(call());
    expect(await editingSnapshot(ctx)).toEqual(before);
    return error;
  }

  describe('plan nodes', () => {
    it('changes the SIPD code, description, unit and indicative funding per year', async () => {
      const node = await editorNode('3.29.05.1.04');
      const units = (await getRenstraEditor(ctx, planner, agencyId, ids.renstraId)).units;
      const ebtke = units.find((u) => u.name.includes('Energi Baru'))!;
      const saved = await updatePlanNode(ctx, planner, agencyId, node.id, {
        revision: node.revision,
        code: '3.29.05.1.05',
        name: '  Pelaksanaan Konservasi Energi di Wilayah Provinsi  ',
        unitId: ebtke.id,
        funding: [
          { year: 2026, amount: '1250000000' },
          { year: 2027, amount: 1_300_000_000.5 },
          { year: 2028, amount: '1.400.000.000'.replace(/\./g, '') },
        ],
      });
      expect(saved).toMatchObject({
        code: '3.29.05.1.05',
        name: 'Pelaksanaan Konservasi Energi di Wilayah Provinsi',
        unitId: ebtke.id,
        unitName: ebtke.name,
        funding: [
          { year: 2026, amount: '1250000000' },
          { year: 2027, amount: '1300000000.5' },
          { year: 2028, amount: '1400000000' },
        ],
      });
      expect(saved.revision).not.toBe(node.revision);
      // An empty amount removes that year only.
      const again = await updatePlanNode(ctx, planner, agencyId, node.id, {
        revision: saved.revision,
        funding: [{ year: 2027, amount: '' }],
      });
      expect(again.funding).toEqual([
        { year: 2026, amount: '1250000000' },
        { year: 2028, amount: '1400000000' },
      ]);
      expect((await editorNode('3.29.05.1.05')).funding).toEqual(again.funding);
    });

    it('deletes a node that holds nothing, and refuses one with children, indicators or budget', async () => {
      const created = await createPlanNode(ctx, planner, agencyId, ids.renstraId, {
        kind: 'kegiatan',
        code: '3.29.06.1.07',
        name: 'Kegiatan percobaan',
        parentId: ids.node('3.29.06'),
      });
      const program = await editorNode('3.29.06');
      const programError = await refused(() =>
        deletePlanNode(ctx, planner, agencyId, program.id, { revision: program.revision }),
      );
      expect(programError.code).toBe('PLAN_NODE_IN_USE');
      expect(programError.userMessage.id).toBe(
        'Program 3.29.06 tidak dapat dihapus karena masih memiliki 3 simpul turunan. Hapus atau pindahkan dulu isinya.',
      );
      const kegiatan = await editorNode('3.29.06.1.06');
      const budgetError = await refused(() =>
        deletePlanNode(ctx, planner, agencyId, kegiatan.id, { revision: kegiatan.revision }),
      );
      expect(budgetError.userMessage.id).toContain('masih memiliki anggaran tahun 2026');
      const sasaran = await editorNode('S1');
      const sasaranError = await refused(() =>
        deletePlanNode(ctx, planner, agencyId, sasaran.id, { revision: sasaran.revision }),
      );
      expect(sasaranError.userMessage.id).toContain('masih memiliki 1 simpul turunan, 3 indikator');

      const fresh = await editorNode('3.29.06.1.07');
      await deletePlanNode(ctx, planner, agencyId, created.id, { revision: fresh.revision });
      await expect(editorNode('3.29.06.1.07')).rejects.toThrow('no node');
    });

    it('refuses bad input naming the field, and changes nothing', async () => {
      const node = await editorNode('3.29.06.1.01');
      const base = { revision: node.revision };
      const text = await refused(() =>
        updatePlanNode(ctx, planner, agencyId, node.id, {
          ...base,
          funding: [{ year: 2027, amount: 'dua miliar' }],
        }),
      );
      expect(text.fields).toEqual([
        {
          field: 'funding.0.amount',
          message: {
            id: '3.29.06.1.01 2027: Pagu indikatif harus berupa angka (tertulis "dua miliar").',
            en: '3.29.06.1.01 2027: Indicative funding must be a number (got "dua miliar").',
          },
        },
      ]);
      const negative = await refused(() =>
        updatePlanNode(ctx, planner, agencyId, node.id, { ...base, funding: [{ year: 2026, amount: -5 }] }),
      );
      expect(negative.fields[0]).toMatchObject({
        field: 'funding.0.amount',
        message: { id: '3.29.06.1.01 2026: Pagu indikatif tidak boleh kurang dari 0 (tertulis -5).' },
      });
      const outside = await refused(() =>
        updatePlanNode(ctx, planner, agencyId, node.id, { ...base, funding: [{ year: 2031, amount: 5 }] }),
      );
      expect(outside.fields[0]!.field).toBe('funding.0.year');
      expect(outside.fields[0]!.message.id).toContain('periode Renstra 2025–2029');
      const sasaran = await editorNode('S2');
      const notFunded = await refused(() =>
        updatePlanNode(ctx, planner, agencyId, sasaran.id, {
          revision: sasaran.revision,
          funding: [{ year: 2026, amount: 5 }],
        }),
      );
      expect(notFunded.fields[0]).toMatchObject({
        field: 'funding',
        message: { id: 'S2: pagu indikatif hanya untuk program, kegiatan dan sub kegiatan.' },
      });
      const long = await refused(() =>
        updatePlanNode(ctx, planner, agencyId, node.id, { ...base, name: 'x'.repeat(501) }),
      );
      expect(long.fields[0]).toMatchObject({
        field: 'name',
        message: { id: 'Kegiatan 3.29.06.1.01: Uraian paling banyak 500 karakter (tertulis 501).' },
      });
      const empty = await refused(() =>
        updatePlanNode(ctx, planner, agencyId, node.id, { ...base, name: ' ' }),
      );
      expect(empty.fields[0]).toMatchObject({ field: 'name' });
      const badCode = await refused(() =>
        updatePlanNode(ctx, planner, agencyId, node.id, { ...base, code: '3.29 06' }),
      );
      expect(badCode.fields[0]!.field).toBe('code');
      const taken = await refused(() =>
        updatePlanNode(ctx, planner, agencyId, node.id, { ...base, code: '3.29.06.1.06' }),
      );
      expect(taken.code).toBe('PLAN_NODE_CODE_TAKEN');
      expect(taken.fields[0]).toMatchObject({
        field: 'code',
        message: { id: 'Kode 3.29.06.1.06 sudah dipakai di Renstra ini.' },
      });
    });

    it("answers not found for another agency's node, forbidden for a division head, conflict when stale", async () => {
      const foreign = otherIds.node('5.02.01');
      const notFound = await refused(() =>
        updatePlanNode(ctx, planner, agencyId, foreign, { name: 'Bukan milik saya' }),
      );
      expect(notFound.code).toBe('NOT_FOUND');
      expect((await refused(() => deletePlanNode(ctx, planner, agencyId, foreign))).code).toBe('NOT_FOUND');
      // Naming the other agency outright: its existence is not this planner's business either.
      expect(
        (await refused(() => updatePlanNode(ctx, planner, otherAgencyId, foreign, { name: 'x' }))).code,
      ).toBe('NOT_FOUND');
      const node = await editorNode('3.29.02.1.01');
      const forbidden = await refused(() =>
        updatePlanNode(ctx, kabid, agencyId, node.id, { revision: node.revision, name: 'Diubah kabid' }),
      );
      expect(forbidden.code).toBe('FORBIDDEN');

      await updatePlanNode(ctx, planner, agencyId, node.id, {
        revision: node.revision,
        name: 'Perubahan pertama',
      });
      const stale = await refused(() =>
        updatePlanNode(ctx, planner, agencyId, node.id, { revision: node.revision, name: 'Perubahan kedua' }),
      );
      expect(stale.code).toBe('PERFORMANCE_EDIT_CONFLICT');
      expect(stale.userMessage.id).toBe(
        'Kegiatan 3.29.02.1.01 sudah diubah orang lain sejak Anda membukanya. Nilai terbaru sudah dimuat; ulangi perubahan Anda bila masih perlu.',
      );
    });

    it('of two people saving the same row from the same view, one wins and the other gets a conflict', async () => {
      const node = await editorNode('3.29.02.1.03');
      const results = await Promise.allSettled([
        updatePlanNode(ctx, planner, agencyId, node.id, { revision: node.revision, name: 'Versi A' }),
        updatePlanNode(ctx, planner, agencyId, node.id, { revision: node.revision, name: 'Versi B' }),
      ]);
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r) => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect((lost[0] as PromiseRejectedResult).reason.code).toBe('PERFORMANCE_EDIT_CONFLICT');
      const winner = (won[0] as PromiseFulfilledResult<{ name: string }>).value.name;
      expect((await editorNode('3.29.02.1.03')).name).toBe(winner);
    });
  });

  describe('indicators', () => {
    it('changes every field of an indicator and the target of one year', async () => {
      const before = await editorIndicator('IK-08');
      const units = (await getRenstraEditor(ctx, planner, agencyId, ids.renstraId)).units;
      const minerba = units.find((u) => u.name.includes('Mineral'))!;
      const { indicator, warnings } = await updateIndicator(ctx, planner, agencyId, before.id, {
        revision: before.revision,
        nodeId: ids.node('S4'),
        code: 'IK-08A',
        name: 'Persentase pelaku usaha yang menyampaikan laporan berkala',
        unitLabel: 'persen',
        polarity: 'negative',
        negativeFormula: 'B',
        aggregation: 'average',
        precision: 1,
        definition: 'Pelaku usaha yang terlambat melapor dibagi seluruh pelaku usaha terdaftar × 100',
        formulaText: 'Terlambat / terdaftar × 100',
        dataSource: 'Aplikasi MODI',
        unitId: minerba.id,
        isIku: true,
        baselineYear: 2024,
        baselineValue: '12,5',
        finalTarget: 4,
        targets: [{ year: 2027, value: '8,25' }],
      });
      expect(indicator).toMatchObject({
        nodeId: ids.node('S4'),
        code: 'IK-08A',
        name: 'Persentase pelaku usaha yang menyampaikan laporan berkala',
        unitLabel: 'persen',
        polarity: 'negative',
        negativeFormula: 'B',
        aggregation: 'average',
        precision: 1,
        definition: 'Pelaku usaha yang terlambat melapor dibagi seluruh pelaku usaha terdaftar × 100',
        formulaText: 'Terlambat / terdaftar × 100',
        dataSource: 'Aplikasi MODI',
        unitId: minerba.id,
        unitName: minerba.name,
        isIku: true,
        baselineYear: 2024,
        baselineValue: '12.5',
        finalTarget: '4',
        usage: { agreementYears: [2026] },
      });
      // Only 2027 changed; the other years are as they were.
      expect(indicator.targets).toEqual(
        before.targets.map((t) => (t.year === 2027 ? { year: 2027, value: '8.25', valueHigh: null } : t)),
      );
      expect(warnings).toEqual([]);
      // Clearing optional fields with null.
      const cleared = await updateIndicator(ctx, planner, agencyId, before.id, {
        revision: indicator.revision,
        definition: null,
        formulaText: '',
        finalTarget: null,
      });
      expect(cleared.indicator).toMatchObject({ definition: null, formulaText: null, finalTarget: null });
    });

    it('stores a zero target of a positive indicator and warns that its achievement cannot be computed', async () => {
      const ik05 = await editorIndicator('IK-05');
      const { indicator, warnings } = await updateIndicator(ctx, planner, agencyId, ik05.id, {
        revision: ik05.revision,
        targets: [{ year: 2028, value: 0 }],
      });
      expect(indicator.targets.find((t) => t.year === 2028)).toEqual({
        year: 2028,
        value: '0',
        valueHigh: null,
      });
      expect(warnings.map((w) => w.message.id)).toEqual([
        'IK-05 2028: Target bernilai 0 sehingga persentase tidak dapat dihitung.',
      ]);
    });

    it('warns when a PK of the year now differs from the new Renstra target without a reason', async () => {
      const ik10 = await editorIndicator('IK-10');
      const { warnings } = await updateIndicator(ctx, planner, agencyId, ik10.id, {
        revision: ik10.revision,
        targets: [{ year: 2026, value: '85' }],
      });
      expect(warnings.map((w) => w.message.id)).toEqual([
        'IK-10 2026: target PK (84.5) kini berbeda dari target Renstra (85); samakan target PK atau tulis alasannya di halaman PK.',
      ]);
    });

    it('refuses bad input naming the field, and changes nothing', async () => {
      const iku04 = await editorIndicator('IKU-04');
      const base = { revision: iku04.revision };
      const text = await refused(() =>
        updateIndicator(ctx, planner, agencyId, iku04.id, {
          ...base,
          targets: [{ year: 2027, value: 'tiga' }],
        }),
      );
      expect(text.fields).toEqual([
        {
          field: 'targets.0.value',
          message: {
            id: 'IKU-04 2027: Target harus berupa angka (tertulis "tiga").',
            en: 'IKU-04 2027: Target must be a number (got "tiga").',
          },
        },
      ]);
      const baseline = await refused(() =>
        updateIndicator(ctx, planner, agencyId, iku04.id, { ...base, baselineValue: '22,4 persen' }),
      );
      expect(baseline.fields[0]).toMatchObject({
        field: 'baselineValue',
        message: { id: 'IKU-04: Kondisi awal harus berupa angka (tertulis "22,4 persen").' },
      });
      const year = await refused(() =>
        updateIndicator(ctx, planner, agencyId, iku04.id, { ...base, targets: [{ year: 2030, value: 30 }] }),
      );
      expect(year.fields[0]!.field).toBe('targets.0.year');
      const duplicate = await refused(() =>
        updateIndicator(ctx, planner, agencyId, iku04.id, { ...base, code: 'IKU-06' }),
      );
      expect(duplicate.code).toBe('INDICATOR_CODE_TAKEN');
      expect(duplicate.fields[0]).toMatchObject({
        field: 'code',
        message: { id: 'Indikator: kode IKU-06 sudah dipakai di Renstra ini; kode indikator harus unik.' },
      });
      const long = await refused(() =>
        updateIndicator(ctx, planner, agencyId, iku04.id, { ...base, unitLabel: 'persen'.repeat(11) }),
      );
      expect(long.fields[0]).toMatchObject({
        field: 'unitLabel',
        message: { id: 'IKU-04: Satuan paling banyak 60 karakter (tertulis 66).' },
      });
      const precision = await refused(() =>
        updateIndicator(ctx, planner, agencyId, iku04.id, { ...base, precision: 9 }),
      );
      expect(precision.fields[0]!.field).toBe('precision');
      const range = await refused(() =>
        updateIndicator(ctx, planner, agencyId, iku04.id, {
          ...base,
          polarity: 'range',
          targets: [{ year: 2027, value: 28, valueHigh: 20 }],
        }),
      );
      expect(range.fields[0]).toMatchObject({
        field: 'targets.0.valueHigh',
        message: { id: 'IKU-04 2027: Batas atas target tidak boleh kurang dari 28 (tertulis 20).' },
      });
    });

    it("answers not found for another agency's indicator, forbidden for a division head, conflict when stale", async () => {
      const foreign = otherIds.indicator('IKU-01');
      expect(
        (await refused(() => updateIndicator(ctx, planner, agencyId, foreign, { name: 'Bukan milik saya' })))
          .code,
      ).toBe('NOT_FOUND');
      expect((await refused(() => deleteIndicator(ctx, planner, agencyId, foreign))).code).toBe('NOT_FOUND');
      const iku09 = await editorIndicator('IKU-09');
      expect(
        (
          await refused(() =>
            updateIndicator(ctx, kabid, agencyId, iku09.id, { revision: iku09.revision, name: 'Diubah' }),
          )
        ).code,
      ).toBe('FORBIDDEN');
      await updateIndicator(ctx, planner, agencyId, iku09.id, {
        revision: iku09.revision,
        targets: [{ year: 2028, value: 81 }],
      });
      const stale = await refused(() =>
        updateIndicator(ctx, planner, agencyId, iku09.id, {
          revision: iku09.revision,
          targets: [{ year: 2029, value: 83 }],
        }),
      );
      expect(stale.code).toBe('PERFORMANCE_EDIT_CONFLICT');
      expect(stale.userMessage.id).toContain('Indikator IKU-09 sudah diubah orang lain');
    });

    it('deletes an unused indicator and refuses one in a PK or with realisation', async () => {
      const iku01 = await editorIndicator('IKU-01');
      const inUse = await refused(() =>
        deleteIndicator(ctx, planner, agencyId, iku01.id, { revision: iku01.revision }),
      );
      expect(inUse.code).toBe('INDICATOR_IN_USE');
      expect(inUse.userMessage.id).toMatch(
        /^Indikator IKU-01 tidak dapat dihapus karena sudah tercantum dalam Perjanjian Kinerja 2026 dan sudah memiliki \d+ isian realisasi\./,
      );
      const created = await createIndicator(ctx, planner, agencyId, ids.renstraId, {
        nodeId: ids.node('3.29.06.1.06'),
        code: 'IKK-99',
        name: 'Jumlah kelompok masyarakat penerima bantuan',
        unitLabel: 'kelompok',
        polarity: 'positive',
        aggregation: 'cumulative',
        targets: [{ year: 2027, value: 4 }],
      });
      const view = await editorIndicator('IKK-99');
      await deleteIndicator(ctx, planner, agencyId, created.id, { revision: view.revision });
      await expect(editorIndicator('IKK-99')).rejects.toThrow('no indicator');
    });
  });

  describe('Perjanjian Kinerja', () => {
    async function pkRow(code: string) {
      const row = await agreementRowOf(ctx, agencyId, ids.indicator(code), 2026);
      const view = await getAgreementsEditor(ctx, planner, agencyId, 2026);
      const agreement = view.agreements.find((a) => a.id === row.agreementId)!;
      return { agreement, row: agreement.indicators.find((i) => i.id === row.id)! };
    }

    it("changes a target, with a reason when it differs from the Renstra's", async () => {
      const { row } = await pkRow('IK-07');
      const missing = await refused(() =>
        updateAgreementTarget(ctx, planner, agencyId, row.id, { revision: row.revision, target: '90' }),
      );
      expect(missing.fields).toEqual([
        {
          field: 'reason',
          message: {
            id: 'IK-07 2026: target PK (90) berbeda dari target Renstra (95); alasan perubahan wajib diisi.',
            en: 'IK-07 2026: the PK target (90) differs from the Renstra target (95); a reason is required.',
          },
        },
      ]);
      const text = await refused(() =>
        updateAgreementTarget(ctx, planner, agencyId, row.id, {
          revision: row.revision,
          target: 'sembilan puluh',
        }),
      );
      expect(text.fields[0]).toMatchObject({
        field: 'target',
        message: { id: 'IK-07 2026: Target harus berupa angka (tertulis "sembilan puluh").' },
      });
      const long = await refused(() =>
        updateAgreementTarget(ctx, planner, agencyId, row.id, {
          revision: row.revision,
          target: '90',
          reason: 'a'.repeat(1001),
        }),
      );
      expect(long.fields[0]).toMatchObject({ field: 'reason' });
      const saved = await updateAgreementTarget(ctx, planner, agencyId, row.id, {
        revision: row.revision,
        target: '90,0',
        reason: 'Penyesuaian hasil reviu pengawasan 2025',
      });
      expect(saved.indicators.find((i) => i.id === row.id)).toMatchObject({
        target: '90',
        renstraTarget: '95',
        targetReason: 'Penyesuaian hasil reviu pengawasan 2025',
      });
      const stale = await refused(() =>
        updateAgreementTarget(ctx, planner, agencyId, row.id, { revision: row.revision, target: '95' }),
      );
      expect(stale.code).toBe('PERFORMANCE_EDIT_CONFLICT');
    });

    it('adds and removes an indicator, and refuses to drop one whose realisation measures against it', async () => {
      const { agreement } = await pkRow('IK-08');
      const tiId = ids.indicator('TI-2');
      const added = await addAgreementIndicator(ctx, planner, agencyId, agreement.id, { indicatorId: tiId });
      const row = added.indicators.find((i) => i.indicatorId === tiId)!;
      expect(row).toMatchObject({ code: 'TI-2', target: '72.5', renstraTarget: '72.5', targetReason: null });
      const twice = await refused(() =>
        addAgreementIndicator(ctx, planner, agencyId, agreement.id, { indicatorId: tiId }),
      );
      expect(twice.fields[0]).toMatchObject({
        field: 'indicatorId',
        message: { id: 'TI-2 sudah ada di Perjanjian Kinerja ini.' },
      });
      const differs = await refused(() =>
        addAgreementIndicator(ctx, planner, agencyId, agreement.id, {
          indicatorId: ids.indicator('TI-1'),
          target: 1600,
        }),
      );
      expect(differs.fields[0]!.field).toBe('reason');
      const foreign = await refused(() =>
        addAgreementIndicator(ctx, planner, agencyId, agreement.id, {
          indicatorId: otherIds.indicator('IKU-01'),
        }),
      );
      expect(foreign.fields[0]).toMatchObject({ field: 'indicatorId' });

      const after = await removeAgreementIndicator(ctx, planner, agencyId, row.id, {
        revision: row.revision,
      });
      expect(after.indicators.some((i) => i.indicatorId === tiId)).toBe(false);

      const ik10 = (await pkRow('IK-10')).row;
      const inUse = await refused(() =>
        removeAgreementIndicator(ctx, planner, agencyId, ik10.id, { revision: ik10.revision }),
      );
      expect(inUse.code).toBe('AGREEMENT_INDICATOR_IN_USE');
      expect(inUse.userMessage.id).toMatch(
        /^IK-10 tidak dapat dikeluarkan dari PK 2026: sudah ada \d+ isian realisasi/,
      );
    });

    it('changes the parties, number and date; refuses bad ones naming the field', async () => {
      const { agreement } = await pkRow('IK-08');
      const view = await getAgreementsEditor(ctx, planner, agencyId, 2026);
      const head = view.agreements.find((a) => a.level === 'jpt_pratama')!;
      const saved = await updateAgreement(ctx, planner, agencyId, agreement.id, {
        revision: agreement.revision,
        number: '000.8.2/12/DESDM/2026',
        signedOn: '2026-02-03',
      });
      expect(saved).toMatchObject({ number: '000.8.2/12/DESDM/2026', signedOn: '2026-02-03' });
      const base = { revision: saved.revision };
      const date = await refused(() =>
        updateAgreement(ctx, planner, agencyId, agreement.id, { ...base, signedOn: '2026-02-30' }),
      );
      expect(date.fields[0]).toMatchObject({
        field: 'signedOn',
        message: {
          id: 'PK 2026: tanggal PK harus tanggal yang ada, ditulis TTTT-BB-HH (tertulis "2026-02-30").',
        },
      });
      const same = await refused(() =>
        updateAgreement(ctx, planner, agencyId, agreement.id, {
          ...base,
          secondPartyPositionId: agreement.firstPartyPositionId,
        }),
      );
      expect(same.fields[0]!.field).toBe('secondPartyPositionId');
      const nobody = await refused(() =>
        updateAgreement(ctx, planner, agencyId, agreement.id, {
          ...base,
          secondPartyPositionId: null,
          secondPartyTitle: ' ',
        }),
      );
      expect(nobody.fields[0]!.field).toBe('secondPartyTitle');
      const taken = await refused(() =>
        updateAgreement(ctx, planner, agencyId, agreement.id, {
          ...base,
          firstPartyPositionId: head.firstPartyPositionId,
          secondPartyPositionId: null,
          secondPartyTitle: 'Gubernur Kalimantan Timur',
        }),
      );
      expect(taken.code).toBe('AGREEMENT_EXISTS');
      expect(taken.fields[0]!.field).toBe('firstPartyPositionId');
      const long = await refused(() =>
        updateAgreement(ctx, planner, agencyId, agreement.id, { ...base, number: '1'.repeat(101) }),
      );
      expect(long.fields[0]).toMatchObject({
        field: 'number',
        message: { id: 'PK 2026: Nomor PK paling banyak 100 karakter (tertulis 101).' },
      });
      const governor = await updateAgreement(ctx, planner, agencyId, head.id, {
        revision: head.revision,
        secondPartyPositionId: null,
        secondPartyTitle: 'Gubernur Kalimantan Timur',
      });
      expect(governor.secondParty).toMatchObject({ positionId: null, title: 'Gubernur Kalimantan Timur' });
      const stale = await refused(() =>
        updateAgreement(ctx, planner, agencyId, agreement.id, { revision: agreement.revision, number: 'x' }),
      );
      expect(stale.code).toBe('PERFORMANCE_EDIT_CONFLICT');
    });

    it("answers not found for another agency's PK and forbidden for a division head", async () => {
      const other = await getAgreementsEditor(ctx, otherPlanner, otherAgencyId, 2026);
      const foreign = other.agreements[0]!;
      expect(
        (
          await refused(() =>
            updateAgreement(ctx, planner, agencyId, foreign.id, { revision: foreign.revision, number: 'x' }),
          )
        ).code,
      ).toBe('NOT_FOUND');
      expect(
        (
          await refused(() =>
            updateAgreementTarget(ctx, planner, agencyId, foreign.indicators[0]!.id, { target: 1 }),
          )
        ).code,
      ).toBe('NOT_FOUND');
      expect(
        (await refused(() => removeAgreementIndicator(ctx, planner, agencyId, foreign.indicators[0]!.id)))
          .code,
      ).toBe('NOT_FOUND');
      const { row } = await pkRow('IKU-06');
      expect(
        (
          await refused(() =>
            updateAgreementTarget(ctx, kabid, agencyId, row.id, { revision: row.revision, target: 80 }),
          )
        ).code,
      ).toBe('FORBIDDEN');
    });
  });

  describe('Rencana Aksi', () => {
    async function planRow(code: string) {
      const view = await getAgreementsEditor(ctx, planner, agencyId, 2026);
      return view.actionPlan.find((r) => r.code === code)!;
    }

    it('saves quarters, warns about a cumulative quarter below the previous one, and requires a reason for TW IV', async () => {
      const ik03 = await planRow('IK-03');
      expect(ik03.quarters).toEqual(['200', '800', '1500', '2000']);
      const lower = await updateActionPlanRow(ctx, planner, agencyId, ik03.indicatorId, {
        year: 2026,
        revision: ik03.revision,
        quarters: ['200', '800', '700', '2000'],
      });
      expect(lower.warnings.map((w) => w.message.id)).toEqual([
        'IK-03: target kumulatif TW III (700) lebih kecil dari TW II (800).',
      ]);
      expect((await planRow('IK-03')).warnings).toHaveLength(1);

      const noReason = await refused(() =>
        updateActionPlanRow(ctx, planner, agencyId, ik03.indicatorId, {
          year: 2026,
          revision: lower.revision,
          quarters: ['200', '800', '1500', '1900'],
        }),
      );
      expect(noReason.fields).toEqual([
        {
          field: 'reason',
          message: {
            id: 'IK-03 TW IV 2026: target TW IV (1900) berbeda dari target PK (2000); alasan wajib diisi.',
            en: 'IK-03 TW IV 2026: the TW IV target (1900) differs from the PK target (2000); a reason is required.',
          },
        },
      ]);
      const withReason = await updateActionPlanRow(ctx, planner, agencyId, ik03.indicatorId, {
        year: 2026,
        revision: lower.revision,
        quarters: ['200', '800', '1500', '1900'],
        reason: 'Satu paket pemasangan bergeser ke 2027',
      });
      expect(withReason).toMatchObject({
        quarters: ['200', '800', '1500', '1900'],
        reason: 'Satu paket pemasangan bergeser ke 2027',
        warnings: [],
      });
      expect(await planRow('IK-03')).toMatchObject({
        quarters: ['200', '800', '1500', '1900'],
        reason: 'Satu paket pemasangan bergeser ke 2027',
        revision: withReason.revision,
      });
    });

    it('refuses text in a quarter, a stale revision and another agency, changing nothing', async () => {
      const ik02 = await planRow('IK-02');
      const text = await refused(() =>
        updateActionPlanRow(ctx, planner, agencyId, ik02.indicatorId, {
          year: 2026,
          revision: ik02.revision,
          quarters: ['0', 'dua', '2', '6'],
        }),
      );
      expect(text.fields).toEqual([
        {
          field: 'quarters.1',
          message: {
            id: 'IK-02 TW II 2026: Target harus berupa angka (tertulis "dua").',
            en: 'IK-02 TW II 2026: Target must be a number (got "dua").',
          },
        },
      ]);
      await updateActionPlanRow(ctx, planner, agencyId, ik02.indicatorId, {
        year: 2026,
        revision: ik02.revision,
        quarters: ['1', '1', '2', '6'],
      });
      const stale = await refused(() =>
        updateActionPlanRow(ctx, planner, agencyId, ik02.indicatorId, {
          year: 2026,
          revision: ik02.revision,
          quarters: ['0', '0', '3', '6'],
        }),
      );
      expect(stale.code).toBe('PERFORMANCE_EDIT_CONFLICT');
      const foreign = await refused(() =>
        updateActionPlanRow(ctx, planner, agencyId, otherIds.indicator('IKU-01'), {
          year: 2026,
          quarters: ['1', '2', '3', '4'],
        }),
      );
      expect(foreign.code).toBe('NOT_FOUND');
      const forbidden = await refused(() =>
        updateActionPlanRow(ctx, kabid, agencyId, ik02.indicatorId, {
          year: 2026,
          quarters: ['0', '0', '3', '6'],
        }),
      );
      expect(forbidden.code).toBe('FORBIDDEN');
    });
  });
});
