import { describe, expect, it } from 'vitest';
import { dedupeBySession } from '../nodes/PlivoVerify/dedupe-sessions';

async function* pages(): AsyncGenerator<{ session_uuid: string; n: number }> {
  // A session created while paging shifts the newest-first list: 'b' comes again on the next page.
  yield { session_uuid: 'a', n: 1 };
  yield { session_uuid: 'b', n: 2 };
  yield { session_uuid: 'b', n: 3 };
  yield { session_uuid: 'c', n: 4 };
}

describe('dedupeBySession', () => {
  it('yields each session once, the first time it comes', async () => {
    const seen: number[] = [];
    for await (const session of dedupeBySession(pages())) seen.push(session.n);
    expect(seen).toEqual([1, 2, 4]);
  });
});
