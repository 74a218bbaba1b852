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
    return html`
      ${this.help(
        'The warehouse exchanges order and shipment files with DropStream on an FTP server it can reach. The server needs /in and /out folders.',
      )}
      ${this.textField('connection_string', {
        label: 'Connection string',
        hint: html`For example <code>sftp://user:password@ftp.example.com:22</code>. SFTP is preferred; FTPS and FTP also work. The port may be left out. Percent-encode characters other than letters and digits in the user name and password.`,
        required: true,
        // It holds a password but is not one to save: a password manager must not offer it.
        secret: true,
        autocomplete: 'off',
        spellcheck: false,
      })}
    `;
  }
}
