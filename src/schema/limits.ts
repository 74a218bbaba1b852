// The adapter's size limits, on their own: the request schema and the catalogue schema both
// follow them, and neither should import the other for them.

/**
 * What an adapter may hold: flat values (a string, a finite number, a boolean or null) or
 * a list of at most `keys` strings (a multiselect's choices), at most `keys` keys of 1 to `keyLength` characters, strings of at most `stringLength`. Any
 * body then parses in time proportional to its size, and never recursively, so a backend
 * answers a hostile body (nested thousands deep, huge) with 422, not a stack overflow.
 */
export const adapterLimits = { keys: 100, keyLength: 100, stringLength: 10_000 } as const;
