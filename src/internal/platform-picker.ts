import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Messages } from './messages.js';
import { PlatformIndex, type PickerOption } from './platform-filter.js';

export interface PickerRenderOptions {
  id: string;
  label: string;
  value: string;
  options: readonly PickerOption[];
  error?: string;
  disabled?: boolean;
  messages: Messages;
  onChange: (value: string) => void;
}

/**
 * A searchable platform picker: the WAI-ARIA combobox pattern with a list popup
 * (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/examples/combobox-autocomplete-list/).
 * Rendered into its host's shadow root, so the label and error share a root with the input.
 */
export class PlatformPicker implements ReactiveController {
  private query?: string;
  private open = false;
  private active = 0;
  private index?: PlatformIndex;
  private listId = '';

  constructor(private readonly host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment }) {
    host.addController(this);
  }

  hostConnected() {}

  hostUpdated() {
    if (!this.open || !this.listId) return;
    this.host.renderRoot.querySelector(`#${CSS.escape(this.listId)} .active`)?.scrollIntoView({ block: 'nearest' });
  }

  private indexOf(options: readonly PickerOption[]) {
    if (this.index?.options !== options) this.index = new PlatformIndex(options);
    return this.index;
  }

  /** Forgets what was typed (after reset). */
  clear() {
    this.query = undefined;
    this.open = false;
  }

  render(o: PickerRenderOptions) {
    const selected = o.options.find((option) => option.value === o.value);
    const text = this.query ?? selected?.label ?? '';
    const result = this.indexOf(o.options).filter(this.query ?? '');
    const shown = [...result.popular, ...result.matches];
    const active = Math.min(this.active, shown.length - 1);
    const listId = `${o.id}-list`;
    this.listId = listId;
    const optionId = (index: number) => `${o.id}-option-${index}`;
    const errorId = o.error ? `${o.id}-error` : undefined;
    const countId = `${o.id}-count`;

    const choose = (option: PickerOption) => {
      this.query = undefined;
      this.open = false;
      o.onChange(option.value);
      this.host.requestUpdate();
    };
    const move = (by: number) => {
      if (!this.open) this.open = true;
      else this.active = (active + by + shown.length) % Math.max(shown.length, 1);
      this.host.requestUpdate();
    };
    const onKeydown = (event: KeyboardEvent) => {
      if (event.key === 'ArrowDown') move(1);
      else if (event.key === 'ArrowUp') move(-1);
      else if (event.key === 'Enter' && this.open) {
        // With the list open, Enter belongs to the list, even when nothing matches.
        if (shown[active]) choose(shown[active]);
      }
      else if (event.key === 'Escape' && (this.open || this.query !== undefined)) {
        this.open = false;
        this.query = undefined;
        this.host.requestUpdate();
      } else return;
      event.preventDefault();
    };
    const onInput = (event: Event) => {
      this.query = (event.target as HTMLInputElement).value;
      this.open = true;
      this.active = 0;
      this.host.requestUpdate();
    };
    const onBlur = () => {
      // Leaving with an exact name chooses it; anything else goes back to the choice.
      const typed = this.query?.trim().toLowerCase();
      const exact = typed ? o.options.find((option) => option.label.toLowerCase() === typed) : undefined;
      if (exact && exact.value !== o.value) choose(exact);
      this.query = undefined;
      this.open = false;
      this.host.requestUpdate();
    };
    const renderOption = (option: PickerOption, index: number) => html`
      <li
        role="option"
        part="picker-option"
        id=${optionId(index)}
        class=${index === active ? 'active' : ''}
        aria-selected=${option.value === o.value ? 'true' : 'false'}
        @pointerdown=${(event: Event) => event.preventDefault()}
        @click=${() => choose(option)}
      >${option.label}</li>
    `;

    return html`
      <div part="field" class="field picker ${o.error ? 'invalid' : ''}">
        <div class="label-row"><label part="label" for=${o.id}>${o.label}</label></div>
        <div class="control combo">
          <input
            part="input"
            id=${o.id}
            type="text"
            role="combobox"
            autocomplete="off"
            spellcheck="false"
            placeholder=${o.messages.searchPlatforms}
            aria-autocomplete="list"
            aria-expanded=${this.open ? 'true' : 'false'}
            aria-controls=${listId}
            aria-activedescendant=${ifDefined(this.open && shown[active] ? optionId(active) : undefined)}
            aria-invalid=${o.error ? 'true' : 'false'}
            aria-describedby=${ifDefined(errorId)}
            ?required=${true}
            ?disabled=${o.disabled}
            .value=${live(text)}
            @input=${onInput}
            @keydown=${onKeydown}
            @blur=${onBlur}
            @click=${() => {
              this.open = !this.open;
              this.host.requestUpdate();
            }}
          />
          <span class="combo-arrow" aria-hidden="true">▾</span>
          <ul part="picker-list" class="listbox" role="listbox" id=${listId} aria-label=${o.messages.suggestions} ?hidden=${!this.open}>
            ${result.popular.length > 0
              ? html`<li role="presentation" class="group-label">${o.messages.popularPlatforms}</li>
                  ${result.popular.map((option, i) => renderOption(option, i))}
                  ${result.matches.length > 0 ? html`<li role="presentation" class="group-label">${o.messages.allPlatforms}</li>` : nothing}`
              : nothing}
            ${result.matches.map((option, i) => renderOption(option, result.popular.length + i))}
            ${shown.length === 0 ? html`<li role="presentation" class="empty">${o.messages.noPlatformMatches}</li>` : nothing}
            ${result.hidden > 0 ? html`<li role="presentation" class="more">${o.messages.morePlatforms(result.hidden)}</li>` : nothing}
          </ul>
        </div>
        <div class="visually-hidden" id=${countId} role="status">${this.open ? o.messages.platformCount(shown.length + result.hidden) : ''}</div>
        ${o.error ? html`<div part="error" class="error" id=${errorId!}>${o.error}</div>` : nothing}
      </div>
    `;
  }
}
