// The administration index: links only.

import { run, signedIn } from '../lib/page.js';

run(async () => {
  await signedIn();
});
