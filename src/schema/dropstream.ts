import * as z from 'zod/mini';

export const connectionStringSchemes = ['sftp', 'ftps', 'ftp'] as const;

// scheme://user:password@host[:port][/path]; user and password may hold letters, digits,
// the unreserved marks - . _ ~ and percent-encoded bytes; anything else must be encoded.
// The user info runs to the last "@", so an unencoded "@" or "/" in a password is
// reported as such rather than read as part of the host.
const shape = /^([a-z][a-z0-9+.-]*):\/\/(?:(.*)@)?([^@/:?#]*)(?::([^/?#]*))?([/?#].*)?$/i;
const userInfoPart = /^(?:[A-Za-z0-9\-._~]|%[0-9A-Fa-f]{2})+$/;
const hostName = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$|^\[[0-9A-Fa-f:.]+\]$/;

/**
 * Why a connection string is not usable, in words a person can act on, or `undefined`
 * when it is fine.
 */
export function connectionStringProblem(raw: string): string | undefined {
  const value = raw.trim();
  if (value === '') return 'Enter the connection string, for example sftp://user:password@ftp.example.com.';
  if (/\s/.test(value)) return 'Remove the spaces: a connection string has none (encode a space in a password as %20).';
  const match = shape.exec(value);
  if (!match) return 'Write it as sftp://user:password@host, with ftps:// or ftp:// where SFTP is not available.';
  const [, scheme, userInfo, host, port] = match;
  if (!(connectionStringSchemes as readonly string[]).includes(scheme.toLowerCase())) {
    return `“${scheme}://” is not supported: start with sftp://, ftps:// or ftp://.`;
  }
  if (userInfo === undefined) return 'Add the user name and password before the host: sftp://user:password@host.';
  const colon = userInfo.indexOf(':');
  const user = colon === -1 ? userInfo : userInfo.slice(0, colon);
  const password = colon === -1 ? '' : userInfo.slice(colon + 1);
  if (user === '') return 'Add the user name before the password: sftp://user:password@host.';
  if (password === '') return 'Add the password after the user name: sftp://user:password@host.';
  if (!userInfoPart.test(user) || !userInfoPart.test(password)) {
    return 'Percent-encode characters other than letters and digits in the user name and password (for example “@” as %40, “:” as %3A).';
  }
  if (host === '') return 'Add the server’s host name after the “@”, for example ftp.example.com.';
  // Not echoed: with an unencoded "@" in a password, the "host" may be part of it.
  if (!hostName.test(host)) return 'Check the host name after the “@”: letters, digits, dots and hyphens only. Write an “@” in the password as %40.';
  if (port !== undefined) {
    const number = Number(port);
    if (!/^\d+$/.test(port) || number < 1 || number > 65535) return 'The port must be a number from 1 to 65535, or left out.';
  }
  return undefined;
}

/** The DropStream File Exchange warehouse adapter: one connection string. */
export const dropstreamAdapterSchema = z.object({
  connection_string: z.string('Enter the connection string.').check(
    z.trim(),
    z.superRefine((value, ctx) => {
      const problem = connectionStringProblem(value);
      if (problem) ctx.issues.push({ code: 'custom', message: problem, input: value });
    }),
  ),
});

export type DropstreamAdapter = z.infer<typeof dropstreamAdapterSchema>;
