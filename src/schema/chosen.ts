/** A multiselect's chosen values: its form keeps them as one comma-separated string. */
export const chosenValues = (value: string | boolean | undefined) => (typeof value === 'string' && value ? value.split(',') : []);
