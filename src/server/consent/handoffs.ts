// "Send to merchant": a 3PL mints a short-lived, single-use link that carries a preset
// (merchant, warehouse, platform, name); the merchant's wizard reads the preset through
// the link's token and creates through it, and the handler enforces the preset on that
// create. Tokens are kept by their SHA-256 only: the store cannot hand out a live link.
import { presetProblem, type Preset } from '../../wizard/preset.js';
import type { HandlerStore } from '../store.js';
import type { CreatedConnection, Principal } from '../types.js';
import { randomToken, sha256Hex } from './pkce.js';

export interface HandoffOptions {
  /** The merchant page's URL for a token: `(token) => \`https://portal.example/connect?session=${token}\``. */
  link(token: string, request: Request): string;
  /** How long a link is good for. Default 72 hours; at most 30 days. */
  ttlMs?: number;
  /** Told when a merchant completed a hand-off (the webhook-style hook); the 3PL page can also poll its status. */
  onComplete?(handoff: { id: string; preset: Preset; user: Principal }, connection: CreatedConnection): void | Promise<void>;
}

export interface Handoff {
  id: string;
  user: Principal;
  preset: Preset;
  status: 'open' | 'completed';
  expires_at: string;
  connection_id?: string | number;
}

const maxTtl = 30 * 24 * 60 * 60 * 1000;
const key = (id: string) => `handoff:${id}`;
/** 410: the link made its connection already. */
export const gone = () => answer(410, { type: 'about:blank', title: 'Gone', status: 410, detail: 'This link was used already: the connection exists.' });
const answer = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' } });

export function handoffRoutes(options: HandoffOptions, store: HandlerStore) {
  const ttl = Math.min(options.ttlMs ?? 72 * 60 * 60 * 1000, maxTtl);
  const read = async (id: string) => JSON.parse((await store.get(key(id))) ?? 'null') as Handoff | null;

  /** `POST {base}/handoffs` `{ preset }`, by the 3PL: a link for the merchant and the id to follow it by. */
  async function mint(body: unknown, user: Principal, request: Request): Promise<Response> {
    const preset = (body as { preset?: unknown } | null)?.preset;
    const problem = presetProblem(preset);
    if (problem) return answer(422, { type: 'about:blank', title: 'Unprocessable Content', status: 422, detail: problem, errors: [{ pointer: '/preset', detail: problem }] });
    const token = randomToken(32);
    const id = await sha256Hex(token);
    const expires = new Date(Date.now() + ttl).toISOString();
    const handoff: Handoff = { id, user, preset: preset as Preset, status: 'open', expires_at: expires };
    await store.add(key(id), JSON.stringify(handoff), ttl);
    return answer(201, { id, url: options.link(token, request), expires_at: expires });
  }

  /** The hand-off behind a merchant's token, open or used, or the 404 to answer. */
  async function find(token: string): Promise<{ handoff: Handoff } | { response: Response }> {
    const handoff = /^[A-Za-z0-9_-]{43}$/.test(token) ? await read(await sha256Hex(token)) : null;
    if (!handoff) return { response: answer(404, { type: 'about:blank', title: 'Not Found', status: 404, detail: 'This link is not valid or has expired. Ask for a new one.' }) };
    return { handoff };
  }

  /** `GET {base}/sessions/{token}`, by the merchant's wizard: the preset to fix, while the link is open. */
  function preset(handoff: Handoff): Response {
    if (handoff.status !== 'open') return gone();
    return answer(200, { preset: handoff.preset, expires_at: handoff.expires_at });
  }

  /** Whether the hand-off is still open now (read again: another request may have used it meanwhile). */
  const isOpen = async (handoff: Handoff) => (await read(handoff.id))?.status === 'open';

  /** `GET {base}/handoffs/{id}`, by the 3PL who minted it: open or completed, and the connection. */
  async function status(id: string, user: Principal): Promise<Response> {
    const handoff = /^[0-9a-f]{64}$/.test(id) ? await read(id) : null;
    if (!handoff || handoff.user.id !== user.id) return answer(404, { type: 'about:blank', title: 'Not Found', status: 404, detail: 'There is no such hand-off.' });
    const { user: _owner, preset: _preset, ...visible } = handoff;
    return answer(200, visible);
  }

  /** Marks the hand-off used by `connection`, once; then tells the host. */
  async function complete(handoff: Handoff, connection: CreatedConnection): Promise<void> {
    const before = await store.get(key(handoff.id));
    if (!before) return;
    const done: Handoff = { ...handoff, status: 'completed', connection_id: connection.id };
    if (await store.replace(key(handoff.id), before, JSON.stringify(done), ttl)) {
      await options.onComplete?.({ id: handoff.id, preset: handoff.preset, user: handoff.user }, connection);
    }
  }

  return { mint, find, preset, isOpen, status, complete };
}
