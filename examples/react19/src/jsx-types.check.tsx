// Compile-time checks of the package's React 19 JSX types (`npm run typecheck`); never rendered.
import 'add-connection-wizard';
import type { ConnectionErrorEvent, EditableConnection, Preset, StepChangeEvent } from 'add-connection-wizard';

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

const connection: EditableConnection = {
  id: 981,
  name: 'Acme — Infusionsoft → West Coast DC',
  customer_id: 3775,
  warehouse_id: 4610,
  store: { id: 5603, name: 'Acme Shop', platform: 'infusionsoft', adapter: { app_name: 'acme', username: 'ops@acme.test' } },
};
const preset: Preset = { name: 'Brand X — Infusionsoft → ACME WMS', customer_id: 3775, warehouse_id: 4610, store: { platform: 'infusionsoft' } };

export const editing = (
  <add-connection-wizard
    mode="edit"
    connection={connection}
    edit-step="warehouse"
    editStep="basic"
    onacw-success={(event) => (event.detail.mode === 'edit' ? event.detail.id : undefined)}
    onacw-submit={(event) => event.detail.mode}
  />
);
export const presetPage = <add-connection-wizard mode="create" preset={preset} />;
export const inlinePreset = <add-connection-wizard preset={{ customer_id: 3775, store: { platform: 'infusionsoft', adapter: { pay_status: 'none' } } }} />;

// @ts-expect-error: the mode is create or edit
export const badMode = <add-connection-wizard mode="update" />;
// @ts-expect-error: edit-step is basic, warehouse or store (the merchant cannot change)
export const badEditStep = <add-connection-wizard edit-step="merchant" />;
// @ts-expect-error: a connection needs an id, a name, a customer_id and a store
export const badConnection = <add-connection-wizard connection={{ id: 1, name: 'x' }} />;
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
