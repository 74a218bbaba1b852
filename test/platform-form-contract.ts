import { expect, fixture } from '@open-wc/testing';
import * as z from 'zod/mini';
import { PlatformFormElement, type AddConnectionWizard, type PlatformForm, type PlatformKind } from '../src/classes.js';
import { requiredText } from '../src/schema/index.js';
import { click, currentHeading, deepActiveElement, errorOf, fill, getByLabel, settle } from './helpers.js';
import { toStoreStep, toWarehouseStep } from './route.js';

export interface PlatformFormContractOptions {
  /** The platform id the form is slotted with. */
  platform: string;
  kind: PlatformKind;
  /** Types a valid value into every required field of the form. */
  fillValid(form: PlatformForm): Promise<void>;
  /** A required field: its adapter key and its visible label. */
  invalidField: { name: string; label: string };
}

/** The picker of a kind of platform on the step the wizard shows. */
export const pickerOf = (wizard: AddConnectionWizard, kind: PlatformKind) =>
  getByLabel<HTMLSelectElement>(kind === 'store' ? 'Platform' : 'Warehouse platform', wizard);

/** The platforms a picker offers, as `value`s (the placeholder left out). */
export const platformIds = (picker: HTMLSelectElement) => [...picker.options].filter((o) => o.value !== '').map((o) => o.value);

export async function choosePlatform(wizard: AddConnectionWizard, kind: PlatformKind, platform: string) {
  const picker = pickerOf(wizard, kind);
  picker.value = platform;
  picker.dispatchEvent(new Event('change', { bubbles: true }));
  await settle();
}

/** Another platform's form, so that the suite can choose something else. */
class ContractOtherForm extends PlatformFormElement {
  protected readonly schema = z.object({ token: requiredText('Enter the token.') });
  protected readonly initialValues = { token: '' };
  constructor() {
    super();
    this.label = 'Contract other platform';
  }
  override render() {
    return this.textField('token', { label: 'Other token', required: true });
  }
}
if (!customElements.get('contract-other-form')) customElements.define('contract-other-form', ContractOtherForm);

/**
 * The contract every platform form keeps, run against a form slotted into a wizard.
 * Any form (built-in or third-party) calls it from its own test file.
 */
export function runPlatformFormContractTests(tag: string, o: PlatformFormContractOptions) {
  const { platform, kind, fillValid, invalidField } = o;
  const slot = `${kind}-form`;

  describe(`<${tag}> keeps the platform-form contract`, () => {
    let wizard: AddConnectionWizard;
    let form: PlatformForm;
    const field = () => getByLabel(invalidField.label, form);

    async function mount(withOther = false) {
      wizard = await fixture<AddConnectionWizard>(
        `<add-connection-wizard><${tag} slot="${slot}" platform="${platform}"></${tag}>${
          withOther ? `<contract-other-form slot="${slot}" platform="contract-other"></contract-other-form>` : ''
        }</add-connection-wizard>`,
      );
      form = wizard.querySelector<PlatformForm>(tag)!;
      await (kind === 'store' ? toStoreStep : toWarehouseStep)(wizard);
      if (pickerOf(wizard, kind).value !== platform) await choosePlatform(wizard, kind, platform);
    }

    it('registers with the wizard: its platform is offered once and chosen', async () => {
      await mount();
      const picker = pickerOf(wizard, kind);
      expect(platformIds(picker).filter((id) => id === platform)).to.have.length(1);
      expect(picker.value).to.equal(platform);
      // Used instead of a built-in form with the same id, never beside it.
      expect(wizard.shadowRoot!.querySelector(`[platform="${platform}"]`)).to.equal(null);
    });

    it('is validated by the wizard when the user tries to leave the step', async () => {
      await mount();
      if (kind === 'store') await fill('Name', 'Contract Store', wizard);
      const heading = currentHeading(wizard);
      await click(kind === 'store' ? 'Add connection' : 'Continue', wizard);
      expect(currentHeading(wizard)).to.equal(heading);
      expect(errorOf(field())).to.be.a('string').and.not.empty;
      // Focus goes to the form's first invalid field.
      expect(deepActiveElement()?.getRootNode()).to.equal(form.shadowRoot);
      expect(deepActiveElement()?.getAttribute('aria-invalid')).to.equal('true');
    });

    it('renders in the wizard’s slot', async () => {
      await mount();
      expect(form.assignedSlot?.name).to.equal(slot);
      expect(form.assignedSlot?.getRootNode()).to.equal(wizard.shadowRoot);
      expect(form.checkVisibility()).to.be.true;
      expect(getByLabel(invalidField.label, wizard)).to.equal(field());
    });

    it('answers validate() with the errors of an empty required field, and shows them', async () => {
      await mount();
      const result = form.validate();
      expect(result.ok).to.be.false;
      const message = result.ok ? undefined : result.errors[invalidField.name];
      expect(message).to.be.a('string').and.not.empty;
      await settle();
      expect(errorOf(field())).to.equal(message);
    });

    it('answers validate() with the adapter once filled', async () => {
      await mount();
      await fillValid(form);
      const result = form.validate();
      expect(result.ok).to.be.true;
      expect(result.ok && result.adapter).to.have.property(invalidField.name).that.is.not.empty;
      await settle();
      expect(errorOf(field())).to.equal(undefined);
    });

    it('shows what setErrors() reports', async () => {
      await mount();
      form.setErrors({ [invalidField.name]: 'The server refused this value.' });
      await settle();
      expect(errorOf(field())).to.equal('The server refused this value.');
    });

    it('moves focus with focusField()', async () => {
      await mount();
      form.focusField(invalidField.name);
      expect(deepActiveElement()).to.equal(field());
    });

    it('forgets what was typed on reset()', async () => {
      await mount();
      await fillValid(form);
      form.setErrors({ [invalidField.name]: 'Refused.' });
      form.reset();
      await settle();
      expect(field().value).to.equal('');
      expect(errorOf(field())).to.equal(undefined);
      expect(form.validate().ok).to.be.false;
    });

    it('is hidden while another platform is chosen', async () => {
      await mount(true);
      await choosePlatform(wizard, kind, 'contract-other');
      expect(form.checkVisibility()).to.be.false;
      expect(() => getByLabel(invalidField.label, wizard)).to.throw();
      expect(getByLabel('Other token', wizard)).to.exist;

      await choosePlatform(wizard, kind, platform);
      expect(form.checkVisibility()).to.be.true;
      expect(() => getByLabel('Other token', wizard)).to.throw();
    });

    it('is accessible, errors shown', async () => {
      await mount();
      form.validate();
      await settle();
      expect(currentHeading(wizard)).to.equal(kind === 'store' ? 'Store Setup' : 'Warehouse Setup');
      await expect(wizard).to.be.accessible();
    });
  });
}
