/** System codes that prove no connection was made, so the server cannot have seen the request. */
export const NOT_SENT_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** The system codes on an error, its cause chain and inside an AggregateError (Node tries several addresses). */
export function systemCodes(error: unknown, depth = 0): string[] {
  if (typeof error !== 'object' || error === null || depth > 5) return [];
  const record = error as { code?: unknown; cause?: unknown; errors?: unknown };
  const own = typeof record.code === 'string' ? [record.code] : [];
  const nested = Array.isArray(record.errors) ? record.errors.flatMap((e) => systemCodes(e, depth + 1)) : [];
  return [...own, ...nested, ...systemCodes(record.cause, depth + 1)];
}

/** True only when codes were found and every one of them proves the request never left. */
export function provesNotSent(codes: readonly string[]): boolean {
  return codes.length > 0 && codes.every((code) => NOT_SENT_CODES.has(code));
}
