import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../src/core/errors';
import type { RunState } from '../../src/core/run/run-state';
import { findRun } from '../../src/db/repositories/run-repository';
import type { Me } from '../../src/services/auth/load-me';
import { createMailer } from '../../src/services/mail/mailer';
import { executeRunCommand } from '../../src/services/runs/execute-run-command';
import { startRun } from '../../src/services/runs/start-run';
import { sweepNotifications } from '../../src/services/runs/sweep-notifications';
import { verifyHistories } from '../../src/services/runs/verify-history';
import { createTestApp, type TestApp } from '../app-context';
import { engines } from '../database-context';
import { startSmtpSink } from '../support/smtp-sink';
import { meOf, sopIdOf } from './run-context';

const doc = (title: string) => ({ kind: 'document' as const, documentId: `doc-${title}`, title });

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

describe.each(engines())('SOP runs on the database (%s)', (engine) => {
  // Monday 23 November 2026, 09:00 WITA; the clock moves as the test says.
  let now = new Date('2026-11-23T01:00:00Z');
  let t: TestApp;
  const me: Record<string, Me> = {};
  beforeAll(async () => {
    t = await createTestApp(engine, { now: () => now });
    for (const u of [
      'desdm.kadis',
      'desdm.sekretaris',
      'desdm.kasubbag_program',
      'desdm.staf_program',
      'desdm.kabid_gatrik',
      'desdm.kabid_ebtke',
      'desdm.kabid_minerba',
      'desdm.kabid_gat',
    ])
      me[u] = await meOf(t.ctx, u);
  });
  afterAll(async () => t.close());

  const open = (s: RunState, stepNo: number) =>
    s.tasks.filter((x) => x.stepNo === stepNo && x.status === 'open');

  async function start(): Promise<RunState> {
    return startRun(t.ctx, me['desdm.kadis']!, {
      sopId: await sopIdOf(t.ctx, 'desdm-kaltim-sakip'),
      purpose: 'LKjIP 2026',
      period: { year: 2026, quarter: null },
      disposition: { text: 'Susun LKjIP 2026 sesuai SOP.', addresseePositionIds: [] },
    });
  }

  it('starts SOP 004 from the head disposition: the planning head gets step 2, due in WITA working time', async () => {
    const run = await start();
    expect(run.tasks[0]).toMatchObject({ stepNo: 1, status: 'completed' });
    const [task] = open(run, 2);
    // 09:00 WITA + 2 Jam = 11:00 WITA.
    expect(task!.dueAt).toBe('2026-11-23T03:00:00.000Z');
    const notes = await t.ctx.db
      .selectFrom('notification')
      .select(['title', 'person_id'])
      .where('task_id', '=', task!.id)
      .execute();
    expect(notes).toEqual([
      {
        person_id: me['desdm.kasubbag_program']!.personId,
        title: expect.stringContaining('Tugas baru: LKjIP 2026 · langkah 2'),
      },
    ]);
  });

  it('runs the SOP to its end with one task per division, a return with a reason, signature, and a sound history', async () => {
    let run = await start();
    run = await executeRunCommand(t.ctx, me['desdm.kasubbag_program']!, run.id, {
      type: 'complete',
      taskId: open(run, 2)[0]!.id,
      output: doc('Format'),
    });
    const perUnit = open(run, 3);
    expect(perUnit).toHaveLength(5); // four Bidang and the Sekretariat
    const heads = [
      'desdm.kabid_gatrik',
      'desdm.kabid_ebtke',
      'desdm.kabid_minerba',
      'desdm.kabid_gat',
      'desdm.sekretaris',
    ];
    for (const task of perUnit) {
      let done = false;
      for (const h of heads) {
        const result = await codeOf(
          executeRunCommand(t.ctx, me[h]!, run.id, {
            type: 'complete',
            taskId: task.id,
            output: doc(`Data ${h}`),
          }),
        );
        if (result === 'ok') {
          done = true;
          break;
        }
        expect(result).toBe('TASK_NOT_YOURS');
      }
      expect(done).toBe(true);
    }
    const staf = me['desdm.staf_program']!;
    const kasubbag = me['desdm.kasubbag_program']!;
    run = (await findRun(t.ctx.db, run.id))!.state;
    run = await executeRunCommand(t.ctx, staf, run.id, {
      type: 'complete',
      taskId: open(run, 4)[0]!.id,
      output: doc('Himpunan'),
    });
    run = await executeRunCommand(t.ctx, kasubbag, run.id, {
      type: 'complete',
      taskId: open(run, 5)[0]!.id,
      output: doc('Draft'),
    });
    run = await executeRunCommand(t.ctx, kasubbag, run.id, {
      type: 'complete',
      taskId: open(run, 6)[0]!.id,
      output: doc('LKjIP v1'),
    });
    const sekretaris = me['desdm.sekretaris']!;
    expect(
      await codeOf(
        executeRunCommand(t.ctx, sekretaris, run.id, {
          type: 'decide',
          taskId: open(run, 7)[0]!.id,
          decision: 'return',
        }),
      ),
    ).toBe('REASON_REQUIRED');
    run = await executeRunCommand(t.ctx, sekretaris, run.id, {
      type: 'decide',
      taskId: open(run, 7)[0]!.id,
      decision: 'return',
      reason: 'Analisis IK-03 belum menjelaskan penyebab capaian rendah.',
    });
    expect(open(run, 6)[0]!.attempt).toBe(2);
    run = await executeRunCommand(t.ctx, kasubbag, run.id, {
      type: 'complete',
      taskId: open(run, 6)[0]!.id,
      output: doc('LKjIP v2'),
    });
    run = await executeRunCommand(t.ctx, sekretaris, run.id, {
      type: 'decide',
      taskId: open(run, 7)[0]!.id,
      decision: 'approve',
    });
    run = await executeRunCommand(t.ctx, sekretaris, run.id, {
      type: 'complete',
      taskId: open(run, 8)[0]!.id,
      output: doc('LKjIP v2'),
    });
    const kadis = me['desdm.kadis']!;
    expect(
      await codeOf(
        executeRunCommand(t.ctx, kadis, run.id, {
          type: 'complete',
          taskId: open(run, 9)[0]!.id,
          output: doc('x'),
        }),
      ),
    ).toBe('SIGNATURE_REQUIRED');
    run = await executeRunCommand(t.ctx, kadis, run.id, { type: 'sign', taskId: open(run, 9)[0]!.id });
    run = await executeRunCommand(t.ctx, kasubbag, run.id, {
      type: 'complete',
      taskId: open(run, 10)[0]!.id,
      output: doc('Surat pengantar'),
    });
    run = await executeRunCommand(t.ctx, staf, run.id, {
      type: 'complete',
      taskId: open(run, 11)[0]!.id,
      output: doc('Arsip'),
    });
    expect(run.status).toBe('completed');
    expect(
      await codeOf(
        executeRunCommand(t.ctx, staf, run.id, {
          type: 'complete',
          taskId: open(run, 11)[0]?.id ?? 'x',
          output: null,
        }),
      ),
    ).toBe('RUN_NOT_ACTIVE');
    const events = await t.ctx.db
      .selectFrom('run_event')
      .select('type')
      .where('run_id', '=', run.id)
      .orderBy('seq')
      .execute();
    expect(events.map((e) => e.type)).toEqual([
      'start',
      'complete',
      ...Array(5).fill('complete'),
      'complete',
      'complete',
      'complete',
      'decide',
      'complete',
      'decide',
      'complete',
      'sign',
      'complete',
      'complete',
    ]);
    expect((await verifyHistories(t.ctx)).broken).toEqual([]);
  });

  it('lets exactly one of 100 parallel completions of one task succeed; the others are told', async () => {
    const run = await start();
    const task = open(run, 2)[0]!;
    const kasubbag = me['desdm.kasubbag_program']!;
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        codeOf(
          executeRunCommand(t.ctx, kasubbag, run.id, {
            type: 'complete',
            taskId: task.id,
            output: doc(`v${i}`),
          }),
        ),
      ),
    );
    expect(results.filter((r) => r === 'ok')).toHaveLength(1);
    expect(new Set(results.filter((r) => r !== 'ok'))).toEqual(
      new Set(
        results
          .filter((r) => r !== 'ok')
          .map((r) => (r === 'RUN_CONFLICT' ? 'RUN_CONFLICT' : 'TASK_ALREADY_COMPLETED')),
      ),
    );
    const completes = await t.ctx.db
      .selectFrom('run_event')
      .select('seq')
      .where('run_id', '=', run.id)
      .where('type', '=', 'complete')
      .execute();
    expect(completes).toHaveLength(1);
    const opened = await t.ctx.db
      .selectFrom('run_task')
      .select('id')
      .where('run_id', '=', run.id)
      .where('step_no', '=', 3)
      .execute();
    expect(opened).toHaveLength(5);
  });

  it('applies a retried command (same command id) once', async () => {
    const run = await start();
    const task = open(run, 2)[0]!;
    const kasubbag = me['desdm.kasubbag_program']!;
    const command = { type: 'complete' as const, taskId: task.id, output: doc('Format') };
    await executeRunCommand(t.ctx, kasubbag, run.id, command, { commandId: 'retry-1' });
    const again = await executeRunCommand(t.ctx, kasubbag, run.id, command, { commandId: 'retry-1' });
    expect(again.tasks.filter((x) => x.stepNo === 3)).toHaveLength(5);
    const events = await t.ctx.db
      .selectFrom('run_event')
      .select('seq')
      .where('run_id', '=', run.id)
      .execute();
    expect(events).toHaveLength(2);
  });

  it('names the first broken event when the history was tampered with', async () => {
    const run = await start();
    await t.ctx.db
      .updateTable('run_event')
      .set({ payload: JSON.stringify({ purpose: 'LKjIP 2025' }) })
      .where('run_id', '=', run.id)
      .where('seq', '=', 1)
      .execute();
    const check = await verifyHistories(t.ctx);
    expect(check.broken).toEqual([{ runId: run.id, seq: 1, reason: 'content changed' }]);
    await t.ctx.db.deleteFrom('run_event').where('run_id', '=', run.id).execute();
    await t.ctx.db.deleteFrom('notification').where('run_id', '=', run.id).execute();
    await t.ctx.db.deleteFrom('run_task').where('run_id', '=', run.id).execute();
    await t.ctx.db.deleteFrom('run').where('id', '=', run.id).execute();
  });

  it('reminds of an overdue task once, also when swept again, and mails it once over SMTP', async () => {
    const sink = await startSmtpSink();
    const mailer = createMailer(sink.url, 'Alur <alur@dinas.test>');
    try {
      now = new Date('2026-11-23T01:00:00Z');
      const run = await start();
      await sweepNotifications(t.ctx, mailer);
      const before = sink.messages.length;
      // 2 working hours later is 11:00 WITA; at 13:30 WITA the step-2 task is overdue.
      now = new Date('2026-11-23T05:30:00Z');
      const first = await sweepNotifications(t.ctx, mailer);
      const afterFirst = sink.messages.length;
      const second = await sweepNotifications(t.ctx, mailer);
      expect(first.overdueNotified).toBeGreaterThanOrEqual(1);
      expect(second).toEqual({ overdueNotified: 0, emailed: 0, failed: 0 });
      expect(sink.messages.length).toBe(afterFirst);
      const task = open(run, 2)[0]!;
      const overdue = await t.ctx.db
        .selectFrom('notification')
        .select(['email_status', 'person_id'])
        .where('task_id', '=', task.id)
        .where('kind', '=', 'task_overdue')
        .execute();
      expect(overdue).toEqual([{ email_status: 'sent', person_id: me['desdm.kasubbag_program']!.personId }]);
      const overdueMails = sink.messages.slice(before).filter((m) => m.raw.includes('Terlambat'));
      const sentOverdue = await t.ctx.db
        .selectFrom('notification')
        .select('id')
        .where('kind', '=', 'task_overdue')
        .where('email_status', '=', 'sent')
        .execute();
      expect(overdueMails).toHaveLength(sentOverdue.length);
      const toKasubbag = await t.ctx.db
        .selectFrom('notification')
        .select('id')
        .where('kind', '=', 'task_overdue')
        .where('person_id', '=', me['desdm.kasubbag_program']!.personId)
        .execute();
      expect(overdueMails.filter((m) => m.to[0] === 'desdm.kasubbag-program@demo.alur.test')).toHaveLength(
        toKasubbag.length,
      );
    } finally {
      mailer.close();
      await sink.close();
      now = new Date('2026-11-23T01:00:00Z');
    }
  });
});
