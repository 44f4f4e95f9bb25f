import { describe, expect, it } from 'vitest';
import { problemTarget } from './problem-target';

describe('problemTarget', () => {
  it('places publish problems by step number and lane key', () => {
    expect(problemTarget('steps[7].exits.no')).toEqual({ area: 'step', stepNo: 7, part: 'exits.no' });
    expect(problemTarget('steps[4].mutuBaku[1].time')).toEqual({
      area: 'step',
      stepNo: 4,
      part: 'mutuBaku.1.time',
    });
    expect(problemTarget('steps[3]')).toEqual({ area: 'step', stepNo: 3, part: '' });
    expect(problemTarget('lanes[kabid]')).toEqual({ area: 'lane', key: 'kabid', index: null, part: '' });
    expect(problemTarget('identity.approvedBy.nip')).toEqual({ area: 'identity', part: 'approvedBy.nip' });
    expect(problemTarget('steps')).toEqual({ area: 'general', part: 'steps' });
  });

  it('places request-shape errors by array position', () => {
    expect(problemTarget('definition.steps.6.activity')).toEqual({
      area: 'step',
      stepNo: 7,
      part: 'activity',
    });
    expect(problemTarget('definition.lanes.2.label')).toEqual({
      area: 'lane',
      key: null,
      index: 2,
      part: 'label',
    });
    expect(problemTarget('definition.code')).toEqual({ area: 'identity', part: 'code' });
    expect(problemTarget('steps[#2].no')).toEqual({ area: 'step', stepNo: 3, part: 'no' });
  });
});
