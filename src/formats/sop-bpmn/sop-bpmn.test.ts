import { BpmnModdle } from 'bpmn-moddle';
import { describe, expect, it } from 'vitest';
import type { DomainError } from '../../core/errors';
import { aSop, aStep } from '../../core/sop/sop-test-builders';
import { readSopBpmn } from './read-sop-bpmn';
import { writeSopBpmn } from './write-sop-bpmn';

describe('writeSopBpmn / readSopBpmn', () => {
  it('writes lanes, user tasks, a gateway with Ya as default and Tidak as condition, and DI', async () => {
    const xml = await writeSopBpmn(aSop());
    const { rootElement, warnings, elementsById } = await new BpmnModdle().fromXML(xml);
    expect(warnings).toEqual([]);
    const process = rootElement.rootElements.find((e: { $type: string }) => e.$type === 'bpmn:Process');
    expect(process.laneSets[0].lanes.map((l: { name: string }) => l.name)).toEqual([
      'Kepala Dinas',
      'Sekretaris',
      'Staf',
    ]);
    const gateway = elementsById.Gateway_3!;
    expect(gateway.$type).toBe('bpmn:ExclusiveGateway');
    expect(gateway.default.name).toBe('Ya');
    expect(gateway.default.targetRef.id).toBe('Step_4');
    const tidak = gateway.outgoing.find((f: { name: string }) => f.name === 'Tidak');
    expect(tidak.targetRef.id).toBe('Step_2');
    expect(tidak.conditionExpression.body).toBe(['$', '{environment.variables.returned_3}'].join(''));
    expect(elementsById.Step_1!.$type).toBe('bpmn:UserTask');
    expect(elementsById.Start!.outgoing[0].targetRef.id).toBe('Step_1');
    expect(elementsById.End_5!.$type).toBe('bpmn:EndEvent');
    const shapes = rootElement.diagrams[0].plane.planeElement;
    const shapeOf = (id: string) =>
      shapes.find((s: { bpmnElement: { id: string } }) => s.bpmnElement.id === id);
    expect(shapeOf('Step_4').bounds.width).toBeGreaterThan(0);
    expect(shapeOf('Flow_Gateway_3_Step_2').waypoint.length).toBeGreaterThanOrEqual(2);
  });

  it('keeps a per-unit step as a parallel multi-instance task and reads it back', async () => {
    const def = aSop([
      aStep(1, { kinds: ['start', 'process'], lane: 'kadis' }),
      aStep(2, { perUnit: { unitKinds: ['bidang', 'sekretariat'] }, next: 4 }),
      aStep(3, { note: 'tidak pernah dicapai', kinds: ['process', 'end'] }),
      aStep(4, { kinds: ['process', 'end'], paraf: true, meeting: true }),
    ]);
    const xml = await writeSopBpmn(def);
    expect(xml).toContain('<bpmn:multiInstanceLoopCharacteristics>');
    const { elementsById } = await new BpmnModdle().fromXML(xml);
    expect(elementsById.Step_2!.loopCharacteristics.isSequential).toBe(false);
    // step 3 is unreachable, so the definition is unsound: the reader reports it by step.
    await expect(readSopBpmn(xml, 'contoh.bpmn')).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('round-trips a definition with explicit and default exits', async () => {
    const def = aSop();
    expect(await readSopBpmn(await writeSopBpmn(def), 'contoh.bpmn')).toEqual(def);
    const explicit = aSop();
    explicit.steps[2]!.exits = { yes: 4, no: 2 };
    expect(await readSopBpmn(await writeSopBpmn(explicit), 'contoh.bpmn')).toEqual(explicit);
  });

  it('round-trips document acts in the step payload, and reads a payload without them as none', async () => {
    const def = aSop();
    def.steps[0]!.documentActs = ['disposition_sheet'];
    def.steps[1]!.documentActs = ['collection_format'];
    def.steps[3]!.documentActs = ['report', 'cover_letter', 'letter_number'];
    def.steps[4]!.documentActs = ['send', 'archive'];
    const xml = await writeSopBpmn(def);
    expect(await readSopBpmn(xml, 'contoh.bpmn')).toEqual(def);
    const older = xml.replace(/,"documentActs":\[[^\]]*\]/g, '');
    expect(older).not.toContain('documentActs');
    const read = await readSopBpmn(older, 'lama.bpmn');
    expect(read.steps.map((s) => s.documentActs)).toEqual([[], [], [], [], []]);
  });

  it('names the step of an unknown document act in a hand-edited payload', async () => {
    const def = aSop();
    def.steps[3]!.documentActs = ['report'];
    const xml = (await writeSopBpmn(def)).replace('"documentActs":["report"]', '"documentActs":["laporan"]');
    const error = (await readSopBpmn(xml, 'ubah.bpmn').catch((e) => e)) as DomainError;
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.fields[0]!.message.id).toContain('Langkah 4: tindakan dokumen "laporan" tidak dikenal');
  });

  it('names the file when the XML is not BPMN, and the gateway when an exit lost its name', async () => {
    const error = (await readSopBpmn('<not-bpmn', 'rusak.bpmn').catch((e) => e)) as DomainError;
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.fields[0]!.message.id).toContain('rusak.bpmn');
    const xml = (await writeSopBpmn(aSop())).replace('name="Tidak"', 'name="Mungkin"');
    const broken = (await readSopBpmn(xml, 'ubah.bpmn').catch((e) => e)) as DomainError;
    expect(broken.fields.map((f) => f.field)).toContain('ubah.bpmn: Gateway_3');
    expect(broken.fields[0]!.message.en).toContain('needs two outgoing flows named Ya and Tidak');
  });
});
