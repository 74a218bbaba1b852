import type { ReactiveController } from 'lit';
import { en, type Messages } from '../internal/messages.js';
import type { ErrorMapper } from '../wizard/answers.js';
import type { Merchant } from '../wizard/draft.js';
import { checkCredentials, checkHeaders, checkMerchants, checkMessageOverrides, checkTimeout, endpointProblem, type Checked } from '../wizard/host-config.js';
import type { WizardHost } from './host.js';

type Checks = {
  merchants: Merchant[];
  headers: Record<string, string>;
  credentials: RequestCredentials;
  timeout: number;
  messages: Partial<Messages> | undefined;
  errorMapper: ErrorMapper | undefined;
};

const checks: { [K in keyof Checks]: (value: unknown) => Checked<Checks[K]> } = {
  merchants: checkMerchants,
  headers: checkHeaders,
  credentials: checkCredentials,
  timeout: checkTimeout,
  messages: (value) => checkMessageOverrides(value, en),
  errorMapper: (value) =>
    value === undefined || value === null || typeof value === 'function'
      ? { value: (value ?? undefined) as ErrorMapper | undefined, problems: [] }
      : { value: undefined, problems: ['expected a function; ignored'] },
};

/**
 * The host's data, checked when it is set: each property's problems are reported once
 * with `console.error` (naming the property), and the controllers use the checked value,
 * a sensible fallback where the host's cannot be used.
 */
export class ConfigController implements ReactiveController {
  readonly #host: WizardHost;
  readonly #seen = new Map<string, unknown>();
  readonly #checked = new Map<keyof Checks, unknown>();

  constructor(host: WizardHost) {
    this.#host = host;
    host.addController(this);
  }

  hostUpdate() {
    for (const name of ['endpoint', 'testEndpoint'] as const) {
      const url = this.#host[name];
      if (!url || this.#seen.get(name) === url) continue;
      this.#seen.set(name, url);
      const problem = endpointProblem(url, location.href);
      if (problem) report(name, [problem]);
    }
  }

  get merchants(): Merchant[] {
    return this.#get('merchants');
  }

  get headers(): Record<string, string> {
    return this.#get('headers');
  }

  get credentials(): RequestCredentials {
    return this.#get('credentials');
  }

  get timeout(): number {
    return this.#get('timeout');
  }

  get messages(): Partial<Messages> | undefined {
    return this.#get('messages');
  }

  get errorMapper(): ErrorMapper | undefined {
    return this.#get('errorMapper');
  }

  /** The checked value, computed (and its problems reported) once per value the host sets. */
  #get<K extends keyof Checks>(name: K): Checks[K] {
    const value = this.#host[name];
    if (this.#seen.has(name) && this.#seen.get(name) === value) return this.#checked.get(name) as Checks[K];
    const { value: checked, problems, warnings = [] } = checks[name](value);
    this.#seen.set(name, value);
    this.#checked.set(name, checked);
    if (problems.length > 0) report(name, problems);
    if (warnings.length > 0) console.warn(`add-connection-wizard: ${name}: ${warnings.join('; ')}.`);
    return checked;
  }
}

function report(property: string, problems: string[]) {
  console.error(`add-connection-wizard: ${property}: ${problems.join('; ')}.`);
}
