// The DOM-free schema entry: the wizard, its platform forms, the demo's mock backend and
// a host's Node server all validate with these same schemas.
export * from './catalogue.js';
export * from './clean.js';
export * from './connection.js';
export * from './dropstream.js';
export * from './errors.js';
export * from './infusionsoft.js';
export * from './platform-definition.js';
export * from './text.js';
