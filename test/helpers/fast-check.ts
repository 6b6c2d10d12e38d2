/**
 * fast-check runs from a fixed seed so that `npm test` gives the same verdict
 * on every run: a failing CI must mean a change broke something, not that a
 * random draw found an old bug. `npm run fuzz` explores new seeds with many
 * more runs; a failure there prints the seed to replay with FC_SEED.
 */
import fc from 'fast-check'

const seed =
  process.env.FC_SEED === 'random'
    ? Date.now() ^ (Math.random() * 0x100000000)
    : Number(process.env.FC_SEED ?? 20261129)
const factor = Number(process.env.FC_RUNS_FACTOR ?? 1)

fc.configureGlobal({seed, ...(factor !== 1 && {numRuns: Math.round(100 * factor)})})

/** Runs for a property: its usual count, scaled by FC_RUNS_FACTOR when fuzzing. */
export const runs = (usual: number) => Math.max(1, Math.round(usual * factor))
