/** The id of a field's input in the wizard's shadow root, from its JSON Pointer (`/store/name` → `f-store-name`). On its own so that the first step needs nothing else of pointers.ts. */
export const fieldId = (pointer: string) => `f${pointer.replaceAll('/', '-')}`;
