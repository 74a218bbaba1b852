// The package's own platform forms, imported statically: this module is part of the rest
// of the wizard's code (wizard-engine.ts), already loaded apart from the first step. A
// dynamic import of the definition form would split the rest into two files fetched one
// after the other (measured: one more round trip before edit mode shows, 1.8 KiB less).
import { DropstreamWarehouseForm } from './forms/dropstream-warehouse-form.js';
import { InfusionsoftStoreForm } from './forms/infusionsoft-store-form.js';
import { PlatformDefinitionForm } from './forms/platform-definition-form.js';
import type { PlatformKind } from './platform/wizard-context.js';

export interface BuiltinForm {
  tag: string;
  /** The form's element class, loaded on demand where that keeps the first module small. */
  load: () => Promise<CustomElementConstructor>;
}

export interface BuiltinPlatform extends BuiltinForm {
  id: string;
  kind: PlatformKind;
  label: string;
  rank: number;
}

/** The platforms the minimal embed offers with no children. A slotted form with the same id replaces one. */
export const builtinPlatforms: readonly BuiltinPlatform[] = [
  {
    id: 'infusionsoft',
    kind: 'store',
    label: 'Infusionsoft',
    rank: 80,
    tag: 'infusionsoft-store-form',
    load: () => Promise.resolve(InfusionsoftStoreForm),
  },
  {
    id: 'dropstream',
    kind: 'warehouse',
    label: 'DropStream File Exchange',
    rank: 100,
    tag: 'dropstream-warehouse-form',
    load: () => Promise.resolve(DropstreamWarehouseForm),
  },
];

/** The element that renders platforms described as data. */
export const definitionForm: BuiltinForm = {
  tag: 'platform-definition-form',
  load: () => Promise.resolve(PlatformDefinitionForm),
};

/** Every form element of the package, by tag. */
export const builtinForms: readonly BuiltinForm[] = [...builtinPlatforms, definitionForm];

/** The name a class is registered under, if any (`getName` is newer than the browsers supported). */
export const registeredName = (element: CustomElementConstructor) =>
  (customElements as CustomElementRegistry & { getName?: (c: CustomElementConstructor) => string | null }).getName?.(element);

const loading = new Map<string, Promise<void>>();
/** Tags under which a host registered one of our classes itself (through classes.js). */
const hostTags = new Map<string, string>();

/** The tag to create a built-in form with: the host's own name for it, if it gave one. */
export const tagOf = (form: BuiltinForm) => hostTags.get(form.tag) ?? form.tag;

/** Loads a built-in form's element and registers it, unless it is registered already. */
export function ensureDefined(form: BuiltinForm): Promise<void> {
  if (customElements.get(form.tag)) return Promise.resolve();
  let promise = loading.get(form.tag);
  if (!promise) {
    promise = form.load().then((element) => {
      // A class can be defined once only: one the host registered under a name of its own
      // is used under that name.
      const name = registeredName(element);
      if (name) hostTags.set(form.tag, name);
      else if (!customElements.get(form.tag)) customElements.define(form.tag, element);
    }, (error: unknown) => {
      // Not kept: the next call tries again.
      loading.delete(form.tag);
      throw error;
    });
    loading.set(form.tag, promise);
  }
  return promise;
}
