import { ensureDefined, tagOf, type BuiltinForm } from '../builtin-forms.js';
import { own } from '../schema/records.js';
import type { WizardHost } from './host.js';

/** Host loaders of code forms, by element tag, each a dynamic import of the element's module. */
export type PlatformLoaders = Record<string, () => Promise<unknown>>;

/**
 * Loading the code of the forms the wizard renders itself: the package's own (lazily),
 * and a host's code forms through `platformLoaders`, each only when its platform is chosen.
 * A load that fails is remembered, so that the step offers Try again instead of retrying
 * on every render.
 */
export class FormLoading {
  readonly #loading = new Set<string>();
  readonly #failed = new Set<string>();
  readonly #codeForms = new Map<string, BuiltinForm>();
  readonly #host: WizardHost;

  constructor(host: WizardHost) {
    this.#host = host;
  }

  /** Starts loading a form's element unless it is defined, loading, or failed. */
  ensure(source: BuiltinForm) {
    // The name it is defined under: a host may have registered the package's classes under its own.
    const tag = tagOf(source);
    if (customElements.get(tag) || this.#failed.has(tag) || this.#loading.has(tag)) return;
    this.#loading.add(tag);
    ensureDefined(source).then(
      () => this.#done(tag),
      (error: unknown) => {
        console.warn(`add-connection-wizard: <${tag}>`, error);
        this.#done(tag, true);
      },
    );
  }

  failed(tag: string) {
    return this.#failed.has(tag);
  }

  /** Forgets the failures: the next render tries again. */
  retry() {
    this.#failed.clear();
    this.#host.requestUpdate();
  }

  /** A host's form element named by a definition, loaded by its `platformLoaders` entry. */
  codeForm(tag: string): BuiltinForm {
    let form = this.#codeForms.get(tag);
    if (!form) {
      form = {
        tag,
        load: async () => {
          const loaded = (await own(this.#host.platformLoaders, tag)?.()) as { default?: unknown } | undefined;
          const element = customElements.get(tag) ?? loaded?.default;
          if (typeof element !== 'function') throw new Error(`<${tag}> was not defined`);
          return element as CustomElementConstructor;
        },
      };
      this.#codeForms.set(tag, form);
    }
    return form;
  }

  #done(tag: string, failed = false) {
    this.#loading.delete(tag);
    if (failed) this.#failed.add(tag);
    this.#host.requestUpdate();
  }
}
