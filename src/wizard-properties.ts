import { LitElement, type PropertyDeclarations } from 'lit';
import type { Messages } from './internal/messages.js';
import type { PlatformDefinition } from './schema/platform-definition.js';
import type { ErrorMapper } from './wizard/answers.js';
import type { Merchant, MerchantSearch } from './wizard/draft.js';
import type { EditableConnection } from './wizard/editing.js';
import { parseMerchantsAttribute } from './wizard/host-config.js';
import type { Preset } from './wizard/preset.js';
import type { EditStep, Mode } from './wizard/scenario.js';

/**
 * The wizard's configuration: every attribute and property a host sets, each with what it
 * does. `AddConnectionWizard` adds the behaviour; the controllers read these through
 * `WizardHost`. Not registered as an element of its own.
 */
export class WizardProperties extends LitElement {
  // Reactive properties declared here rather than with decorators: no decorator code in the bundle.
  static override properties: PropertyDeclarations = {
    mode: { reflect: true },
    connection: { attribute: false },
    editStep: { attribute: 'edit-step' },
    preset: { attribute: false },
    session: {},
    endpoint: {},
    testEndpoint: { attribute: 'test-endpoint' },
    merchants: { converter: { fromAttribute: parseMerchantsAttribute } },
    searchMerchants: { attribute: false },
    platforms: { type: Array },
    platformLoaders: { attribute: false },
    headers: { attribute: false },
    credentials: {},
    timeout: { type: Number },
    draftKey: { attribute: 'draft-key' },
    theme: { reflect: true },
    warnOnLeave: { type: Boolean, attribute: 'warn-on-leave' },
    errorMapper: { attribute: false },
    messages: { attribute: false },
  };
  /**
   * `create` (the default) adds a connection; `edit` changes the `connection` given: it
   * opens on Store Setup (or `edit-step`), and Save changes sends `PATCH {endpoint}/{id}`
   * with only what changed (`application/merge-patch+json`).
   */
  mode: Mode = 'create';
  /**
   * In edit mode, the connection to change, without secrets: `{ id, name, customer_id,
   * warehouse_id | warehouse: { platform, adapter }, store: { id, name, platform, adapter } }`. Set as a property.
   */
  connection?: EditableConnection;
  /** In edit mode, the step to open on: `basic`, `warehouse` or `store` (the default). */
  editStep?: EditStep;
  /**
   * Part of the create body that the host fixes (`{ customer_id, warehouse_id, store: {
   * platform } }`): steps with every value preset are not shown, preset values are shown
   * read-only, and the request is the preset merged with what the user entered. Set as a property.
   */
  preset?: Preset;
  /**
   * On a merchant's page opened from a "Send to merchant" link: the link's token. The
   * wizard reads the preset the 3PL fixed from `{endpoint}/sessions/{token}` and creates
   * through that URL, where the server handler enforces the preset. Single use, short-lived.
   */
  session = '';

  endpoint = '';
  /** URL that Test connection POSTs `{ kind, platform, adapter }` to; answered `{ ok, detail? }`. */
  testEndpoint = '';
  /** Existing merchants for Merchant Information, with their warehouses and stores. */
  merchants: Merchant[] = [];
  /**
   * For hosts that search their merchants on their server instead of listing them:
   * `(query, { signal }) => Promise<Merchant[]>`, each with its warehouses and stores.
   * Called as the user types (debounced; the previous call's signal aborts). Set as a property.
   */
  searchMerchants?: MerchantSearch;
  /**
   * Platforms described as data (`PlatformDefinition[]`, often fetched as JSON): each is
   * offered in its picker and rendered by the generic definition form. A slotted form
   * with the same id wins; a definition replaces the built-in form with the same id.
   * Entries that cannot be used are left out and reported (`acw-catalogue-problem`).
   */
  platforms: PlatformDefinition[] = [];
  /**
   * Loaders of the form elements that definitions name with `element`, by tag:
   * `{ 'acme-store-form': () => import('/js/acme-store-form.js') }`. One runs only when its
   * platform is chosen. Set as a property.
   */
  platformLoaders: Record<string, () => Promise<unknown>> = {};
  /** Extra request headers, for example a CSRF token. Set as a property: never an attribute. */
  headers: Record<string, string> = {};
  /** The fetch credentials mode of the requests. */
  credentials: RequestCredentials = 'same-origin';
  /** Milliseconds to wait for an answer before offering a retry. */
  timeout = 30_000;
  /**
   * Opt-in: a name under which the non-secret values and the step are kept in
   * `localStorage` until success or Cancel, so a reload loses nothing. Secrets are never kept.
   */
  draftKey = '';
  /**
   * `light` or `dark` forces a colour scheme; without it the wizard follows the page's
   * `color-scheme` (a page declaring `color-scheme: light dark` gets dark mode from the OS).
   */
  theme?: 'light' | 'dark';
  /** Ask the browser to confirm before the page is closed with values typed. */
  warnOnLeave = false;
  /**
   * Reads error answers in a host's own shape: `(body, status) => [{ pointer, detail }]`.
   * Field errors it returns show on their fields, as a problem document's would.
   */
  errorMapper?: ErrorMapper;

  /**
   * Replaces some or all of the messages (see `Messages`): a single string, or a whole
   * catalogue for a language the package does not ship. Set as a property.
   */
  messages?: Partial<Messages>;
}
