// RFC 7396 JSON Merge Patch, applied: what PATCH {base}/{id} does to the stored connection.
// The wizard builds the patch (wizard/editing.ts); this is the other side of it.

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `target` with `patch` applied: `null` removes a key, an object merges key by key, any
 * other value replaces. A new object: `target` is not changed. Built from entries, so a key
 * `__proto__` in a patch is a key of the result, never its prototype.
 */
export function applyMergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  const result = new Map<string, unknown>(isObject(target) ? Object.entries(target) : []);
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) result.delete(key);
    else result.set(key, applyMergePatch(result.get(key), value));
  }
  return Object.fromEntries(result);
}
