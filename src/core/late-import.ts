/**
 * import() of a package loaded only when needed (puppeteer, pdf.js). The
 * command line runs as one CommonJS bundle compiled from V8's code cache
 * (cli/main.ts), and on Node 20 a script compiled from a cache cannot
 * import(): V8 drops its callback ("A dynamic import callback was not
 * specified"). So the bundle's loader hands it `__import`, an import() made in
 * an ES module; unbundled (the tests, an npm install), import() itself.
 */
declare const __import: ((specifier: string) => Promise<unknown>) | undefined

export function importLate<T>(specifier: string): Promise<T> {
  return (typeof __import === 'function' ? __import(specifier) : import(specifier)) as Promise<T>
}
