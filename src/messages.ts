// The message catalogues, for hosts that override strings or add a language. Spanish is a
// module of its own: `add-connection-wizard/locales/es.js`.
export { en, messagesFor, registerLocale, type Messages } from './internal/messages.js';
