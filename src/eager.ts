// The main entry with the rest of the wizard's code loaded with it, not after it: for a
// page that opens in edit mode, on a preset or from a hand-off link, where the first step
// cannot show before the rest has arrived anyway. One load instead of two in a row.
import './eager-engine.js';
export * from './index.js';
