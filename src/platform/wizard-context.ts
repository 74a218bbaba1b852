import { createContext } from '@lit/context';
import type { Messages } from '../internal/messages.js';

/** What a platform form reports when the wizard asks for its value. */
export type PlatformFormResult =
  | { ok: true; adapter: Record<string, unknown> }
  | { ok: false; errors: Record<string, string> };

/**
 * The contract of a platform form: an element slotted into `store-form` or
 * `warehouse-form` with a `platform` attribute, that registers itself with the wizard.
 * `PlatformFormElement` implements it; a form of your own may implement it directly.
 */
export interface PlatformForm extends HTMLElement {
  /** The platform id, as sent in the request (`infusionsoft`, `woo_commerce`). */
  platform: string;
  /** The platform's name in the picker; the id is shown when it is missing. */
  label?: string;
  /** Returns the adapter, or the field errors; shows those errors on the fields. */
  validate(): PlatformFormResult;
  /**
   * Shows errors the server reported, keyed by adapter field name. May return the names
   * it has no field for, so that the wizard shows those messages itself.
   */
  setErrors(errors: Record<string, string>): string[] | void;
  /** Moves focus to a field (by adapter field name), or to the first invalid one. */
  focusField(name?: string): void;
  /** Forgets what was typed, secrets above all (after success or cancel). */
  reset(): void;
  /** The values worth keeping in a draft: NEVER secrets. Without it, nothing is kept. */
  draftValues?(): Record<string, string | boolean>;
  /** Takes back values kept in a draft. */
  restoreDraft?(values: Record<string, string | boolean>): void;
  /**
   * Fills fields with values the wizard knows: in edit mode the connection's adapter
   * (editable; never secrets), with a `preset` the host's (`readOnly`: show them as text).
   */
  prefill?(values: Readonly<Record<string, string | number | boolean | null | readonly string[]>>, options: { readOnly: boolean }): void;
  /**
   * The adapter keys whose values the user changed since the form was prefilled (or reset).
   * In edit mode only these are compared and sent: a default the stored adapter lacked, or
   * choices the form orders differently, are no change.
   */
  changedFields?(): string[];
}

/** What the wizard provides to its platform forms through `@lit/context`. */
export interface WizardContextValue {
  /** Call when connected; call the returned function when disconnected. */
  register(form: PlatformForm): () => void;
  /** True while a request is in flight: forms should not accept input. */
  disabled: boolean;
  /**
   * `edit` when the wizard edits an existing connection: secret fields start empty, are not
   * required, and say that leaving them empty keeps the current value.
   */
  mode?: 'create' | 'edit';
  /** The wizard's language (BCP 47), for forms that translate themselves. */
  locale: string;
  /**
   * The wizard's messages in that language, the host's overrides included
   * (`Messages` from `add-connection-wizard/messages`).
   */
  messages?: Messages;
  /** The wizard's `endpoint`: where a consent platform's `{endpoint}/oauth/…` routes are. */
  endpoint?: string;
}

// A string key rather than a symbol: two copies of the package on one page still
// understand each other's forms.
export const wizardContext = createContext<WizardContextValue>('add-connection-wizard');

export type PlatformKind = 'store' | 'warehouse';

/** The slot a form sits in decides whether it offers a store or a warehouse platform. */
export const kindOf = (form: Element): PlatformKind =>
  form.getAttribute('slot') === 'warehouse-form' ? 'warehouse' : 'store';

/** A form's request for the wizard's context, held by the element until its provider exists. */
export interface ContextRequest {
  callback: (value: WizardContextValue, unsubscribe?: () => void) => void;
  consumer: Element;
  subscribe?: boolean;
}
