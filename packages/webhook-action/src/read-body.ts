import { ProblemError, problem } from './problem.js';

/** Reads the raw body, refusing more than `maxBytes` (413) whether or not Content-Length is honest. */
export async function readLimitedText(request: Request, maxBytes: number): Promise<string> {
  const tooLarge = () =>
    new ProblemError(
      problem(413, 'body-too-large', 'Body too large', `The request body must be at most ${maxBytes} bytes.`),
    );
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw tooLarge();
  // HTTP framing delivers exactly Content-Length bytes, so a declared small body is read in one go: on Node this
  // skips building a web stream per request (@hono/node-server reads the socket directly).
  if (request.headers.has('content-length')) {
    const bytes = new Uint8Array(await request.arrayBuffer());
    if (bytes.byteLength > maxBytes) throw tooLarge();
    return decodeUtf8(bytes);
  }
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return decodeUtf8(bytes);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new ProblemError(problem(400, 'malformed-body', 'Malformed body', 'The body is not valid UTF-8.'));
  }
}

/** JSON object or form fields → a plain record. Empty body → {}. */
export function parseBody(text: string, contentType: string | null): Record<string, unknown> {
  if (text.trim() === '') return {};
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/x-www-form-urlencoded') {
    // `curl -d '{"recipient":…}'` without a Content-Type sends JSON labelled as a form: say so, rather than
    // answering with one unknown field made of the whole body.
    if (text.trimStart().startsWith('{')) {
      throw new ProblemError(
        problem(
          415,
          'unsupported-media-type',
          'JSON sent as a form',
          'The body looks like JSON but its Content-Type is application/x-www-form-urlencoded (curl -d sends that ' +
            'by default): add the header Content-Type: application/json.',
        ),
      );
    }
    const fields: Record<string, unknown> = {};
    for (const [key, value] of new URLSearchParams(text)) {
      if (!Object.hasOwn(fields, key)) fields[key] = value;
    }
    return fields;
  }
  if (type === 'application/json' || type.endsWith('+json')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new ProblemError(problem(400, 'malformed-body', 'Malformed JSON', 'The body is not valid JSON.'));
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new ProblemError(problem(400, 'malformed-body', 'Malformed JSON', 'The body must be a JSON object.'));
    }
    return parsed as Record<string, unknown>;
  }
  throw new ProblemError(
    problem(
      415,
      'unsupported-media-type',
      'Unsupported content type',
      'Send application/json or application/x-www-form-urlencoded.',
    ),
  );
}
