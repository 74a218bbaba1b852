// JSX typings for React 19, which passes props to custom elements natively: a prop the
// element has (`merchants`, `headers`, `testEndpoint`, …) is set as a property, any other
// as an attribute (`test-endpoint`), and a function prop named `on` + an event's exact name
// (`onacw-success`) becomes a listener of that event. So this type-checks:
//
//   <add-connection-wizard endpoint="/api/connections" merchants={merchants}
//     onacw-success={(event) => navigate(`/connections/${event.detail.id}`)} />
//
// React 18 does neither (it sets attributes and ignores `on…` props of custom elements):
// wrap the element with `createComponent` from `@lit/react` there.
//
// Types only: nothing here exists at run time. It augments the `react` module, so it needs
// `@types/react` (19, or 18.3 for `React.JSX`) wherever it is type-checked.
import type { AddConnectionWizard } from './add-connection-wizard.js';
import type { DropstreamWarehouseForm } from './forms/dropstream-warehouse-form.js';
import type { InfusionsoftStoreForm } from './forms/infusionsoft-store-form.js';
import type { PlatformDefinitionForm } from './forms/platform-definition-form.js';
import type {} from './events.js';

/** The wizard's events by name: every `acw-*` entry of `GlobalEventHandlersEventMap`. */
export type AddConnectionWizardEventMap = {
  [K in keyof GlobalEventHandlersEventMap as K extends `acw-${string}` ? K : never]: GlobalEventHandlersEventMap[K];
};

/** One listener prop per event, named `on` + the event's name: `onacw-success`, `onacw-error`, … */
export type AddConnectionWizardEventProps = {
  [K in keyof AddConnectionWizardEventMap as `on${K}`]?: (event: AddConnectionWizardEventMap[K]) => void;
};

/** The wizard's own inputs: attributes (kebab-case) and properties (camelCase). */
export interface AddConnectionWizardProps extends AddConnectionWizardEventProps {
  /** URL that receives the create-connection request (POST, JSON). Without it the wizard only fires events. */
  endpoint?: AddConnectionWizard['endpoint'];
  /** URL that Test connection POSTs `{ kind, platform, adapter }` to (attribute). */
  'test-endpoint'?: AddConnectionWizard['testEndpoint'];
  /** URL that Test connection POSTs `{ kind, platform, adapter }` to (property). */
  testEndpoint?: AddConnectionWizard['testEndpoint'];
  /** Existing merchants for Merchant Information (set as a property). */
  merchants?: AddConnectionWizard['merchants'];
  /** Searches the host's own merchants as the user types (set as a property). */
  searchMerchants?: AddConnectionWizard['searchMerchants'];
  /** Platforms described as data (set as a property). */
  platforms?: AddConnectionWizard['platforms'];
  /** Loaders of the form elements that definitions name with `element`, by tag (set as a property). */
  platformLoaders?: AddConnectionWizard['platformLoaders'];
  /** Extra request headers, for example a CSRF token (property only: never in the DOM). */
  headers?: AddConnectionWizard['headers'];
  /** The fetch credentials mode of the requests. */
  credentials?: AddConnectionWizard['credentials'];
  /** Milliseconds to wait for an answer before offering a retry. */
  timeout?: AddConnectionWizard['timeout'];
  /** Opt-in: the localStorage name under which non-secret values are kept (attribute). */
  'draft-key'?: AddConnectionWizard['draftKey'];
  /** Opt-in: the localStorage name under which non-secret values are kept (property). */
  draftKey?: AddConnectionWizard['draftKey'];
  /** Ask the browser to confirm before the page is closed with values typed (attribute). */
  'warn-on-leave'?: AddConnectionWizard['warnOnLeave'];
  /** Ask the browser to confirm before the page is closed with values typed (property). */
  warnOnLeave?: AddConnectionWizard['warnOnLeave'];
  /** Reads error answers in a host's own shape (property only). */
  errorMapper?: AddConnectionWizard['errorMapper'];
  /** `light` or `dark` forces a colour scheme; without it the wizard follows the page's. */
  theme?: AddConnectionWizard['theme'];
  /** Replaces some or all of the messages (property only). The language is the standard `lang`. */
  messages?: AddConnectionWizard['messages'];
  /** `create` (default) or `edit`, which changes `connection`. */
  mode?: AddConnectionWizard['mode'];
  /** In edit mode, the connection to change, without secrets (property only). */
  connection?: AddConnectionWizard['connection'];
  /** In edit mode, the step to open on: `basic`, `warehouse` or `store` (attribute). */
  'edit-step'?: AddConnectionWizard['editStep'];
  /** In edit mode, the step to open on (property). */
  editStep?: AddConnectionWizard['editStep'];
  /** Part of the create body the host fixes (property only). */
  preset?: AddConnectionWizard['preset'];
  /** A "Send to merchant" link's token: the preset comes from the server. */
  session?: AddConnectionWizard['session'];
}

/** A platform form's inputs, for `<infusionsoft-store-form slot="store-form" …>`. */
export interface PlatformFormProps {
  /** The platform id this form provides, as sent in the request. */
  platform?: string;
  /** The platform's name in the wizard's platform picker. */
  label?: string;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'add-connection-wizard': DetailedHTMLProps<HTMLAttributes<AddConnectionWizard>, AddConnectionWizard> & AddConnectionWizardProps;
      'infusionsoft-store-form': DetailedHTMLProps<HTMLAttributes<InfusionsoftStoreForm>, InfusionsoftStoreForm> & PlatformFormProps;
      'dropstream-warehouse-form': DetailedHTMLProps<HTMLAttributes<DropstreamWarehouseForm>, DropstreamWarehouseForm> & PlatformFormProps;
      'platform-definition-form': DetailedHTMLProps<HTMLAttributes<PlatformDefinitionForm>, PlatformDefinitionForm> &
        PlatformFormProps & { definition?: PlatformDefinitionForm['definition'] };
    }
  }
}
