/** Where in the editor a problem belongs. `part` is the rest of the field as a dotted path. */
export type ProblemTarget =
  | { area: 'step'; stepNo: number; part: string }
  | { area: 'lane'; key: string | null; index: number | null; part: string }
  | { area: 'identity'; part: string }
  | { area: 'general'; part: string };

/**
 * Reads a field name from the server into the place the editor shows it. Two spellings arrive:
 * publish problems name steps by number and lanes by key (`steps[7].exits.no`, `lanes[kabid]`),
 * while a 422 on the request's shape names array positions (`definition.steps.6.exits.no`). The
 * editor numbers its rows 1..n in order, so a position i is step i + 1.
 *
 * @example problemTarget('steps[4].mutuBaku[1].time') // { area: 'step', stepNo: 4, part: 'mutuBaku.1.time' }
 * @example problemTarget('definition.steps.6.activity') // { area: 'step', stepNo: 7, part: 'activity' }
 */
export function problemTarget(field: string): ProblemTarget {
  const path = field.replace(/^definition\.?/, '');
  const step = /^steps\[(\d+)\](.*)$/.exec(path) ?? /^steps\.(\d+)(.*)$/.exec(path);
  if (step) {
    const number = Number(step[1]);
    const stepNo = path.startsWith('steps[') ? number : number + 1;
    return { area: 'step', stepNo, part: dotted(step[2]!) };
  }
  const indexedStep = /^steps\[#(\d+)\](.*)$/.exec(path);
  if (indexedStep) return { area: 'step', stepNo: Number(indexedStep[1]) + 1, part: dotted(indexedStep[2]!) };
  const laneByKey = /^lanes\[([^\]#][^\]]*)\](.*)$/.exec(path);
  if (laneByKey) return { area: 'lane', key: laneByKey[1]!, index: null, part: dotted(laneByKey[2]!) };
  const laneByIndex = /^lanes(?:\[#|\.)(\d+)\]?(.*)$/.exec(path);
  if (laneByIndex)
    return { area: 'lane', key: null, index: Number(laneByIndex[1]), part: dotted(laneByIndex[2]!) };
  if (path.startsWith('identity.') || path === 'code')
    return { area: 'identity', part: path.replace(/^identity\./, '') };
  return { area: 'general', part: dotted(path) };
}

/** `[1].time` or `.1.time` → `1.time`. */
function dotted(rest: string): string {
  return rest
    .replace(/\[#?([^\]]+)\]/g, '.$1')
    .replace(/^\./, '')
    .replace(/\.\./g, '.');
}
