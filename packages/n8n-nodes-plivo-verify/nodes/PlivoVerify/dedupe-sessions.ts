/**
 * Skips a session already yielded. Plivo's list is newest first and paged by offset, so a session created while
 * Return All pages through shifts the rest down and one would come twice (core's paging is left as it is).
 */
export async function* dedupeBySession<T extends { readonly session_uuid?: unknown }>(
  sessions: AsyncIterable<T>,
): AsyncGenerator<T> {
  const seen = new Set<unknown>();
  for await (const session of sessions) {
    if (session.session_uuid !== undefined && seen.has(session.session_uuid)) continue;
    seen.add(session.session_uuid);
    yield session;
  }
}
