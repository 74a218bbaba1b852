// A consent (OAuth 2) connect, without the DOM: the URLs the wizard opens and asks, and
// which messages it believes. A message counts only from the start URL's origin, with the
// state this wizard made for this attempt, in the shape the server handler posts.
import type { ConsentAuth } from '../schema/platform-definition.js';

/** What came of a consent, as the server handler tells it (a message, or `GET …/oauth/outcome`). */
export type ConsentResult =
  | { status: 'connected'; grantId: string; account?: string }
  | { status: 'denied' | 'failed'; error?: string }
  | { status: 'pending' };

/** 32 random bytes as hex: the `state` of one attempt, which no one else can guess. */
export const newConsentState = () => Array.from(crypto.getRandomValues(new Uint8Array(32)), (b) => b.toString(16).padStart(2, '0')).join('');

const fill = (template: string, endpoint: string, platform: string) =>
  template.replaceAll('{endpoint}', endpoint.replace(/\/+$/, '')).replaceAll('{platform}', encodeURIComponent(platform));

export interface StartInput {
  platform: string;
  endpoint: string;
  state: string;
  /** The page's origin: where the callback page posts its message. */
  origin: string;
  /** The values the definition sends to `start` (Shopify's shop). */
  params: Record<string, string>;
  /** For a full-page redirect: the page to come back to. */
  returnTo?: string;
}

/** The URL the popup (or the page, when redirected) opens, absolute against `base`. */
export function consentStartUrl(auth: ConsentAuth, input: StartInput, base: string): string {
  const url = new URL(fill(auth.start ?? '{endpoint}/oauth/{platform}/start', input.endpoint, input.platform), base);
  for (const [name, value] of Object.entries(input.params)) url.searchParams.set(name, value);
  url.searchParams.set('state', input.state);
  url.searchParams.set('origin', input.origin);
  if (input.returnTo) url.searchParams.set('return_to', input.returnTo);
  return url.href;
}

/** Where to ask what came of `state`. */
export function consentOutcomeUrl(auth: ConsentAuth, endpoint: string, platform: string, state: string, base: string): string {
  const url = new URL(fill(auth.outcome ?? '{endpoint}/oauth/outcome', endpoint, platform), base);
  url.searchParams.set('state', state);
  return url.href;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const shortText = (v: unknown) => (typeof v === 'string' && v.length > 0 && v.length <= 200 ? v : undefined);

/** A result in the handler's shape (`status`, `grant_id`, `account`, `error`), or `undefined` for anything else. */
export function readConsentResult(body: unknown): ConsentResult | undefined {
  if (!isRecord(body)) return undefined;
  const { status } = body;
  if (status === 'connected') {
    const grantId = shortText(body.grant_id);
    const account = shortText(body.account);
    return grantId ? { status, grantId, ...(account && { account }) } : undefined;
  }
  if (status === 'denied' || status === 'failed') {
    const error = shortText(body.error);
    return { status, ...(error && { error }) };
  }
  return status === 'pending' ? { status } : undefined;
}

/**
 * The result a `message` event carries, when it is the callback page's answer to this
 * attempt: from `origin`, marked as ours, with our `state`. Anything else is ignored.
 */
export function acceptConsentMessage(event: { origin: string; data: unknown }, origin: string, state: string): Exclude<ConsentResult, { status: 'pending' }> | undefined {
  const { data } = event;
  if (event.origin !== origin || !isRecord(data)) return undefined;
  if (data.source !== 'add-connection-wizard' || data.type !== 'consent-result' || data.state !== state) return undefined;
  const result = readConsentResult(data);
  return result && result.status !== 'pending' ? result : undefined;
}

/** The popup's features: a window sized for a sign-in page, centred over the page. */
export function popupFeatures(screen: { width: number; height: number; left: number; top: number }): string {
  const width = Math.min(520, screen.width);
  const height = Math.min(720, screen.height);
  const left = Math.round(screen.left + (screen.width - width) / 2);
  const top = Math.round(screen.top + (screen.height - height) / 2);
  return `popup,width=${width},height=${height},left=${left},top=${top}`;
}
