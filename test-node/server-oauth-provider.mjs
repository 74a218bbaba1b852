// Not a test: a small OAuth 2 provider on a loopback port, for the consent tests. Its
// authorize endpoint answers at once as a person would (approve, or deny with
// `?deny=1` in the scope), its token endpoint checks what RFC 6749 and RFC 7636 say a
// server must: the client secret, the code (once), the redirect URI and the PKCE verifier.
import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';

export async function startProvider({ clientId = 'acw-client', clientSecret = 'provider-client-secret' } = {}) {
  const codes = new Map();
  const exchanges = [];
  let tokenStatus = 200;
  const http = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (url.pathname === '/authorize') {
      const back = new URL(url.searchParams.get('redirect_uri'));
      back.searchParams.set('state', url.searchParams.get('state'));
      if (url.searchParams.get('client_id') !== clientId) back.searchParams.set('error', 'unauthorized_client');
      else if (url.searchParams.get('login_hint') === 'deny') back.searchParams.set('error', 'access_denied');
      else {
        const code = randomBytes(16).toString('hex');
        codes.set(code, { challenge: url.searchParams.get('code_challenge'), method: url.searchParams.get('code_challenge_method'), redirectUri: url.searchParams.get('redirect_uri') });
        back.searchParams.set('code', code);
      }
      res.writeHead(302, { Location: back.href }).end();
      return;
    }
    if (url.pathname === '/token' && req.method === 'POST') {
      let text = '';
      for await (const chunk of req) text += chunk;
      const form = new URLSearchParams(text);
      exchanges.push(Object.fromEntries(form));
      const grant = codes.get(form.get('code'));
      codes.delete(form.get('code'));
      const verifier = form.get('code_verifier') ?? '';
      const challenge = createHash('sha256').update(verifier).digest('base64url');
      const valid = grant && form.get('client_secret') === clientSecret && form.get('client_id') === clientId &&
        form.get('redirect_uri') === grant.redirectUri && grant.method === 'S256' && grant.challenge === challenge;
      if (tokenStatus !== 200) return res.writeHead(tokenStatus, { 'Content-Type': 'application/json' }).end('{"error":"server_error"}');
      if (!valid) return res.writeHead(400, { 'Content-Type': 'application/json' }).end('{"error":"invalid_grant"}');
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ access_token: `at-${randomBytes(8).toString('hex')}`, refresh_token: 'rt-very-secret', token_type: 'bearer', expires_in: 3600 }));
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise((resolve) => http.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${http.address().port}`;
  return {
    origin, clientId, clientSecret, exchanges,
    failTokens: (status) => (tokenStatus = status),
    config: (extra = {}) => ({ authorizeUrl: `${origin}/authorize`, tokenUrl: `${origin}/token`, clientId, clientSecret, scopes: ['orders:read', 'fulfillments:write'], ...extra }),
    close: () => new Promise((resolve) => http.close(resolve)),
  };
}
