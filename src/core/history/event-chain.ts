import { canonicalJson } from './canonical-json';

/**
 * A tamper-evident history: each event carries the hash of the one before it, so changing, removing or
 * reordering any event breaks every hash after it. The hash function is passed in (core does no I/O and
 * imports no platform crypto); services use SHA-256.
 */
export type HashFn = (text: string) => string;

/** The hash of the first event's predecessor. */
export const GENESIS_HASH = '0'.repeat(64);

export interface ChainLink {
  /** 1, 2, 3, … within one chain. */
  seq: number;
  prevHash: string;
  hash: string;
}

/** The hash of an event: over the previous hash and the canonical JSON of everything but `hash`. */
export function hashEvent<T extends ChainLink>(event: Omit<T, 'hash'>, hash: HashFn): string {
  const { hash: _ignored, ...body } = event as T;
  return hash(`${event.prevHash}\n${canonicalJson(body)}`);
}

/** Seals a new event onto a chain whose last link is `last` (or none). */
export function appendToChain<T extends ChainLink>(
  last: ChainLink | undefined,
  body: Omit<T, 'seq' | 'prevHash' | 'hash'>,
  hash: HashFn,
): T {
  const unsealed = { ...body, seq: (last?.seq ?? 0) + 1, prevHash: last?.hash ?? GENESIS_HASH } as Omit<
    T,
    'hash'
  >;
  return { ...unsealed, hash: hashEvent<T>(unsealed, hash) } as T;
}

export type ChainCheck = { ok: true; count: number } | { ok: false; seq: number; reason: string };

/** Walks a chain in order and names the first broken event. */
export function verifyChain<T extends ChainLink>(events: T[], hash: HashFn): ChainCheck {
  let prev: ChainLink | undefined;
  for (const event of events) {
    const expectedSeq = (prev?.seq ?? 0) + 1;
    if (event.seq !== expectedSeq)
      return { ok: false, seq: event.seq, reason: `expected event ${expectedSeq}` };
    if (event.prevHash !== (prev?.hash ?? GENESIS_HASH))
      return { ok: false, seq: event.seq, reason: 'previous hash does not match' };
    if (hashEvent(event, hash) !== event.hash)
      return { ok: false, seq: event.seq, reason: 'content changed' };
    prev = event;
  }
  return { ok: true, count: events.length };
}
