// The demo's consent platform, "Etsy", played in the browser: its token endpoint (msw,
// checking the code once, the client secret and the PKCE verifier as a real one does) and
// a bridge for the popup's consent page (fake-consent.html). A popup's navigations never
// reach msw (it answers only the page that started it), so the consent page asks this page
// to run the handler's start and callback routes; the handler, its state, PKCE, token
// exchange and outcome are the package's real code.
import { http, HttpResponse } from 'msw';
import type { ConsentOptions } from '../src/server/index.js';

const clientId = 'demo-client';
const clientSecret = 'demo-client-secret';
const codes = new Map<string, { challenge: string; redirectUri: string }>();

const base64url = (bytes: ArrayBuffer) => btoa(String.fromCharCode(...new Uint8Array(bytes))).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
const challengeOf = async (verifier: string) => base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));

/** The handler's `consent` option for the demo: Etsy, whose tokens the demo "keeps" in memory. */
export const demoConsent: ConsentOptions = {
  providers: {
    etsy: {
      authorizeUrl: new URL('/fake-consent.html', location.href).href,
      tokenUrl: new URL('/demo-provider/token', location.href).href,
      clientId,
      clientSecret,
      scopes: ['transactions_r', 'shops_r'],
    },
  },
  async saveGrant({ tokens }) {
    // A real host encrypts the tokens into its database; the browser never sees them.
    void tokens;
    return { grantId: `grant-${crypto.randomUUID().slice(0, 8)}`, account: 'Northwind Candle Co. (demo shop)' };
  },
};

/** The provider's token endpoint. */
export const providerHandlers = [
  http.post('/demo-provider/token', async ({ request }) => {
    const form = new URLSearchParams(await request.text());
    const grant = codes.get(form.get('code') ?? '');
    codes.delete(form.get('code') ?? '');
    const valid = grant && form.get('client_secret') === clientSecret && form.get('redirect_uri') === grant.redirectUri &&
      (await challengeOf(form.get('code_verifier') ?? '')) === grant.challenge;
    if (!valid) return HttpResponse.json({ error: 'invalid_grant' }, { status: 400 });
    return HttpResponse.json({ access_token: `demo-at-${crypto.randomUUID()}`, refresh_token: 'demo-rt', token_type: 'bearer', expires_in: 3600 });
  }),
];

/** Answers the consent page: start (the handler's redirect to the consent page, with its PKCE challenge), then the callback. */
export function bridgeConsentPage(handler: (request: Request) => Promise<Response>) {
  window.addEventListener('message', async (event) => {
    const data = event.data as { source?: string; step?: string; search?: string; authorize?: string; allow?: boolean };
    // The popup's window is of another realm: `instanceof Window` is false for it, so ask for a source at all.
    const popup = event.source as Window | null;
    if (event.origin !== location.origin || data?.source !== 'demo-provider' || !popup) return;
    const reply = (message: object) => popup.postMessage({ source: 'demo-page', ...message }, location.origin);
    if (data.step === 'start') {
      const started = await handler(new Request(new URL(`/api/connections/oauth/etsy/start${data.search ?? ''}`, location.href)));
      reply({ step: 'authorize', url: started.headers.get('Location') ?? '', error: started.ok || started.status === 302 ? undefined : await started.text() });
    } else if (data.step === 'decide' && data.authorize) {
      const asked = new URL(data.authorize);
      const back = new URL(asked.searchParams.get('redirect_uri')!);
      back.searchParams.set('state', asked.searchParams.get('state') ?? '');
      if (data.allow) {
        const code = crypto.randomUUID();
        codes.set(code, { challenge: asked.searchParams.get('code_challenge') ?? '', redirectUri: back.href.split('?')[0] });
        back.searchParams.set('code', code);
      } else back.searchParams.set('error', 'access_denied');
      await handler(new Request(back));
      reply({ step: 'done' });
    }
  });
}
