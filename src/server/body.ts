// Reading a request body the way a hostile client cannot exploit: a size cap checked while
// the body streams in (a missing or lying Content-Length gains nothing), the media type
// checked first, and JSON parse errors answered without echoing the body.
import { httpProblem, type Problem } from './problems.js';

/** The media type of a header value, without parameters, lower-cased. */
const mediaType = (header: string | null) => (header ?? '').split(';')[0].trim().toLowerCase();

/**
 * The JSON body of `request`, or the problem to answer: 415 for another media type than
 * `accepted`, 413 past `maxBytes`, 400 for a body that is not JSON.
 */
export async function readJson(request: Request, accepted: readonly string[], maxBytes: number): Promise<{ value: unknown } | { problem: Problem; headers?: Record<string, string> }> {
  const type = mediaType(request.headers.get('Content-Type'));
  if (!accepted.includes(type)) {
    const headers: Record<string, string> = accepted.includes('application/merge-patch+json') ? { 'Accept-Patch': accepted.join(', ') } : {};
    return { problem: httpProblem(415, `Send the body as ${accepted.join(' or ')}.`), headers };
  }
  const tooLarge = { problem: httpProblem(413, `The body is larger than ${maxBytes} bytes.`) };
  const declared = Number(request.headers.get('Content-Length'));
  if (Number.isFinite(declared) && declared > maxBytes) return tooLarge;

  // Firefox has no `Request.body` stream (the demo and tests run the handler there under
  // msw): read the whole body, its size checked once it is in.
  const stream = (request as { body?: ReadableStream<Uint8Array> | null }).body;
  if (stream === undefined) {
    const whole = new Uint8Array(await request.arrayBuffer());
    return whole.byteLength > maxBytes ? tooLarge : parse(whole);
  }
  const reader = stream?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        void reader.cancel().catch(() => {});
        return tooLarge;
      }
      chunks.push(value);
    }
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return parse(bytes);
}

function parse(bytes: Uint8Array): { value: unknown } | { problem: Problem } {
  try {
    return { value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
  } catch {
    return { problem: httpProblem(400, 'The body is not valid JSON.') };
  }
}
