import { html, nothing } from 'lit';
import { fieldId } from '../wizard/field-id.js';
import type { FirstStepContext } from './context.js';

/** The error summary: each problem of the last failed Continue, a link to its field. */
export function errorSummary(c: FirstStepContext) {
  const { summary } = c.navigation;
  if (summary.length === 0) return nothing;
  return html`
    <div part="error-summary" class="error-summary" role="alert">
      <p class="alert-title">${c.catalogue.errorSummary}</p>
      <ul>
        ${summary.map(
          ({ pointer, message }) => html`<li><a href=${`#${fieldId(pointer)}`} @click=${(event: Event) => {
            event.preventDefault();
            void c.navigation.focusPointer(pointer);
          }}>${message}</a></li>`,
        )}
      </ul>
    </div>
  `;
}

/** Why the request failed, the errors that have no field, and Try again where trying again may help. */
export function failureAlert(c: FirstStepContext) {
  const { failure, status, notice } = c.submission;
  if (notice) return html`<p part="notice" class="notice" role="status">${notice.text}</p>`;
  if (status !== 'failed' || !failure) return nothing;
  return html`
    <div part="alert" class="alert" role="alert" tabindex="-1">
      <p class="alert-title">${c.scenario.connection ? c.catalogue.errorTitleEdit : c.catalogue.errorTitle}</p>
      <p>${failure.message}</p>
      ${failure.unplaced.length > 0 ? html`<ul>${failure.unplaced.map((e) => html`<li>${e.detail}</li>`)}</ul>` : nothing}
      ${c.submission.retryable
        ? html`<button part="retry-button" class="secondary" type="button" @click=${() => c.submission.retry()}>${c.catalogue.retry}</button>`
        : nothing}
    </div>
  `;
}
