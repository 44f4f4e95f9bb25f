import type { SopDefinition, SopStep } from '../../core/sop';
import { decisionExits, isDecision, isEnd, nextStepNo, stepByNo } from '../../core/sop';
import {
  endEventId,
  gatewayId,
  laneId,
  returnVariable,
  START_EVENT_ID,
  stepElementId,
  unitCountVariable,
} from './bpmn-ids';

export type BpmnNodeType = 'bpmn:StartEvent' | 'bpmn:EndEvent' | 'bpmn:UserTask' | 'bpmn:ExclusiveGateway';

export interface BpmnNode {
  id: string;
  type: BpmnNodeType;
  name: string;
  laneId: string;
  /** Left-to-right position in the diagram. */
  column: number;
  /** The step the node belongs to (its documentation payload goes on the step's main node). */
  step: SopStep;
  /** True on the node that carries the step's payload. */
  main: boolean;
}

export interface BpmnFlow {
  id: string;
  source: string;
  target: string;
  name: string | null;
  /** The gateway's default flow (Ya). */
  isDefault: boolean;
  /** Condition body (Tidak exit). */
  condition: string | null;
}

export interface BpmnGraph {
  nodes: BpmnNode[];
  flows: BpmnFlow[];
}

function hasWork(step: SopStep): boolean {
  return step.kinds.includes('process') || isDecision(step);
}

/** The node control enters when it goes to a step. */
export function entryNodeId(step: SopStep): string {
  return stepElementId(step.no);
}

/**
 * Projects an SOP onto BPMN nodes and sequence flows: a step with work is a user task `Step_n`; a
 * decision adds an exclusive gateway `Gateway_n` after its task, whose Ya flow is the default and
 * whose Tidak flow has a condition; a start step is preceded by the start event, an end step followed
 * by its own end event. A bare start or end capsule (no work) is the event itself, named `Step_n`.
 */
export function sopBpmnGraph(def: SopDefinition): BpmnGraph {
  const nodes: BpmnNode[] = [];
  const flows: BpmnFlow[] = [];
  const steps = [...def.steps].sort((a, b) => a.no - b.no);
  let column = 0;
  const flow = (source: string, target: string, extra: Partial<BpmnFlow> = {}) => {
    flows.push({
      id: `Flow_${source}_${target}`,
      source,
      target,
      name: null,
      isDefault: false,
      condition: null,
      ...extra,
    });
  };
  const targetOf = (no: number | null): string | null => {
    if (no === null) return null;
    const step = stepByNo(def, no);
    return step ? entryNodeId(step) : null;
  };

  for (const step of steps) {
    const lane = laneId(step.lane);
    const add = (id: string, type: BpmnNodeType, name: string, main: boolean) => {
      nodes.push({ id, type, name, laneId: lane, column: column++, step, main });
    };
    const isStart = step.kinds.includes('start');
    if (!hasWork(step)) {
      // A bare capsule: the event is the step.
      add(stepElementId(step.no), isStart ? 'bpmn:StartEvent' : 'bpmn:EndEvent', step.activity, true);
      const next = isEnd(step) ? null : targetOf(nextStepNo(def, step));
      if (next) flow(stepElementId(step.no), next);
      continue;
    }
    if (isStart) {
      add(START_EVENT_ID, 'bpmn:StartEvent', 'Mulai', false);
      flow(START_EVENT_ID, stepElementId(step.no));
    }
    add(stepElementId(step.no), 'bpmn:UserTask', step.activity, true);
    if (isDecision(step)) {
      add(gatewayId(step.no), 'bpmn:ExclusiveGateway', `Keputusan langkah ${step.no}`, false);
      flow(stepElementId(step.no), gatewayId(step.no));
      const exits = decisionExits(def, step);
      const yes = targetOf(exits.yes);
      const no = targetOf(exits.no);
      if (yes) flow(gatewayId(step.no), yes, { name: 'Ya', isDefault: true });
      if (no) {
        flow(gatewayId(step.no), no, {
          name: 'Tidak',
          condition: `\${environment.variables.${returnVariable(step.no)}}`,
        });
      }
    } else if (isEnd(step)) {
      add(endEventId(step.no), 'bpmn:EndEvent', 'Selesai', false);
      flow(stepElementId(step.no), endEventId(step.no));
    } else {
      const next = targetOf(nextStepNo(def, step));
      if (next) flow(stepElementId(step.no), next);
    }
  }
  return { nodes, flows };
}

/** Loop cardinality of a per-unit step in a run of the export (see `unitCountVariable`). */
export function loopCardinalityExpression(no: number): string {
  return `\${environment.variables.${unitCountVariable(no)}}`;
}
