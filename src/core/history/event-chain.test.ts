import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';
import { appendToChain, type ChainLink, GENESIS_HASH, verifyChain } from './event-chain';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

interface Ev extends ChainLink {
  type: string;
  payload: unknown;
}

function chain(n: number): Ev[] {
  const events: Ev[] = [];
  for (let i = 0; i < n; i++) {
    events.push(appendToChain<Ev>(events.at(-1), { type: `t${i}`, payload: { i, note: 'x' } }, sha256));
  }
  return events;
}

describe('canonicalJson', () => {
  it('sorts keys at every level and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[1,{"y":2,"z":1}]},"b":1}',
    );
  });
});

describe('event chain', () => {
  it('links each event to the previous hash', () => {
    const events = chain(3);
    expect(events[0]!.prevHash).toBe(GENESIS_HASH);
    expect(events[1]!.prevHash).toBe(events[0]!.hash);
    expect(verifyChain(events, sha256)).toEqual({ ok: true, count: 3 });
  });

  it('names the first event whose content changed', () => {
    const events = chain(4);
    (events[1]!.payload as { note: string }).note = 'y';
    expect(verifyChain(events, sha256)).toEqual({ ok: false, seq: 2, reason: 'content changed' });
  });

  it('detects a removed event', () => {
    const events = chain(4);
    events.splice(2, 1);
    expect(verifyChain(events, sha256)).toMatchObject({ ok: false, seq: 4 });
  });

  it('detects a re-sealed event whose successor still points at the old hash', () => {
    const events = chain(3);
    const forged = appendToChain<Ev>(events[0], { type: 'forged', payload: {} }, sha256);
    events[1] = forged;
    expect(verifyChain(events, sha256)).toEqual({
      ok: false,
      seq: 3,
      reason: 'previous hash does not match',
    });
  });
});
