import { html } from 'lit';
import { PlatformFormElement } from '../platform/platform-form-element.js';
import { dropstreamAdapterSchema } from '../schema/dropstream.js';

/**
 * @summary DropStream File Exchange credentials (one FTP/FTPS/SFTP connection string) for
 * the wizard's Warehouse Setup step.
 *
 * @example
 * <add-connection-wizard endpoint="/api/connections">
 *   <dropstream-warehouse-form slot="warehouse-form" platform="dropstream"></dropstream-warehouse-form>
 * </add-connection-wizard>
 */
export class DropstreamWarehouseForm extends PlatformFormElement {
  protected readonly schema = dropstreamAdapterSchema;
  protected readonly initialValues = { connection_string: '' };

  constructor() {
    super();
    this.platform = 'dropstream';
    this.label = 'DropStream File Exchange';
  }

  override render() {
    const m = this.messages.fileExchange;
    return html`
      ${this.help(m.help)}
      ${this.textField('connection_string', {
        label: m.connectionString,
        hint: m.connectionStringHint,
        required: true,
        // It holds a password but not this site's: `new-password` keeps the browser from
        // filling in the site's saved login (Chromium ignores `off` on a password input).
        secret: true,
        autocomplete: 'new-password',
        spellcheck: false,
      })}
    `;
  }
}
