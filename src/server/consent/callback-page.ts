// The page the provider's redirect lands on in the popup: it hands the outcome to the
// wizard (postMessage to the opener's origin, and a BroadcastChannel for when a
// Cross-Origin-Opener-Policy cut the opener) and closes. Strict CSP: its one script runs by
// nonce; the outcome is data in a JSON script element, never text spliced into code.
import { randomToken } from './pkce.js';

/** What the wizard receives: never a token, only the grant reference the server keeps. */
export interface ConsentMessage {
  source: 'add-connection-wizard';
  type: 'consent-result';
  state: string;
  status: 'connected' | 'denied' | 'failed';
  grant_id?: string;
  account?: string;
  error?: string;
}

export const consentChannel = 'add-connection-wizard-consent';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const headlines: Record<ConsentMessage['status'], string> = {
  connected: 'Connected. You can close this window.',
  denied: 'Access was not granted. You can close this window.',
  failed: 'The connection could not be made. Close this window and try again.',
};

/** The result page: `targetOrigin` is the wizard page's origin, checked against `allowedOrigins` when consent started. */
export function callbackPage(message: ConsentMessage, targetOrigin: string): Response {
  const nonce = randomToken(16);
  // `<` escaped: the JSON cannot close its script element.
  const data = JSON.stringify({ message, targetOrigin }).replace(/</g, '\\u003c');
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${escapeHtml(headlines[message.status])}</title>
<style nonce="${nonce}">body{font:16px/1.5 system-ui,sans-serif;margin:3rem auto;max-width:28rem;padding:0 1rem;color:#1f2937}</style>
</head><body><main><h1>${escapeHtml(headlines[message.status])}</h1></main>
<script type="application/json" id="consent-result">${data}</script>
<script nonce="${nonce}">
const { message, targetOrigin } = JSON.parse(document.getElementById('consent-result').textContent);
try { if (window.opener) window.opener.postMessage(message, targetOrigin); } catch {}
try { const channel = new BroadcastChannel(${JSON.stringify(consentChannel)}); channel.postMessage(message); channel.close(); } catch {}
setTimeout(() => window.close(), 100);
</script></body></html>`;
  return new Response(html, {
    status: 200,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
      'Cache-Control': 'no-store',
      // The callback URL holds the code: no Referer carries it anywhere.
      'Referrer-Policy': 'no-referrer',
    },
  });
}
