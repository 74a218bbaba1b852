import { html, nothing } from 'lit';
import type { StepNumber } from '../events.js';
import type { FirstStepContext } from './context.js';

/** The step list: where the user is, which steps are done (links back), which are still ahead. */
export function stepper(c: FirstStepContext) {
  const { catalogue: m, navigation } = c;
  const sending = c.submission.sending;
  const visible = navigation.visibleSteps;
  // One step has no progress to show: the heading says where the user is.
  if (visible.length < 2) return nothing;
  // In edit mode the steps were filled in, not completed by the user: no check marks.
  const editing = Boolean(c.scenario.connection);
  return html`
    <nav class="stepper-nav" aria-label=${m.progressLabel}>
      <ol part="stepper" class="stepper">
        ${visible.map((n: StepNumber, index) => {
          const title = m.steps[n - 1];
          const current = n === navigation.step;
          const complete = !editing && !current && n < Math.max(navigation.reached, navigation.step);
          const reachable = !current && n <= navigation.reached && !sending;
          const parts = `step${current ? ' step-current' : ''}${complete ? ' step-complete' : ''}`;
          const content = html`<span part="step-number" class="step-number" aria-hidden="true">${complete ? '✓' : index + 1}</span>
            <span class="step-title">${title}</span>${complete ? html`<span class="visually-hidden">, ${m.stepCompleted}</span>` : nothing}`;
          return html`<li part=${parts} class="step ${current ? 'current' : ''} ${complete ? 'complete' : ''}" aria-current=${current ? 'step' : 'false'}>
            ${reachable
              ? html`<button type="button" class="step-button" @click=${() => navigation.goTo(n)}>${content}</button>`
              : html`<span class="step-button">${content}</span>`}
          </li>`;
        })}
      </ol>
    </nav>
  `;
}
