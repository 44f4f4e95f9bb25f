export { returnVariable, unitCountVariable } from './bpmn-ids';
export { readSopBpmn } from './read-sop-bpmn';
export { SOP_BPMN_FORMAT } from './sop-bpmn-payload';
export { writeSopBpmn } from './write-sop-bpmn';
