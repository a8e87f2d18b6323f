import { tuneJit } from './util/jit-tuning.js';
import { tuneYoungGeneration } from './util/young-generation.js';
import { run } from './action/run.js';

tuneJit();
tuneYoungGeneration();

// KUBEGATE_LOAD_ONLY=1 stops once the bundle is loaded: `npm run bench` times the Action's
// cold start that way, without a scan in the measurement.
if (process.env.KUBEGATE_LOAD_ONLY !== '1') await run();
