// A module hook for tests: names on stderr each heavy package a command loads.
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context)
  const match = /node_modules\/(puppeteer-core|puppeteer|pdfjs-dist)\//.exec(result.url)
  if (match) process.stderr.write(`loaded: ${match[1]}\n`)
  return result
}
