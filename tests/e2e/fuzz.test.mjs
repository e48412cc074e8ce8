// The interface fuzzer in the test session (issue 20): a few thousand random interactions, in
// the three layouts, from a seed printed here (POLES_FUZZ_SEED replays it; `cargo xtask fuzz
// --steps N --seed S` runs longer). Fails on any page error, console error or panic, or when
// the page at the end disagrees with a fresh load of its address.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { suite } from './browser.mjs';
import { fuzz, disagreements, LAYOUTS } from './fuzz.mjs';

const SEED = Number(process.env.POLES_FUZZ_SEED ?? Math.floor(Math.random() * 1e9));
const STEPS = Number(process.env.POLES_FUZZ_STEPS ?? 1000);

const atlas = suite({ server: true });
before(() => {
  console.log(`fuzz seed ${SEED} (replay: POLES_FUZZ_SEED=${SEED}, or cargo xtask fuzz --seed ${SEED} --steps ${STEPS} --layout LAYOUT)`);
});

for (const layout of Object.keys(LAYOUTS)) {
  test(`${STEPS} random interactions, ${layout} layout, seed ${SEED}: no error, and the view follows the address`, async () => {
    const result = await fuzz(atlas.browser, atlas.server.url, { seed: SEED, steps: STEPS, layout });
    assert.deepEqual(result.problems, [], `seed ${SEED}, ${layout}: problems after step ${result.done}; last actions:\n${result.log.join('\n')}`);
    assert.equal(result.done, STEPS);
    assert.deepEqual(disagreements(result.fuzzed, result.expected), [], `seed ${SEED}, ${layout}`);
    const { nodes } = result.after;
    assert.ok(Math.abs(nodes - result.fresh.nodes) / result.fresh.nodes <= 0.05,
      `DOM nodes ${nodes} after fuzzing, ${result.fresh.nodes} on a fresh load (within 5 %)`);
  });
}
