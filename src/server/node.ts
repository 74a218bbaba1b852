/// <reference types="node" />
// `add-connection-wizard/server/node`: the fetch handler on `node:http` (and on anything
// built on it: Express, Fastify's raw server, Koa). The one file of the server entry that
// needs Node.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';

export interface NodeListenerOptions {
  /** Used for `request.url` when the Host header is missing. Default `http://localhost`. */
  origin?: string;
}

/** The `Request` a fetch handler expects, from Node's `IncomingMessage`; its body streams, unread. */
export function toRequest(req: IncomingMessage, res: ServerResponse, options: NodeListenerOptions = {}): Request {
  const origin = req.headers.host ? `http://${req.headers.host}` : (options.origin ?? 'http://localhost');
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  // The client went away: the handler's hooks see `request.signal` aborted.
  const controller = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  return new Request(new URL(req.url ?? '/', origin), {
    method: req.method,
    headers,
    signal: controller.signal,
    ...(hasBody && { body: Readable.toWeb(req) as unknown as ReadableStream<Uint8Array>, duplex: 'half' }),
  } as RequestInit);
}

/** Writes a fetch `Response` to Node's `ServerResponse`, streaming its body. */
export async function writeResponse(response: Response, res: ServerResponse): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    headers[name] = name === 'set-cookie' ? response.headers.getSetCookie() : value;
  });
  res.writeHead(response.status, headers);
  if (!response.body) {
    res.end();
    return;
  }
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    if (!res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve));
  }
  res.end();
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
    handler(toRequest(req, res, options))
      .then((response) => writeResponse(response, res))
      .catch((error: unknown) => {
        console.error('add-connection-wizard/server: the handler failed:', error);
        if (res.headersSent) return void res.destroy();
        res.writeHead(500, { 'Content-Type': 'application/problem+json' });
        res.end(JSON.stringify({ type: 'about:blank', title: 'Internal Server Error', status: 500 }));
      });
  };
}
