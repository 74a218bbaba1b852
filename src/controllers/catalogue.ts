import type { ReactiveController } from 'lit';
import { CatalogueProblemEvent } from '../events.js';
import type { PlatformForm, PlatformKind } from '../platform/wizard-context.js';
import { checkCatalogue, type CatalogueProblem } from '../schema/catalogue.js';
import type { PlatformDefinition } from '../schema/platform-definition.js';
import { own } from '../schema/records.js';
import type { WizardHost } from './host.js';

/**
 * The host's `platforms` catalogue, checked when it (or `platformLoaders`) is set: the
 * definitions that can be used, and each problem reported once, with `console.warn` and
 * `acw-catalogue-problem`, however often the catalogue is set again.
 */
export class CatalogueController implements ReactiveController {
  /** The host's catalogue less the definitions that would break (see `checkCatalogue`). */
  usable: PlatformDefinition[] = [];
  #seen?: [unknown, unknown];
  readonly #reported = new Set<string>();
  readonly #host: WizardHost;

  constructor(host: WizardHost) {
    this.#host = host;
    host.addController(this);
  }

  hostUpdate() {
    const { platforms, platformLoaders } = this.#host;
    if (platforms === this.#seen?.[0] && platformLoaders === this.#seen[1]) return;
    this.#seen = [platforms, platformLoaders];
    const { platforms: usable, problems } = checkCatalogue(platforms, {
      hasElement: (tag) => Boolean(own(platformLoaders, tag)) || isPlatformFormClass(customElements.get(tag)),
    });
    this.usable = usable;
    const fresh = problems.filter((p) => !this.#reported.has(p.message));
    for (const p of fresh) this.#reported.add(p.message);
    // After this update: a listener may set properties of the wizard.
    if (fresh.length > 0) queueMicrotask(() => this.#report(fresh));
  }

  definitionsOf(kind: PlatformKind) {
    return this.usable.filter((p) => p.kind === kind);
  }

  #report(problems: CatalogueProblem[]) {
    for (const problem of problems) {
      console.warn(`add-connection-wizard: ${problem.message} (left out)`);
      this.#host.dispatchEvent(new CatalogueProblemEvent(problem));
    }
  }
}

/**
 * Whether an element already defined on the page is a platform form: a catalogue (often
 * fetched) may name one without a loader, but never any other element (a second wizard, a
 * host's own widget). The form contract's methods tell, whatever class it extends.
 */
function isPlatformFormClass(element: CustomElementConstructor | undefined): boolean {
  const proto = element?.prototype as Partial<PlatformForm> | undefined;
  return typeof proto?.validate === 'function' && typeof proto.setErrors === 'function' && typeof proto.focusField === 'function';
}
