import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { FirstStepContext } from './context.js';
import { footer, type FooterActions } from './footer.js';
import { errorSummary, failureAlert } from './problems.js';
import { stepper } from './stepper.js';

/**
 * A step in its frame: the step list, the panel with its heading and problems, the footer.
 * One template for the wizard and for its first step shown before the rest of its code
 * has loaded, so that the DOM (a focused input, a half-typed name) carries over unchanged.
 */
export const stepFrame = (c: FirstStepContext, step: number, body: unknown, actions: FooterActions, extra?: TemplateResult) => html`
  ${stepper(c)}
  <section part="panel" class="panel" aria-labelledby="heading">
    <h2 part="heading" id="heading" tabindex="-1">${c.catalogue.steps[step - 1]}</h2>
    ${errorSummary(c)}
    ${body}
    ${extra ?? failureAlert(c)}
  </section>
  ${footer(c, actions)}
`;
