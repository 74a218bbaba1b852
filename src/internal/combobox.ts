import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { OptionIndex, type FilterResult, type PickerOption } from './option-index.js';

/** What a combobox says; the wizard's catalogue supplies them per use (platforms, merchants). */
export interface ComboboxTexts {
  placeholder: string;
  listLabel: string;
  popular: string;
  all: string;
  noMatch: string;
  /** Below the list when more matched than are shown. */
  more: (hidden: number) => string;
  /** Announced when the list opens or changes: how many entries, and how many are shown. */
  count: (shown: number, total: number) => string;
}

/** A search the host runs (`searchMerchants`): the combobox shows its results and its state. */
export interface RemoteSearch {
  status: 'idle' | 'loading' | 'failed' | 'done';
  onQuery: (query: string) => void;
  retry: () => void;
  texts: { typeToSearch: string; searching: string; failed: string; retry: string };
}

export interface ComboboxRenderOptions {
  id: string;
  label: string;
  value: string;
  options: readonly PickerOption[];
  /** Whether typing an entry's value finds it too (a merchant's number). */
  matchValue?: boolean;
  /** The chosen entry's label when it is not among `options` (a remote result from an earlier search). */
  valueLabel?: string;
  hint?: string;
  error?: string;
  disabled?: boolean;
  required?: boolean;
  texts: ComboboxTexts;
  remote?: RemoteSearch;
  onChange: (value: string) => void;
}

/** At most this many options are in the DOM at once; typing narrows the rest. */
const LIMIT = 50;

/**
 * A searchable list: the WAI-ARIA combobox pattern with a list popup
 * (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/examples/combobox-autocomplete-list/),
 * for platforms, merchants, warehouses and stores alike. Rendered into its host's shadow
 * root, so the label and error share a root with the input. The list holds at most 50
 * options; screen readers are told how many there are and how many are shown.
 */
export class Combobox implements ReactiveController {
  #query?: string;
  #open = false;
  #active = 0;
  #index?: OptionIndex;
  #listId = '';
  #filtered?: { index: OptionIndex; query: string; result: FilterResult };
  #preparing = false;
  #cancelPrepare: () => void = () => {};
  readonly #host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };

  constructor(host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment }) {
    this.#host = host;
    host.addController(this);
  }

  hostUpdated() {
    // Sort a long list while the user reads the step, so that the first keystroke is quick.
    const index = this.#index;
    if (index && !this.#preparing) {
      this.#preparing = true;
      this.#cancelPrepare();
      const prepare = () => {
        this.#cancelPrepare = () => {};
        index.prepare();
      };
      if (typeof requestIdleCallback === 'function') {
        const handle = requestIdleCallback(prepare);
        this.#cancelPrepare = () => cancelIdleCallback(handle);
      } else {
        const handle = setTimeout(prepare);
        this.#cancelPrepare = () => clearTimeout(handle);
      }
    }
    if (!this.#open || !this.#listId) return;
    this.#host.renderRoot.querySelector(`#${CSS.escape(this.#listId)} .active`)?.scrollIntoView({ block: 'nearest' });
  }

  hostDisconnected() {
    // A wizard taken off the page does not keep 10,000 names alive for a pending sort.
    this.#cancelPrepare();
    this.#preparing = false;
  }

  /** Forgets what was typed (after reset). */
  clear() {
    this.#query = undefined;
    this.#open = false;
  }

  /** The index of `options`, made when they change (its sorting waits for a query or idle time). */
  #indexFor(options: readonly PickerOption[], matchValue = false): OptionIndex {
    if (this.#index?.options !== options) {
      this.#index = new OptionIndex(options, { matchValue });
      this.#preparing = false;
    }
    return this.#index;
  }

  #result(options: readonly PickerOption[], remote: boolean, matchValue = false): FilterResult {
    // A host's search has chosen and ordered its results already: show them as they are.
    if (remote) return { popular: [], matches: options.slice(0, LIMIT), hidden: Math.max(options.length - LIMIT, 0) };
    const index = this.#indexFor(options, matchValue);
    const query = this.#query ?? '';
    const cached = this.#filtered;
    if (cached && cached.index === index && cached.query === query) return cached.result;
    const result = index.filter(query, LIMIT);
    this.#filtered = { index, query, result };
    return result;
  }

  render(o: ComboboxRenderOptions) {
    const remote = o.remote;
    const selected = o.value ? this.#indexFor(o.options, o.matchValue).get(o.value) : undefined;
    const text = this.#query ?? selected?.label ?? (o.value ? (o.valueLabel ?? '') : '');
    // A closed list has no options in the DOM: the step with 10,000 merchants shows at once.
    const result = this.#open ? this.#result(o.options, Boolean(remote), o.matchValue) : { popular: [], matches: [], hidden: 0 };
    this.#indexFor(o.options, o.matchValue);
    const shown = [...result.popular, ...result.matches];
    const active = Math.min(this.#active, shown.length - 1);
    const listId = `${o.id}-list`;
    this.#listId = listId;
    const optionId = (index: number) => `${o.id}-option-${index}`;
    const hintId = o.hint ? `${o.id}-hint` : undefined;
    const errorId = o.error ? `${o.id}-error` : undefined;
    const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
    const update = () => this.#host.requestUpdate();

    const choose = (option: PickerOption) => {
      this.#query = undefined;
      this.#open = false;
      o.onChange(option.value);
      update();
    };
    const move = (by: number) => {
      if (!this.#open) this.#open = true;
      else this.#active = (active + by + shown.length) % Math.max(shown.length, 1);
      update();
    };
    const onKeydown = (event: KeyboardEvent) => {
      if (event.key === 'ArrowDown') move(1);
      else if (event.key === 'ArrowUp') move(-1);
      else if (event.key === 'Enter' && this.#open) {
        // With the list open, Enter belongs to the list, even when nothing matches.
        if (shown[active]) choose(shown[active]);
      } else if (event.key === 'Escape' && (this.#open || this.#query !== undefined)) {
        this.#open = false;
        this.#query = undefined;
        update();
      } else return;
      event.preventDefault();
    };
    const onInput = (event: Event) => {
      this.#query = (event.target as HTMLInputElement).value;
      this.#open = true;
      this.#active = 0;
      remote?.onQuery(this.#query);
      update();
    };
    // Just after the blur: a combobox removed by a step change is blurred inside Lit's commit.
    const onBlur = () => queueMicrotask(() => {
      // Leaving with an exact name chooses it; anything else goes back to the choice.
      const typed = this.#query?.trim().toLowerCase();
      const exact = typed ? o.options.find((option) => option.label.toLowerCase() === typed) : undefined;
      if (exact && exact.value !== o.value) choose(exact);
      // A search the host runs keeps what was typed while it failed or nothing is chosen, so
      // that it can be tried again; otherwise the box shows the choice that will be sent.
      if (!remote || (o.value && remote.status !== 'failed')) this.#query = undefined;
      this.#open = false;
      update();
    });
    const renderOption = (option: PickerOption, index: number) => html`
      <li role="option" part="picker-option" id=${optionId(index)} class=${index === active ? 'active' : ''}
        aria-selected=${option.value === o.value ? 'true' : 'false'}
        @pointerdown=${(event: Event) => event.preventDefault()} @click=${() => choose(option)}>${option.label}</li>
    `;
    const status = remote ? remoteStatus(remote, this.#query ?? '', shown.length) : undefined;
    const announcement = status?.text ?? (shown.length === 0 ? o.texts.noMatch : o.texts.count(shown.length, shown.length + result.hidden));

    return html`
      <div part="field" class="field picker ${o.error ? 'invalid' : ''}">
        <div class="label-row"><label part="label" for=${o.id}>${o.label}</label></div>
        ${o.hint ? html`<div part="hint" class="hint" id=${hintId!}>${o.hint}</div>` : nothing}
        <div class="control combo">
          <input part="input" id=${o.id} type="text" role="combobox" autocomplete="off" spellcheck="false"
            placeholder=${o.texts.placeholder} aria-autocomplete="list" aria-expanded=${this.#open ? 'true' : 'false'}
            aria-controls=${listId} aria-activedescendant=${ifDefined(this.#open && shown[active] ? optionId(active) : undefined)}
            aria-invalid=${o.error ? 'true' : 'false'} aria-describedby=${ifDefined(describedBy)}
            aria-busy=${status?.busy ? 'true' : 'false'}
            ?required=${o.required ?? true} ?disabled=${o.disabled} .value=${live(text)}
            @input=${onInput} @keydown=${onKeydown} @blur=${onBlur}
            @click=${() => {
              this.#open = !this.#open;
              update();
            }} />
          <span class="combo-arrow" aria-hidden="true">▾</span>
          <ul part="picker-list" class="listbox" role="listbox" id=${listId} aria-label=${o.texts.listLabel} ?hidden=${!this.#open || shown.length === 0}>
            ${result.popular.length > 0
              ? html`<li role="presentation" class="group-label">${o.texts.popular}</li>
                  ${result.popular.map((option, i) => renderOption(option, i))}
                  ${result.matches.length > 0 ? html`<li role="presentation" class="group-label">${o.texts.all}</li>` : nothing}`
              : nothing}
            ${result.matches.map((option, i) => renderOption(option, result.popular.length + i))}
            ${result.hidden > 0 ? html`<li role="presentation" class="more">${o.texts.more(result.hidden)}</li>` : nothing}
          </ul>
          ${this.#open && shown.length === 0
            ? // Beside the listbox, which holds options only (an empty one is hidden).
              html`<div part="picker-list" class="listbox message">${status?.text ?? o.texts.noMatch}</div>`
            : nothing}
        </div>
        <div class="visually-hidden" role="status">${this.#open ? announcement : ''}</div>
        ${status?.retry
          ? // Outside the listbox (a listbox holds options only), open or closed.
            html`<div class="remote-failed">${this.#open ? nothing : html`<span role="alert">${status.text}</span> `}<button type="button" class="link"
              @pointerdown=${(e: Event) => e.preventDefault()} @click=${remote!.retry}>${remote!.texts.retry}</button></div>`
          : nothing}
        ${o.error ? html`<div part="error" class="error" id=${errorId!}>${o.error}</div>` : nothing}
      </div>
    `;
  }
}

/** What a host's search is doing, when there is something to say beyond the results. */
function remoteStatus(remote: RemoteSearch, query: string, results: number): { text: string; busy?: boolean; retry?: boolean } | undefined {
  if (remote.status === 'loading') return { text: remote.texts.searching, busy: true };
  if (remote.status === 'failed') return { text: remote.texts.failed, retry: true };
  if (query.trim() === '' && results === 0) return { text: remote.texts.typeToSearch };
  return undefined;
}
