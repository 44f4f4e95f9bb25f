import { invalid } from '../errors';
import type { Flow, FlowStep } from '../run/flow';
import type { SopDefinition } from './sop-definition';
import { decisionExits, isDecision, isEnd, nextStepNo } from './sop-flow';
import { validateSop } from './validate-sop';

/**
 * Projects a sound SOP definition onto what the run engine needs, with every default resolved: a
 * process step's `next` is explicit (null only on an end step), a decision's exits are both filled.
 * Throws a validation error (`VALIDATION_FAILED`) when the definition is not sound.
 */
export function toFlow(def: SopDefinition): Flow {
  const errors = validateSop(def);
  if (errors.length > 0) throw invalid(errors);
  const steps = [...def.steps]
    .sort((a, b) => a.no - b.no)
    .map((step): FlowStep => {
      const flowStep: FlowStep = {
        no: step.no,
        lane: step.lane,
        kinds: [...step.kinds],
        activity: step.activity,
        timeStandards: step.mutuBaku.flatMap((row) => (row.time?.duration ? [{ ...row.time.duration }] : [])),
        outputs: step.mutuBaku.map((row) => row.output).filter((output) => output.trim() !== ''),
      };
      if (isDecision(step)) {
        const exits = decisionExits(def, step);
        flowStep.exits = { yes: exits.yes!, no: exits.no! };
      } else {
        flowStep.next = isEnd(step) ? null : nextStepNo(def, step);
      }
      if (step.perUnit) flowStep.perUnit = { unitKinds: [...step.perUnit.unitKinds] };
      if (step.paraf) flowStep.paraf = true;
      if (step.signature) flowStep.signature = true;
      if (step.meeting) flowStep.meeting = true;
      // A definition stored before document acts existed has none (undefined).
      if (step.documentActs?.length) flowStep.documentActs = [...step.documentActs];
      return flowStep;
    });
  return { steps };
}
