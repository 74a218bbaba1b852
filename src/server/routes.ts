// Where a request goes: the path below `basePath` as a route, and the methods each route
// takes with the hooks the host gave. The words `test`, `oauth`, `handoffs` and `sessions`
// are routes, so they are never read as a connection's id.

export type Route =
  | { kind: 'collection' }
  | { kind: 'test' }
  | { kind: 'item'; id: string }
  | { kind: 'consent-start' | 'consent-callback'; platform: string }
  | { kind: 'consent-outcome' }
  | { kind: 'handoffs' }
  | { kind: 'handoff'; id: string }
  | { kind: 'session'; token: string };

const decode = (segment: string) => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
};

/** The route of `pathname` under `base`, or `undefined` (404). */
export function routeOf(base: string, pathname: string): Route | undefined {
  if (pathname !== base && !pathname.startsWith(`${base}/`)) return undefined;
  const rest = pathname.slice(base.length).replace(/^\/|\/$/g, '');
  const parts = rest === '' ? [] : rest.split('/').map(decode);
  if (parts.some((part) => part === undefined || part === '')) return undefined;
  const [first, second, third] = parts as string[];
  switch (parts.length) {
    case 0: return { kind: 'collection' };
    case 1: return first === 'test' ? { kind: 'test' } : first === 'handoffs' ? { kind: 'handoffs' } : first === 'oauth' || first === 'sessions' ? undefined : { kind: 'item', id: first };
    case 2:
      if (first === 'oauth' && second === 'outcome') return { kind: 'consent-outcome' };
      if (first === 'handoffs') return { kind: 'handoff', id: second };
      if (first === 'sessions') return { kind: 'session', token: second };
      return undefined;
    case 3:
      if (first === 'oauth' && (third === 'start' || third === 'callback')) return { kind: third === 'start' ? 'consent-start' : 'consent-callback', platform: second };
      return undefined;
    default: return undefined;
  }
}

/** What the host configured, as far as routing cares. */
export interface Configured {
  test: boolean;
  get: boolean;
  update: boolean;
  consent: boolean;
  handoffs: boolean;
}

/** The methods `route` answers; none means the route is not there (404). */
export function methodsOf(route: Route, has: Configured): string[] {
  switch (route.kind) {
    case 'collection': return ['POST'];
    case 'test': return has.test ? ['POST'] : [];
    case 'item': return [...(has.get ? ['GET'] : []), ...(has.get && has.update ? ['PATCH'] : [])];
    case 'consent-start': case 'consent-callback': case 'consent-outcome': return has.consent ? ['GET'] : [];
    case 'handoffs': return has.handoffs ? ['POST'] : [];
    case 'handoff': return has.handoffs ? ['GET'] : [];
    case 'session': return has.handoffs ? ['GET', 'POST'] : [];
  }
}

/** Routes a merchant's page or a provider's redirect reaches without the portal's `authorize`: the link or the state is the authority. */
export const withoutAuthorize = (route: Route) => route.kind === 'session' || route.kind === 'consent-callback';
