import { ContextProvider } from '@lit/context';
import type { ReactiveController } from 'lit';
import { builtinForms, builtinPlatforms, definitionForm, ensureDefined, tagOf } from '../builtin-forms.js';
import type { PickerOption } from '../internal/option-index.js';
import { Combobox } from '../internal/combobox.js';
import { kindOf, wizardContext, type ContextRequest, type PlatformForm, type PlatformKind, type WizardContextValue } from '../platform/wizard-context.js';
import type { PlatformDefinition } from '../schema/platform-definition.js';
import { CatalogueController } from './catalogue.js';
import { FormLoading } from './form-loading.js';
import type { EntriesController } from './entries.js';
import type { WizardHost } from './host.js';
import type { LocalizeController } from './localize.js';

type DefinitionFormElement = PlatformForm & { definition?: PlatformDefinition };

/**
 * The platform forms: the `@lit/context` provider they register through, the slotted ones
 * and those the wizard renders itself (loading the package's own on first use), and the
 * options each platform picker offers.
 */
export class PlatformFormsController implements ReactiveController {
  readonly pickers: Record<PlatformKind, Combobox>;
  /** Called with each form that registers (drafts put its kept values back). */
  onRegister?: (form: PlatformForm, key: string) => void;
  /** Gives a form the values the wizard knows for it (edit mode, a preset); called before `onRegister`. */
  prefill?: (form: PlatformForm, kind: PlatformKind) => void;
  /** `edit` while the wizard edits a connection (forms keep empty secrets). */
  mode: () => 'create' | 'edit' = () => 'create';
  readonly #provider: ContextProvider<typeof wizardContext>;
  /**
   * One function for every context value: a form registers again only when it comes back
   * to the page, not each time the language, busy state or mode changes.
   */
  readonly #registerForm = (form: PlatformForm) => this.#register(form);
  readonly #registered = new Set<PlatformForm>();
  /** The forms the wizard renders itself, by `kind:platform:tag`, kept so that their values survive switching platforms. */
  readonly #ownForms = new Map<string, PlatformForm>();
  readonly #ownKinds = new WeakMap<PlatformForm, PlatformKind>();
  /** Forms that have been on the page (registered), and those the user typed or chose in. */
  #shown = new WeakSet<PlatformForm>();
  #edited = new WeakSet<PlatformForm>();
  // Created on connect, not at construction: servers rendering the element have no MutationObserver.
  #childObserver?: MutationObserver;
  readonly #catalogue: CatalogueController;
  readonly #loading: FormLoading;
  /** Bumped when slotted forms come or go: the pickers' options depend on them. */
  #slottedVersion = 0;
  readonly #optionsCache: Partial<Record<PlatformKind, { usable: PlatformDefinition[]; version: number; locale: string; options: PickerOption[] }>> = {};

  readonly #host: WizardHost;
  readonly #entries: EntriesController;
  readonly #localize: LocalizeController;
  readonly #isBusy: () => boolean;

  constructor(
    host: WizardHost,
    entries: EntriesController,
    localize: LocalizeController,
    isBusy: () => boolean,
    earlyRequests: readonly ContextRequest[] = [],
  ) {
    this.#host = host;
    this.#entries = entries;
    this.#localize = localize;
    this.#isBusy = isBusy;
    // Before this controller: the catalogue is checked before the pickers read it.
    this.#catalogue = new CatalogueController(host);
    this.#loading = new FormLoading(host);
    this.#provider = new ContextProvider(host, { context: wizardContext, initialValue: this.#contextValue(false) });
    // Forms that asked for the wizard before this code arrived are answered now.
    for (const { callback, consumer, subscribe } of earlyRequests) this.#provider.addCallback(callback, consumer, subscribe);
    this.pickers = { store: new Combobox(host), warehouse: new Combobox(host) };
    host.addController(this);
    const edited = (event: Event) => {
      for (const target of event.composedPath()) if (this.#registered.has(target as PlatformForm)) this.#edited.add(target as PlatformForm);
    };
    host.addEventListener('input', edited);
    host.addEventListener('change', edited);
  }

  hostConnected() {
    this.#childObserver ??= new MutationObserver(() => this.#loadSlottedBuiltins());
    this.#childObserver.observe(this.#host, { childList: true });
    this.#loadSlottedBuiltins();
    if (this.#provider.value.locale !== this.#localize.locale) this.#provider.setValue(this.#contextValue());
    // With a catalogue, fetch the one form that renders every definition while the user is
    // on the first steps, so its fields are there the moment they are needed.
    setTimeout(() => {
      if (this.#host.isConnected && this.#host.platforms.length > 0) void ensureDefined(definitionForm);
    }, 0);
  }

  hostDisconnected() {
    this.#childObserver?.disconnect();
  }

  hostUpdated() {
    // Forms follow the wizard's disabled state and messages (language, host overrides).
    const value = this.#contextValue();
    const current = this.#provider.value;
    if (value.disabled !== current.disabled || value.messages !== current.messages || value.locale !== current.locale || value.mode !== current.mode || value.endpoint !== current.endpoint) {
      this.#provider.setValue(value);
    }
    for (const form of this.#registered) {
      if (form.parentElement !== this.#host) continue;
      form.hidden = form.platform !== this.#entries.platformOf(this.kindOf(form));
    }
  }

  /** Store or warehouse: the wizard's own forms by how it made them, slotted ones by their slot. */
  kindOf(form: PlatformForm): PlatformKind {
    return this.#ownKinds.get(form) ?? kindOf(form);
  }

  /** The key a form's values are kept under in a draft. */
  keyOf(form: PlatformForm) {
    return `${this.kindOf(form)}:${form.platform}`;
  }

  /** Every form that exists, slotted or the wizard's own, loaded or not. */
  get all(): PlatformForm[] {
    return [...new Set([...this.#registered, ...this.#ownForms.values()])];
  }

  /** Whether the chosen platform of `kind` connects by consent (its definition has `auth`), and no slotted form replaces it. */
  connectsByConsent(kind: PlatformKind): boolean {
    const platform = this.#entries.platformOf(kind);
    if (!platform || this.#slotted(kind).some((form) => form.platform === platform)) return false;
    return Boolean(this.#catalogue.definitionsOf(kind).find((d) => d.id === platform)?.auth);
  }

  /** The platforms a picker offers: slotted forms, then definitions, then built-ins. */
  options(kind: PlatformKind): PickerOption[] {
    // Asked for by validation and the picker: built once per catalogue and set of forms, and
    // kept by identity so that the picker's search index survives renders.
    const cached = this.#optionsCache[kind];
    const { locale } = this.#localize;
    if (cached && cached.usable === this.#catalogue.usable && cached.version === this.#slottedVersion && cached.locale === locale) return cached.options;
    const options = this.#buildOptions(kind, locale);
    this.#optionsCache[kind] = { usable: this.#catalogue.usable, version: this.#slottedVersion, locale, options };
    return options;
  }

  /** Whether the pickers still offer the chosen platform (a catalogue may change; a draft may outlive it). */
  offersChosen(kind: PlatformKind) {
    const platform = this.#entries.platformOf(kind);
    return this.options(kind).some((o) => o.value === platform);
  }

  /** Chooses the only platform there is, on the step that shows its picker. */
  preselectSinglePlatform(kind: PlatformKind) {
    if (this.#entries.platformOf(kind)) return;
    const options = this.options(kind);
    if (options.length === 1) this.#entries.choosePlatform(kind, options[0].value);
  }

  /**
   * The form of the chosen platform: the slotted one, else one the wizard renders itself
   * (for a definition, or the package's own element). Its code is loaded on first use.
   */
  active(kind: PlatformKind): PlatformForm | undefined {
    const platform = this.#entries.platformOf(kind);
    if (!platform) return undefined;
    const slotted = this.#slotted(kind).find((form) => form.platform === platform);
    if (slotted) return slotted;
    const definition = this.#catalogue.definitionsOf(kind).find((d) => d.id === platform);
    const builtin = builtinPlatforms.find((p) => p.kind === kind && p.id === platform);
    const source = definition?.element ? this.#loading.codeForm(definition.element) : definition ? definitionForm : builtin;
    if (!source) return undefined;
    const tag = tagOf(source);
    const key = `${kind}:${platform}:${tag}`;
    let form = this.#ownForms.get(key);
    if (!form) {
      form = document.createElement(tag) as PlatformForm;
      form.setAttribute('platform', platform);
      form.setAttribute('exportparts', 'field, label, input, select, choice, option, hint, note, error, reveal-button, platform-help, readonly, value, consent');
      this.#ownForms.set(key, form);
      this.#ownKinds.set(form, kind);
    }
    this.#loading.ensure(source);
    if (definition?.fields) (form as DefinitionFormElement).definition = definition;
    return form;
  }

  /** Whether the chosen platform's form could not be loaded. */
  loadFailed(kind: PlatformKind): boolean {
    const form = this.active(kind);
    return Boolean(form && this.#loading.failed(form.localName));
  }

  /** Tries again to load the chosen platform's form. */
  retryLoad() {
    this.#loading.retry();
  }

  /**
   * Edit mode: whether a form's values are worth checking and sending. One never on the
   * page changed nothing; one that cannot be given the connection's values (no `prefill`)
   * holds only what the user typed in it, if anything.
   */
  editedOrKnown(form: PlatformForm): boolean {
    if (!this.#shown.has(form)) return false;
    return typeof form.prefill === 'function' || this.#edited.has(form);
  }

  /** Whether the form is one the wizard renders in its own shadow root (not slotted by the host). */
  isOwn(form: PlatformForm) {
    return this.#ownKinds.has(form);
  }

  /** Gives every form that has loaded the values the wizard knows for it (a new scenario). */
  prefillAll() {
    for (const form of this.all) if (hasLoaded(form)) this.prefill?.(form, this.kindOf(form));
  }

  /** Forgets every form's values, secrets above all, and what was typed in the pickers. */
  reset() {
    for (const form of this.all) if (hasLoaded(form)) form.reset();
    // A fresh start: a form shown or typed in before (a create, then edit mode on the same
    // element) is not on the page now, and keeps the mode it last saw: it is not checked.
    this.#shown = new WeakSet(this.all.filter((form) => form.isConnected));
    this.#edited = new WeakSet();
    this.prefillAll();
    this.pickers.store.clear();
    this.pickers.warehouse.clear();
  }

  /** `busy` is given at construction, before the host's other controllers exist. */
  #contextValue(busy = this.#isBusy()): WizardContextValue {
    const connected = this.#host.isConnected;
    return {
      register: this.#registerForm,
      disabled: busy,
      mode: this.mode(),
      locale: connected ? this.#localize.locale : 'en',
      messages: connected ? this.#localize.catalogue : undefined,
      endpoint: this.#host.endpoint,
    };
  }

  #register(form: PlatformForm) {
    this.#registered.add(form);
    this.#shown.add(form);
    this.prefill?.(form, this.kindOf(form));
    this.onRegister?.(form, this.keyOf(form));
    // A slotted form changes the pickers; the wizard's own are listed already. Forms
    // register while the wizard may be rendering, so update afterwards.
    const slotted = form.parentElement === this.#host;
    if (slotted) queueMicrotask(() => this.#slottedChanged());
    return () => {
      this.#registered.delete(form);
      if (slotted) queueMicrotask(() => this.#slottedChanged());
    };
  }

  #slottedChanged() {
    this.#slottedVersion++;
    this.#host.requestUpdate();
  }

  #slotted(kind: PlatformKind) {
    return [...this.#registered].filter((form) => form.parentElement === this.#host && kindOf(form) === kind && form.platform);
  }

  /** The package's own form elements among the children are loaded when they appear. */
  #loadSlottedBuiltins() {
    for (const child of this.#host.children) {
      const form = builtinForms.find((f) => f.tag === child.localName);
      if (form) void ensureDefined(form);
    }
  }

  #buildOptions(kind: PlatformKind, locale: string): PickerOption[] {
    const options = new Map<string, PickerOption>();
    for (const p of builtinPlatforms) if (p.kind === kind) options.set(p.id, { value: p.id, label: p.label, rank: p.rank });
    for (const d of this.#catalogue.definitionsOf(kind)) options.set(d.id, { value: d.id, label: d.label, rank: d.rank, aliases: d.aliases });
    for (const form of this.#slotted(kind)) {
      const known = options.get(form.platform);
      options.set(form.platform, { ...known, value: form.platform, label: form.label || known?.label || form.platform });
    }
    // In the wizard's language, not the browser's default: that may be a POSIX locale that
    // puts every capital first (WebKitGTK under LANG=C sorted "Infusionsoft" before "good").
    const { compare } = collator(locale);
    return [...options.values()].sort((a, b) => compare(a.label, b.label));
  }
}

/** A collator for `locale`, or for English when `lang` is no valid language tag. */
function collator(locale: string): Intl.Collator {
  try {
    return new Intl.Collator(locale);
  } catch {
    return new Intl.Collator('en');
  }
}

/** A form whose code has not arrived yet cannot answer. */
export function hasLoaded(form: PlatformForm | undefined): form is PlatformForm {
  return typeof form?.validate === 'function';
}
