/**
 * A page gets its stylesheets inline. Every request a page makes goes through
 * the request check (pdf.ts), a round trip to Node, and a document links a
 * dozen stylesheets (each font weight has its own): inlined, they cost
 * nothing. Their url()s are made absolute, so the fonts still load from the
 * font packages, through the check. Only stylesheets the page could load
 * itself are inlined (local files under its readable folders); the --html
 * twins inline everything themselves.
 */
import {readFileSync, statSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {rewriteCssUrls} from '../render/css-urls.js'

const LINK = /<link rel="stylesheet" href="(file:[^"]+)">/g

/** Stylesheets recur in every document: each is read once per session, and again when it changes (--watch). */
export type StylesheetCache = Map<string, {mtimeMs: number; css: string}>

function stylesheet(href: string, read: StylesheetCache): string | null {
  try {
    const file = fileURLToPath(href)
    const {mtimeMs} = statSync(file)
    const known = read.get(href)
    if (known?.mtimeMs === mtimeMs) return known.css
    const css = rewriteCssUrls(readFileSync(file, 'utf8'), (url) => new URL(url, href).href)
    read.set(href, {mtimeMs, css})
    return css
  } catch {
    return null
  }
}

/** Inline the stylesheets the page would be allowed to load; any other link stays, to be refused by the page. */
export function inlineStylesheets(html: string, read: StylesheetCache, allowed: (url: string) => boolean): string {
  return html.replace(LINK, (link, href: string) => {
    const css = allowed(href) ? stylesheet(href, read) : null
    // A stylesheet that cannot be read, or that would end the <style> element, stays a link.
    return css === null || /<\/style/i.test(css) ? link : `<style>\n${css}\n</style>`
  })
}
