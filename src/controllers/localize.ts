import type { ReactiveController } from 'lit';
import { registry } from '../internal/locale-registry.js';
import { messagesFor, type Messages } from '../internal/messages.js';
import type { ConfigController } from './config.js';
import type { WizardHost } from './host.js';

// One observer for every wizard on the page, as Shoelace's LocalizeController does: a
// single-page app that switches `lang` or `dir` on <html> re-renders them all, and so does
// a language module that registers after they rendered.
const listening = new Set<LocalizeController>();
let documentObserver: MutationObserver | undefined;
const refreshAll = () => {
  for (const each of listening) each.refresh();
};

function watchDocument(controller: LocalizeController) {
  listening.add(controller);
  registry.changed.add(refreshAll);
  if (documentObserver || typeof MutationObserver === 'undefined') return;
  documentObserver = new MutationObserver(refreshAll);
  documentObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'] });
}

function unwatchDocument(controller: LocalizeController) {
  listening.delete(controller);
  if (listening.size > 0) return;
  registry.changed.delete(refreshAll);
  documentObserver?.disconnect();
  documentObserver = undefined;
}

/** The wizard's language and its catalogue of messages, the host's overrides included. */
export class LocalizeController implements ReactiveController {
  #cached?: { lang: string; overrides?: Partial<Messages>; catalogue: Messages };

  readonly #host: WizardHost;
  readonly #config: ConfigController;

  constructor(host: WizardHost, config: ConfigController) {
    this.#host = host;
    this.#config = config;
    host.addController(this);
  }

  hostConnected() {
    watchDocument(this);
  }

  hostDisconnected() {
    unwatchDocument(this);
  }

  /** Its own `lang`, else the nearest ancestor's, else English. */
  get locale(): string {
    // `closest` is missing from the DOM stand-in of server-side rendering.
    return this.#host.lang || this.#host.closest?.('[lang]')?.getAttribute('lang') || 'en';
  }

  /** Every string the wizard shows, in its language. */
  get catalogue(): Messages {
    const lang = this.locale;
    const overrides = this.#config.messages;
    const cached = this.#cached;
    if (cached && cached.lang === lang && cached.overrides === overrides) return cached.catalogue;
    const catalogue = messagesFor(lang, overrides);
    this.#cached = { lang, overrides, catalogue };
    return catalogue;
  }

  /** The language, its catalogue or the direction may have changed: render again. */
  refresh() {
    this.#cached = undefined;
    this.#host.requestUpdate();
  }
}
