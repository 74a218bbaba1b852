// The message catalogues, for hosts that override strings or add a language.
export { en, es, messagesFor, type Messages } from './internal/messages.js';
