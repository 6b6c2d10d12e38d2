/**
 * The studypack command: a build's browser is started first (early.ts), and
 * the rest of the command line is loaded while Chromium starts. Loading it
 * takes about as long as Chromium takes to start, and they run on different
 * cores. The setup bundles the command line into one CommonJS file (run by
 * main.ts from V8's code cache), where the import below loads the rest only
 * then, as here.
 */
import {importLate} from '../core/late-import.js'
import {earlyBrowser} from './early.js'

// The arguments after `node main.js` (yargs' hideBin, whose module would cost more to load than this whole file).
const argv = process.argv.slice(2)
const early = earlyBrowser(argv)
// puppeteer loads first when a browser starts, so that it connects as soon as Chromium is up, not
// once the guide is read: loading the rest and reading the guide keep this thread busy until then.
const puppeteer = early ? importLate('puppeteer').catch(() => {}) : Promise.resolve()
// No top-level await: a CommonJS bundle cannot have one.
void puppeteer
  .then(() => import('./app.js'))
  .then(({main}) => main(argv, early))
  .then((code) => {
    process.exitCode = code
  })
