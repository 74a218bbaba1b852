// How a platform form finds the wizard it sits in and registers with it: through
// @lit/context, asking again when the form was defined before the wizard, and leaving the
// wizard when the form leaves the page. One job, apart from the form's values and fields.
import { ContextConsumer, ContextEvent } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { wizardContext, type PlatformForm, type WizardContextValue } from './wizard-context.js';

export class WizardLink implements ReactiveController {
  /** What the wizard provides (language, busy state, mode), while the form is on the page. */
  value?: WizardContextValue;
  /**
   * The wizard edits a connection. Kept when the form leaves the page (its step is not
   * shown), as its values are: a secret left empty still keeps its stored value.
   */
  editing = false;
  #unregister?: () => void;
  #registeredWith?: WizardContextValue['register'];

  readonly #host: ReactiveControllerHost & PlatformForm;

  constructor(host: ReactiveControllerHost & PlatformForm) {
    this.#host = host;
    // The consumer first: its request on connect comes before this controller's check.
    new ContextConsumer(host, { context: wizardContext, subscribe: true, callback: (value) => this.#connect(value) });
    host.addController(this);
  }

  hostConnected() {
    if (this.value) return;
    // A form defined before the wizard asks before anyone can answer: ask again once the
    // wizard's class exists (defining it upgrades every wizard on the page first). The
    // wizard may be registered under a name of the host's: wait for the parent's.
    const parent = this.#host.parentElement?.localName;
    void customElements.whenDefined(parent?.includes('-') ? parent : 'add-connection-wizard').then(() => {
      if (!this.#host.isConnected || this.value) return;
      this.#host.dispatchEvent(new ContextEvent(wizardContext, this.#host, (value) => this.#connect(value)));
    });
  }

  hostDisconnected() {
    this.#unregister?.();
    this.#unregister = undefined;
    this.#registeredWith = undefined;
    this.value = undefined;
    this.#host.requestUpdate();
  }

  #connect(value: WizardContextValue | undefined) {
    // A wizard whose code has not all arrived provides nothing yet; it sends its value when it has.
    if (!value) return;
    this.value = value;
    this.editing = value.mode === 'edit';
    this.#host.requestUpdate();
    if (this.#registeredWith === value.register) return;
    this.#unregister?.();
    this.#registeredWith = value.register;
    this.#unregister = value.register(this.#host);
  }
}
