// Compile-time checks of the package's React 19 JSX types (`npm run typecheck`); never rendered.
import 'add-connection-wizard';
import type { ConnectionErrorEvent, StepChangeEvent } from 'add-connection-wizard';

export const typed = (
  <add-connection-wizard
    endpoint="/api/connections"
    test-endpoint="/api/test-connection"
    testEndpoint="/api/test-connection"
    credentials="include"
    timeout={10_000}
    headers={{ 'X-CSRF-Token': 'token' }}
    platforms={[]}
    theme="dark"
    lang="es"
    onacw-step-change={(event: StepChangeEvent) => event.detail.toId}
    onacw-error={(event: ConnectionErrorEvent) => event.detail.kind}
    onacw-submit={(event) => event.detail.payload.name}
    onacw-cancel={(event) => event.type}
    ref={(element) => element?.reset()}
  >
    <infusionsoft-store-form slot="store-form" platform="infusionsoft" label="Infusionsoft" />
  </add-connection-wizard>
);

// @ts-expect-error: timeout is a number
export const badTimeout = <add-connection-wizard timeout="soon" />;
// @ts-expect-error: the credentials mode is one of omit, same-origin, include
export const badCredentials = <add-connection-wizard credentials="always" />;
// @ts-expect-error: acw-success carries { id, response }, not a payload
export const badDetail = <add-connection-wizard onacw-success={(event) => event.detail.payload} />;
// @ts-expect-error: the theme is light or dark
export const badTheme = <add-connection-wizard theme="blue" />;
// @ts-expect-error: merchants need an id and a company name
export const badMerchants = <add-connection-wizard merchants={[{ name: 'x' }]} />;
