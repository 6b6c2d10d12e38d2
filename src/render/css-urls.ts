/** The url()s of a stylesheet, found and rewritten in one place (page inlining and --html copies both need it). */
const URL_IN_CSS = /url\((['"]?)([^'")]+)\1\)/g

/** Each url() of `css` that is not already a data: URL, given to `rewrite`; null keeps it as written. */
export function rewriteCssUrls(css: string, rewrite: (url: string) => string | null): string {
  return css.replace(URL_IN_CSS, (whole, _quote, url: string) => {
    if (url.startsWith('data:')) return whole
    const replaced = rewrite(url)
    return replaced === null ? whole : `url("${replaced}")`
  })
}

/** The distinct url()s of `css`, data: URLs left out. */
export function cssUrls(css: string): string[] {
  return [...new Set([...css.matchAll(URL_IN_CSS)].map((match) => match[2]!))].filter((url) => !url.startsWith('data:'))
}
