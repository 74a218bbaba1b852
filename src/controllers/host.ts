import type { ReactiveControllerHost } from 'lit';
import type { Messages } from '../internal/messages.js';
import type { PlatformDefinition } from '../schema/platform-definition.js';
import type { ErrorMapper } from '../wizard/answers.js';
import type { Merchant, MerchantSearch } from '../wizard/draft.js';

/**
 * What the controllers may know of the wizard element: its configuration (its public
 * properties) and `reset()`. They never import the element's class, so no import runs in
 * a circle; they reach each other through their constructors instead.
 */
export interface WizardHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly hasUpdated: boolean;
  readonly endpoint: string;
  readonly testEndpoint: string;
  readonly merchants: Merchant[];
  readonly platforms: PlatformDefinition[];
  readonly platformLoaders: Record<string, () => Promise<unknown>>;
  readonly headers: Record<string, string>;
  readonly credentials: RequestCredentials;
  readonly timeout: number;
  readonly draftKey: string;
  readonly warnOnLeave: boolean;
  readonly errorMapper?: ErrorMapper;
  readonly messages?: Partial<Messages>;
  readonly searchMerchants?: MerchantSearch;
  readonly mode: 'create' | 'edit';
  /** Checked by the scenario controller: anything may come from a host. */
  readonly preset?: unknown;
  readonly connection?: unknown;
  readonly editStep?: string;
  /** A hand-off link's token (`session`): the preset comes from the server. */
  readonly session?: string;
  /** Empties every field and returns to the first step. */
  reset(): void;
}
