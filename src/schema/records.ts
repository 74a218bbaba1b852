// Records keyed by a host's strings (field names, languages, messages): a key such as
// `constructor`, `toString` or `__proto__` must read as absent unless it was set.

/** The record's own value for `key`, never one inherited from `Object.prototype`. */
export const own = <T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined =>
  record && Object.hasOwn(record, key) ? record[key] : undefined;
