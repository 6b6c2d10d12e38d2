/**
 * A page gets its stylesheets inline, and their fonts as data: URLs. Every
 * request a page makes goes through the request check (pdf.ts), a round trip
 * to Node, and a document links a dozen stylesheets and loads several fonts:
 * while this thread renders the next document, each round trip would leave
 * the browser waiting. Inlined, the page loads without asking anything.
 * Only the font faces the document can use are kept (by unicode-range, from
 * the characters of the page and of its styles), so a page carries a few
 * hundred kilobytes of fonts, not all two megabytes. Only files the page could
 * load itself are inlined (local files under its readable folders); anything
 * else stays a link, to be refused by the page.
 */
import {readFileSync, statSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {rewriteCssUrls} from '../render/css-urls.js'
import {codePointsOf, toDataUrl, usedFontFaces} from '../render/inline.js'

const LINK = /<link rel="stylesheet" href="(file:[^"]+)">/g
const STYLE = /<style>([\s\S]*?)<\/style>/g
const FONT = /\.(?:woff2?|ttf|otf)(?:[?#].*)?$/i

/** Stylesheets and fonts recur in every document: each is read once per session (a stylesheet again when it changes, for --watch). */
export interface StylesheetCache {
  sheets: Map<string, {mtimeMs: number; css: string}>
  /** Font files as data: URLs, by file: URL; null when unreadable. */
  fonts: Map<string, string | null>
}

export const stylesheetCache = (): StylesheetCache => ({sheets: new Map(), fonts: new Map()})

function stylesheet(href: string, cache: StylesheetCache): string | null {
  try {
    const file = fileURLToPath(href)
    const {mtimeMs} = statSync(file)
    const known = cache.sheets.get(href)
    if (known?.mtimeMs === mtimeMs) return known.css
    const css = rewriteCssUrls(readFileSync(file, 'utf8'), (url) => new URL(url, href).href)
    cache.sheets.set(href, {mtimeMs, css})
    return css
  } catch {
    return null
  }
}

function fontData(url: string, cache: StylesheetCache): string | null {
  if (!cache.fonts.has(url)) {
    try {
      const file = fileURLToPath(url)
      cache.fonts.set(url, toDataUrl(file, readFileSync(file)))
    } catch {
      cache.fonts.set(url, null)
    }
  }
  return cache.fonts.get(url) ?? null
}

/** Inline the stylesheets and fonts the page would be allowed to load; any other link stays, to be refused by the page. */
export function inlineStylesheets(html: string, cache: StylesheetCache, allowed: (url: string) => boolean): string {
  const linked = html.replace(LINK, (link, href: string) => {
    const css = allowed(href) ? stylesheet(href, cache) : null
    // A stylesheet that cannot be read, or that would end the <style> element, stays a link.
    return css === null || /<\/style/i.test(css) ? link : `<style>\n${css}\n</style>`
  })
  // The styles' characters count too: a glyph may come from CSS alone (`content: "→"`).
  const points = codePointsOf(linked)
  return linked.replace(STYLE, (_whole, css: string) => {
    const fonts = rewriteCssUrls(usedFontFaces(css, points), (url) =>
      url.startsWith('file:') && FONT.test(url) && allowed(url) ? fontData(url, cache) : null,
    )
    return `<style>${fonts}</style>`
  })
}
