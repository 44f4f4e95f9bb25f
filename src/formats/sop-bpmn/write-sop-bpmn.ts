import { BpmnModdle, type ModdleElement } from 'bpmn-moddle';
import type { SopDefinition } from '../../core/sop';
import { layoutBpmnDiagram } from './bpmn-diagram-layout';
import { laneId, safeIdPart } from './bpmn-ids';
import { loopCardinalityExpression, sopBpmnGraph } from './sop-bpmn-graph';
import { JSON_TEXT_FORMAT, type ProcessPayload, SOP_BPMN_FORMAT, type StepPayload } from './sop-bpmn-payload';

/** Namespace of the exported definitions; an identifier, not an address anything fetches. */
const TARGET_NAMESPACE = 'urn:alur:sop';

/**
 * Writes an SOP as BPMN 2.0 XML with diagram interchange, for modelers and BPMN engines:
 * one lane per role (`Lane_<key>`), a user task per step (`Step_<no>`, named by its activity),
 * an exclusive gateway after a decision with named flows `Ya` (the default) and `Tidak` (condition
 * `${environment.variables.returned_<no>}`), start and end events, per-unit steps as parallel
 * multi-instance tasks (cardinality `${environment.variables.unitCount_<no>}`).
 * Mutu Baku, time standards, notes, flags and the identity travel as JSON documentation beside a
 * readable text, so `readSopBpmn` gives the same definition back.
 *
 * @example const xml = await writeSopBpmn(def); // '<?xml version="1.0" ...<bpmn:definitions ...'
 */
export async function writeSopBpmn(def: SopDefinition): Promise<string> {
  const moddle = new BpmnModdle();
  const graph = sopBpmnGraph(def);
  const processId = `Process_${safeIdPart(def.code)}`;
  const laneIds = def.lanes.map((lane) => laneId(lane.key));
  const layout = layoutBpmnDiagram(graph, laneIds);
  const docs = (text: string, json: unknown): ModdleElement[] => [
    moddle.create('bpmn:Documentation', { text }),
    moddle.create('bpmn:Documentation', { text: JSON.stringify(json), textFormat: JSON_TEXT_FORMAT }),
  ];

  const elements = new Map<string, ModdleElement>();
  for (const node of graph.nodes) {
    const attrs: Record<string, unknown> = { id: node.id, name: node.name };
    if (node.main) {
      attrs.documentation = docs(stepText(node.step), stepPayload(node.step));
      if (node.step.perUnit && node.type === 'bpmn:UserTask') {
        attrs.loopCharacteristics = moddle.create('bpmn:MultiInstanceLoopCharacteristics', {
          isSequential: false,
          loopCardinality: moddle.create('bpmn:FormalExpression', {
            body: loopCardinalityExpression(node.step.no),
          }),
        });
      }
    }
    elements.set(node.id, moddle.create(node.type, attrs));
  }
  const flows = graph.flows.map((flow) => {
    const source = elements.get(flow.source)!;
    const target = elements.get(flow.target)!;
    const attrs: Record<string, unknown> = { id: flow.id, sourceRef: source, targetRef: target };
    if (flow.name) attrs.name = flow.name;
    if (flow.condition) {
      attrs.conditionExpression = moddle.create('bpmn:FormalExpression', { body: flow.condition });
    }
    const element = moddle.create('bpmn:SequenceFlow', attrs);
    source.get('outgoing').push(element);
    target.get('incoming').push(element);
    if (flow.isDefault) source.default = element;
    return element;
  });

  const lanes = def.lanes.map((lane) =>
    moddle.create('bpmn:Lane', {
      id: laneId(lane.key),
      name: lane.label,
      flowNodeRef: graph.nodes
        .filter((node) => node.laneId === laneId(lane.key))
        .map((n) => elements.get(n.id)),
    }),
  );
  const processPayload: ProcessPayload = {
    format: SOP_BPMN_FORMAT,
    code: def.code,
    agency: def.agency,
    identity: def.identity,
    curationNotes: def.curationNotes,
  };
  const process = moddle.create('bpmn:Process', {
    id: processId,
    name: def.identity.title,
    isExecutable: true,
    documentation: docs(
      `SOP ${def.identity.number}: ${def.identity.title} (${def.identity.agencyName})`,
      processPayload,
    ),
    laneSets: [moddle.create('bpmn:LaneSet', { id: 'LaneSet_1', lanes })],
    flowElements: [...elements.values(), ...flows],
  });
  const participant = moddle.create('bpmn:Participant', {
    id: 'Participant_1',
    name: `${def.identity.agencyName}: ${def.identity.title}`,
    processRef: process,
  });
  const collaboration = moddle.create('bpmn:Collaboration', {
    id: 'Collaboration_1',
    participants: [participant],
  });

  const bounds = (b: { x: number; y: number; width: number; height: number }) =>
    moddle.create('dc:Bounds', { x: b.x, y: b.y, width: b.width, height: b.height });
  const planeElements: ModdleElement[] = [
    moddle.create('bpmndi:BPMNShape', {
      id: 'Participant_1_di',
      bpmnElement: participant,
      isHorizontal: true,
      bounds: bounds(layout.participant),
    }),
  ];
  for (const lane of lanes) {
    planeElements.push(
      moddle.create('bpmndi:BPMNShape', {
        id: `${lane.id}_di`,
        bpmnElement: lane,
        isHorizontal: true,
        bounds: bounds(layout.lanes.get(lane.id)!),
      }),
    );
  }
  for (const [id, element] of elements) {
    const shape: Record<string, unknown> = {
      id: `${id}_di`,
      bpmnElement: element,
      bounds: bounds(layout.shapes.get(id)!),
    };
    if (element.$type === 'bpmn:ExclusiveGateway') shape.isMarkerVisible = true;
    planeElements.push(moddle.create('bpmndi:BPMNShape', shape));
  }
  for (const flow of flows) {
    const edge: Record<string, unknown> = {
      id: `${flow.id}_di`,
      bpmnElement: flow,
      waypoint: layout.edges.get(flow.id)!.map((p) => moddle.create('dc:Point', { x: p.x, y: p.y })),
    };
    const label = layout.labels.get(flow.id);
    if (label) edge.label = moddle.create('bpmndi:BPMNLabel', { bounds: bounds(label) });
    planeElements.push(moddle.create('bpmndi:BPMNEdge', edge));
  }
  const diagram = moddle.create('bpmndi:BPMNDiagram', {
    id: 'Diagram_1',
    name: def.identity.title,
    plane: moddle.create('bpmndi:BPMNPlane', {
      id: 'Plane_1',
      bpmnElement: collaboration,
      planeElement: planeElements,
    }),
  });
  const definitions = moddle.create('bpmn:Definitions', {
    id: `Definitions_${safeIdPart(def.code)}`,
    targetNamespace: TARGET_NAMESPACE,
    exporter: 'Alur',
    rootElements: [collaboration, process],
    diagrams: [diagram],
  });
  const { xml } = await moddle.toXML(definitions, { format: true });
  return xml;
}

function stepPayload(step: SopDefinition['steps'][number]): StepPayload {
  return {
    no: step.no,
    kinds: step.kinds,
    mutuBaku: step.mutuBaku,
    note: step.note,
    next: step.next,
    yes: step.exits?.yes ?? null,
    unitKinds: step.perUnit?.unitKinds ?? null,
    meeting: step.meeting,
    paraf: step.paraf,
    signature: step.signature,
    documentActs: step.documentActs,
    laneReading: step.laneReading,
  };
}

/** The readable documentation a modeler shows: number, Mutu Baku rows, note. */
function stepText(step: SopDefinition['steps'][number]): string {
  const lines = [`Langkah ${step.no}`];
  for (const row of step.mutuBaku) {
    lines.push(`Kelengkapan: ${row.inputs} | Waktu: ${row.time?.written ?? '-'} | Output: ${row.output}`);
  }
  if (step.note) lines.push(`Keterangan: ${step.note}`);
  return lines.join('\n');
}
