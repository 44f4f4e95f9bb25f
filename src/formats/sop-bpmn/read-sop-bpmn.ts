import { BpmnModdle, type ModdleElement } from 'bpmn-moddle';
import { type FieldError, fieldError, invalid } from '../../core/errors';
import {
  followingStepNo,
  type SopDefinition,
  type SopIdentity,
  type SopStep,
  type StepKind,
  validateSop,
} from '../../core/sop';
import { laneKeyFromId, stepNoFromId } from './bpmn-ids';
import { JSON_TEXT_FORMAT, type ProcessPayload, SOP_BPMN_FORMAT, type StepPayload } from './sop-bpmn-payload';

/**
 * Reads a BPMN 2.0 file written by `writeSopBpmn` (or edited since in a modeler) back into an SOP.
 * Lanes, step names, flows, Ya/Tidak exits and multi-instance come from the BPMN structure; the
 * identity, Mutu Baku, notes and flags from Alur's JSON documentation. Throws `VALIDATION_FAILED`
 * naming the file and the element (`Step_7`, `Gateway_7`) or the SOP field at fault.
 */
export async function readSopBpmn(xml: string, fileName: string): Promise<SopDefinition> {
  const fail = (where: string, id: string, en: string): never => {
    throw invalid([fieldError(`${fileName}: ${where}`, `${fileName}: ${id}`, `${fileName}: ${en}`)], {
      id: `Berkas BPMN ${fileName} tidak dapat dibaca sebagai SOP.`,
      en: `BPMN file ${fileName} cannot be read as an SOP.`,
    });
  };
  const moddle = new BpmnModdle();
  let definitions: ModdleElement;
  try {
    definitions = (await moddle.fromXML(xml)).rootElement;
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return fail('berkas', `bukan XML BPMN 2.0 yang sah (${detail}).`, `not valid BPMN 2.0 XML (${detail}).`);
  }
  const process = (definitions.rootElements ?? []).find((e: ModdleElement) => e.$type === 'bpmn:Process');
  if (!process) return fail('bpmn:process', 'tidak ada proses (bpmn:process).', 'there is no bpmn:process.');

  const payload = jsonDocumentation<ProcessPayload>(process);
  if (!payload || payload.format !== SOP_BPMN_FORMAT) {
    return fail(
      `bpmn:process ${process.id}`,
      `proses tidak membawa data SOP Alur (dokumentasi JSON ${SOP_BPMN_FORMAT}).`,
      `the process carries no Alur SOP data (JSON documentation ${SOP_BPMN_FORMAT}).`,
    );
  }

  const laneOfNode = new Map<string, string>();
  const lanes = (process.laneSets ?? []).flatMap((set: ModdleElement) =>
    (set.lanes ?? []).map((lane: ModdleElement) => {
      const key = laneKeyFromId(lane.id) ?? slug(lane.name ?? lane.id);
      for (const node of lane.flowNodeRef ?? []) laneOfNode.set(node.id, key);
      return { key, label: String(lane.name ?? key) };
    }),
  );

  const flowElements: ModdleElement[] = process.flowElements ?? [];
  const byId = new Map(flowElements.map((e) => [e.id as string, e]));
  const outgoing = (node: ModdleElement): ModdleElement[] =>
    flowElements.filter((e) => e.$type === 'bpmn:SequenceFlow' && e.sourceRef?.id === node.id);
  const incoming = (node: ModdleElement): ModdleElement[] =>
    flowElements.filter((e) => e.$type === 'bpmn:SequenceFlow' && e.targetRef?.id === node.id);

  const stepNodes = flowElements.filter(
    (e) =>
      e.$type !== 'bpmn:SequenceFlow' && (jsonDocumentation<StepPayload>(e) || stepNoFromId(e.id) !== null),
  );
  const noOfNode = new Map<string, number>();
  for (const node of stepNodes) {
    const no = jsonDocumentation<StepPayload>(node)?.no ?? stepNoFromId(node.id);
    if (no !== null && no !== undefined) noOfNode.set(node.id, no);
  }
  const errors: FieldError[] = [];
  /** The step a flow leads to (null for an end event or a gateway). */
  const stepTarget = (flow: ModdleElement | undefined): number | null => {
    const target = flow?.targetRef ? byId.get(flow.targetRef.id) : undefined;
    if (!target) return null;
    return noOfNode.get(target.id) ?? null;
  };

  const steps: SopStep[] = stepNodes.map((node) => {
    const data = jsonDocumentation<StepPayload>(node);
    const no = noOfNode.get(node.id)!;
    const isTask = node.$type !== 'bpmn:StartEvent' && node.$type !== 'bpmn:EndEvent';
    const out = outgoing(node);
    const gateway = out
      .map((f) => byId.get(f.targetRef?.id))
      .find((e) => e?.$type === 'bpmn:ExclusiveGateway');
    const kinds: StepKind[] = [];
    const startsHere =
      node.$type === 'bpmn:StartEvent' ||
      incoming(node).some((f) => byId.get(f.sourceRef?.id)?.$type === 'bpmn:StartEvent');
    const endsHere =
      node.$type === 'bpmn:EndEvent' || out.some((f) => byId.get(f.targetRef?.id)?.$type === 'bpmn:EndEvent');
    if (startsHere) kinds.push('start');
    if (gateway) kinds.push('decision');
    else if (isTask) kinds.push('process');
    if (endsHere) kinds.push('end');

    const step: SopStep = {
      no,
      activity: String(node.name ?? ''),
      lane: laneOfNode.get(node.id) ?? '',
      laneReading: data?.laneReading ?? null,
      kinds: data && sameKinds(data.kinds, kinds) ? data.kinds : kinds,
      mutuBaku: data?.mutuBaku ?? [],
      note: data?.note ?? null,
      next: null,
      exits: null,
      perUnit: node.loopCharacteristics ? { unitKinds: data?.unitKinds ?? ['bidang'] } : null,
      meeting: data?.meeting ?? false,
      paraf: data?.paraf ?? false,
      signature: data?.signature ?? false,
      // A hand-edited payload may hold anything here; validateSop names an unknown act by its step.
      documentActs: Array.isArray(data?.documentActs) ? [...data.documentActs] : [],
    };
    if (gateway) {
      const exits = outgoing(gateway);
      const yesFlow = exits.find((f) => /^(ya|y)$/i.test(String(f.name ?? '').trim())) ?? gateway.default;
      const noFlow = exits.find((f) => /^(tidak|t)$/i.test(String(f.name ?? '').trim()));
      if (!yesFlow || !noFlow || exits.length !== 2) {
        errors.push(
          fieldError(
            `${fileName}: ${gateway.id}`,
            `${fileName}: gerbang ${gateway.id} (langkah ${no}) harus punya dua alur keluar bernama Ya dan Tidak.`,
            `${fileName}: gateway ${gateway.id} (step ${no}) needs two outgoing flows named Ya and Tidak.`,
          ),
        );
      }
      step.exits = { yes: stepTarget(yesFlow), no: stepTarget(noFlow) };
    } else if (!endsHere) {
      const targets = out.map((f) => stepTarget(f)).filter((n): n is number => n !== null);
      if (targets.length > 1) {
        errors.push(
          fieldError(
            `${fileName}: ${node.id}`,
            `${fileName}: ${node.id} (langkah ${no}) punya lebih dari satu alur keluar tanpa gerbang.`,
            `${fileName}: ${node.id} (step ${no}) has more than one outgoing flow without a gateway.`,
          ),
        );
      }
      step.next = targets[0] ?? null;
    }
    return step;
  });

  const def: SopDefinition = {
    code: payload.code,
    agency: payload.agency,
    identity: payload.identity as SopIdentity,
    lanes,
    steps: steps.sort((a, b) => a.no - b.no),
    curationNotes: payload.curationNotes ?? [],
  };
  // A target equal to the following step is the sheet's default unless the file declared it.
  for (const step of def.steps) {
    const data = jsonDocumentation<StepPayload>(stepNodes.find((n) => noOfNode.get(n.id) === step.no)!);
    const following = followingStepNo(def, step.no);
    if (step.next !== null && step.next === following && data?.next !== step.next) step.next = null;
    if (
      step.exits &&
      step.exits.yes !== null &&
      step.exits.yes === following &&
      data?.yes !== step.exits.yes
    ) {
      step.exits.yes = null;
    }
  }
  if (errors.length > 0) throw invalid(errors);
  const problems = validateSop(def);
  if (problems.length > 0) {
    throw invalid(
      problems.map((p) =>
        fieldError(`${fileName}: ${p.field}`, `${fileName}: ${p.message.id}`, `${fileName}: ${p.message.en}`),
      ),
    );
  }
  return def;
}

function jsonDocumentation<T>(element: ModdleElement | undefined): T | null {
  const doc = (element?.documentation ?? []).find((d: ModdleElement) => d.textFormat === JSON_TEXT_FORMAT);
  if (!doc?.text) return null;
  try {
    return JSON.parse(doc.text) as T;
  } catch {
    return null;
  }
}

function sameKinds(a: StepKind[], b: StepKind[]): boolean {
  return a.length === b.length && a.every((kind) => b.includes(kind));
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
