import { expect } from '@open-wc/testing';
import { click, currentHeading, errorOf, fill, getByLabel } from './helpers.js';
import { renderWizard, toWarehouseStep } from './route.js';

/** What the wizard says about a connection string once the user typed it and moved on. */
async function verdictOn(value: string) {
  const wizard = await renderWizard();
  await toWarehouseStep(wizard);
  await fill('Connection string', value, wizard);
  return { wizard, error: errorOf(getByLabel('Connection string', wizard)) };
}

const accepted = [
  'sftp://wh1:secret@ftp.example.com',
  'sftp://wh1:secret@ftp.example.com:22',
  'ftps://wh1:secret@ftp.example.com:990',
  'ftp://wh1:secret@ftp.example.com',
  'ftp://wh1:p%40ss%3Aword@10.0.0.7:2121',
];

// One entry per kind of problem: [value, words its message must hold].
const refused: [string, RegExp][] = [
  ['http://wh1:secret@ftp.example.com', /http:\/\/.*not supported/i],
  ['ssh://wh1:secret@ftp.example.com', /ssh:\/\/.*not supported/i],
  ['sftp://ftp.example.com', /user name and password/i],
  ['sftp://:secret@ftp.example.com', /add the user name/i],
  ['sftp://wh1@ftp.example.com', /add the password/i],
  ['sftp://wh1:secret@', /host/i],
  ['sftp://wh1:secret@:22', /host/i],
  ['sftp://wh1:p@ss@ftp.example.com', /percent-encode.*%40/i],
  ['sftp://wh1:pa/ss@ftp.example.com', /percent-encode/i],
  ['sftp://wh1:pa:ss@ftp.example.com', /percent-encode/i],
];

const badPorts = ['0', '70000', 'abc'];

describe('the DropStream File Exchange connection string', () => {
  for (const value of accepted) {
    it(`accepts ${value}`, async () => {
      const { wizard, error } = await verdictOn(value);

      expect(error).to.equal(undefined);
      await click('Continue', wizard);
      expect(currentHeading(wizard)).to.equal('Store Setup');
    });
  }

  it('requires one, and keeps the user on Warehouse Setup', async () => {
    const wizard = await renderWizard();
    await toWarehouseStep(wizard);

    await click('Continue', wizard);

    expect(errorOf(getByLabel('Connection string', wizard))).to.match(/enter the connection string/i);
    expect(currentHeading(wizard)).to.equal('Warehouse Setup');
  });

  for (const [value, words] of refused) {
    it(`refuses ${value}, saying why`, async () => {
      const { error } = await verdictOn(value);

      expect(error).to.match(words);
    });
  }

  for (const port of badPorts) {
    it(`refuses port ${port}`, async () => {
      const { error } = await verdictOn(`sftp://wh1:secret@ftp.example.com:${port}`);

      expect(error).to.match(/port.*1 to 65535/i);
    });
  }

  it('gives each kind of problem its own message', async () => {
    const oneOfEachKind = [
      '',
      'http://wh1:secret@ftp.example.com',
      'sftp://ftp.example.com',
      'sftp://:secret@ftp.example.com',
      'sftp://wh1@ftp.example.com',
      'sftp://wh1:secret@',
      'sftp://wh1:secret@ftp.example.com:0',
      'sftp://wh1:pa:ss@ftp.example.com',
    ];
    const wizard = await renderWizard();
    await toWarehouseStep(wizard);
    const messages: (string | undefined)[] = [];
    for (const value of oneOfEachKind) {
      await fill('Connection string', value, wizard);
      messages.push(errorOf(getByLabel('Connection string', wizard)));
    }

    expect(messages.every((m) => m !== undefined && m.length > 10)).to.equal(true);
    expect(new Set(messages).size).to.equal(oneOfEachKind.length);
  });
});
