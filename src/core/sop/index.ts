export { parseSopDate, type SopDate } from './sop-date';
export type {
  DecisionExits,
  DocumentAct,
  MutuBakuRow,
  PerUnit,
  RelatedSop,
  SopApprover,
  SopDefinition,
  SopIdentity,
  SopLane,
  SopStep,
  StepKind,
  TimeStandard,
} from './sop-definition';
export { DOCUMENT_ACTS } from './sop-definition';
export { type SopFieldError, sopError, sopFieldName } from './sop-field-error';
export {
  decisionExits,
  followingStepNo,
  isDecision,
  isEnd,
  nextStepNo,
  startStep,
  stepByNo,
  successors,
} from './sop-flow';
export { sumTimeStandards } from './sum-time-standards';
export { timeStandard } from './time-standard';
export { toFlow } from './to-flow';
export { type LaneMapping, validateForPublish } from './validate-for-publish';
export { validateSop } from './validate-sop';
