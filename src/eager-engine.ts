// Part of eager.js, imported before the main entry so that the entry finds the rest of the
// code already there instead of fetching it.
import { provideEngine } from './engine-loader.js';
import * as engine from './wizard-engine.js';

provideEngine(engine);
