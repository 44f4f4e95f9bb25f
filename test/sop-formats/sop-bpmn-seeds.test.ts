import { EventEmitter } from 'node:events';
import { Engine } from 'bpmn-engine';
import { BpmnModdle } from 'bpmn-moddle';
import { describe, expect, it } from 'vitest';
import { readSopBpmn, writeSopBpmn } from '../../src/formats/sop-bpmn';
import { seedSop, seedSops } from './seed-sops';

interface WaitingApi {
  id: string;
  environment: { variables: Record<string, unknown> };
  signal: (message?: unknown) => void;
}

/** Runs an export in bpmn-engine, signalling each user task when it waits; returns the order. */
async function runInBpmnEngine(
  xml: string,
  variables: Record<string, unknown>,
  onWait: (api: WaitingApi, visits: number) => void = () => {},
): Promise<string[]> {
  const engine = new Engine({ name: 'sop', source: xml });
  const listener = new EventEmitter();
  const order: string[] = [];
  const visits = new Map<string, number>();
  listener.on('wait', (api: WaitingApi) => {
    order.push(api.id);
    const count = (visits.get(api.id) ?? 0) + 1;
    visits.set(api.id, count);
    onWait(api, count);
    setImmediate(() => api.signal());
  });
  const ended = new Promise<void>((resolve, reject) => {
    engine.once('end', () => resolve());
    engine.once('error', reject);
  });
  await engine.execute({ listener, variables });
  await ended;
  return order;
}

describe.each(seedSops().map((seed) => [seed.file, seed.def] as const))('BPMN export of %s', (file, def) => {
  it('is read by bpmn-moddle without warnings', async () => {
    const { warnings } = await new BpmnModdle().fromXML(await writeSopBpmn(def));
    expect(warnings).toEqual([]);
  });

  it('imports back to an equal SOP', async () => {
    expect(await readSopBpmn(await writeSopBpmn(def), file.replace('.yaml', '.bpmn'))).toEqual(def);
  });
});

describe('bpmn-engine runs the export of seed 002 (BPKPD Jambi)', () => {
  it('completes with every user task signalled in order, approval taken by default', async () => {
    const xml = await writeSopBpmn(seedSop('bpkpd-jambi-lkj'));
    const order = await runInBpmnEngine(xml, { unitCount_2: 2, unitCount_3: 2 });
    // Steps 2 and 3 are per bidang: one wait per unit (two units here).
    expect(order).toEqual([
      'Step_1',
      'Step_2',
      'Step_2',
      'Step_3',
      'Step_3',
      'Step_4',
      'Step_5',
      'Step_6',
      'Step_7',
      'Step_8',
      'Step_9',
      'Step_10',
    ]);
  });

  it('takes the Tidak exit back to step 5 when the run says returned', async () => {
    const xml = await writeSopBpmn(seedSop('bpkpd-jambi-lkj'));
    const order = await runInBpmnEngine(
      xml,
      { unitCount_2: 1, unitCount_3: 1, returned_7: true },
      (api, visits) => {
        if (api.id === 'Step_7' && visits === 2) api.environment.variables.returned_7 = false;
      },
    );
    expect(order).toEqual([
      'Step_1',
      'Step_2',
      'Step_3',
      'Step_4',
      'Step_5',
      'Step_6',
      'Step_7',
      'Step_5',
      'Step_6',
      'Step_7',
      'Step_8',
      'Step_9',
      'Step_10',
    ]);
  });
});
