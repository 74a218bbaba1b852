import { textField, type FirstStepContext } from './context.js';

/** Step 1, Basic Information: the connection's name. */
export const basicStep = (c: FirstStepContext) =>
  textField(c, '/name', c.catalogue.connectionName, c.entries.draft.name, (name) => c.entries.patch({ name }), {
    required: true,
    hint: c.catalogue.connectionNameHint,
    autocomplete: 'off',
  });
