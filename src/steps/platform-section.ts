import { html, nothing } from 'lit';
import type { TestState } from '../controllers/test-connection.js';
import { renderReadOnly, renderSelect } from '../internal/field.js';
import type { PlatformKind } from '../platform/wizard-context.js';
import { fieldId, platformPointer } from '../wizard/pointers.js';
import type { StepContext } from './context.js';

/** Short lists stay a native select (best on phones); longer ones become searchable. */
const SEARCHABLE_ABOVE = 8;

/** A platform picker, the chosen platform's form (slotted, or the wizard's own), and Test connection. */
export function platformSection(c: StepContext, kind: PlatformKind, label: string) {
  const { catalogue: m, entries, forms, validation } = c;
  const options = forms.options(kind);
  const pointer = platformPointer(kind);
  const platform = entries.platformOf(kind);
  const form = forms.active(kind);
  const own = form && forms.isOwn(form) ? form : undefined;
  const picker = {
    id: fieldId(pointer),
    label,
    value: platform,
    options,
    error: validation.errorFor(pointer),
    disabled: c.submission.sending,
    onChange: (value: string) => {
      entries.choosePlatform(kind, value);
      validation.touch(pointer);
      validation.clearServerError(pointer);
      c.test.clear();
    },
  };
  return html`
    ${c.scenario.isReadOnly(pointer)
      ? renderReadOnly({ id: picker.id, label, value: options.find((o) => o.value === platform)?.label ?? platform })
      : options.length > SEARCHABLE_ABOVE
      ? forms.pickers[kind].render({
          ...picker,
          texts: {
            placeholder: m.searchPlatforms,
            listLabel: m.suggestions,
            popular: m.popularPlatforms,
            all: m.allPlatforms,
            noMatch: m.noPlatformMatches,
            more: m.morePlatforms,
            count: (shown, total) => (shown < total ? m.shownOf(shown, total) : m.platformCount(total)),
          },
        })
      : renderSelect({
          ...picker,
          placeholder: options.length === 1 && options[0].value === platform ? undefined : m.choosePlatformOption,
          required: true,
        })}
    <div class="platform-form">
      <slot name=${`${kind}-form`}></slot>
      ${forms.loadFailed(kind)
        ? html`<div part="alert" class="alert" role="alert">${m.platformFormFailed}
            <button part="retry-button" type="button" class="secondary" @click=${() => forms.retryLoad()}>${m.retry}</button></div>`
        : (own ?? nothing)}
    </div>
    ${form && !forms.loadFailed(kind) ? testRow(c, kind) : nothing}
  `;
}

function testRow(c: StepContext, kind: PlatformKind) {
  const test = c.test.of(kind);
  return html`<div class="test-row">
    <button part="test-button" class="secondary" type="button" aria-describedby="test-result"
      ?disabled=${test?.status === 'pending' || c.submission.sending} @click=${() => void c.test.run(kind)}>
      ${c.catalogue.testConnection}
    </button>
    <div part="test-result" id="test-result" class="test-result ${test?.status ?? ''}" role="status">
      ${test ? testMessage(c, test) : nothing}
    </div>
  </div>`;
}

function testMessage(c: StepContext, test: TestState) {
  const m = c.catalogue;
  const lead = test.status === 'pending' ? m.testing : test.status === 'passed' ? m.testPassed : test.status === 'failed' ? m.testFailed : '';
  return html`${lead}${test.detail ? ` ${test.detail}` : nothing}`;
}
