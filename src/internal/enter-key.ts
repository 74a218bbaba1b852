/** Inputs in which Enter means Continue (not checkboxes, radios or buttons). */
const textInputTypes = new Set(['text', 'email', 'url', 'password', 'search', 'tel', 'number']);

/** Whether a keydown is Enter in a text input, where it means Continue (not while an IME composes). */
export function isEnterInTextInput(event: KeyboardEvent): boolean {
  if (event.key !== 'Enter' || event.isComposing || event.defaultPrevented) return false;
  const target = event.composedPath()[0];
  return target instanceof HTMLInputElement && textInputTypes.has(target.type);
}
