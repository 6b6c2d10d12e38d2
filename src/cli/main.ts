#!/usr/bin/env node
/**
 * The studypack command: a build's browser is started first (early.ts), and
 * the rest of the command line is loaded while Chromium starts. Loading it
 * takes about as long as Chromium takes to start, and they run on different
 * cores; the setup bundles this file on its own, the rest in chunks
 * (scripts/setup.mjs), so that nothing else is loaded before the start.
 */
import {earlyBrowser} from './early.js'

// The arguments after `node main.js` (yargs' hideBin, whose module would cost more to load than this whole file).
const argv = process.argv.slice(2)
const early = earlyBrowser(argv)
const {main} = await import('./app.js')
process.exitCode = await main(argv, early)
