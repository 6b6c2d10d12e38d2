/**
 * Fields for text-file importers. Anki reads a tab-separated file whose
 * fields may be wrapped in double quotes, a quote inside doubled
 * (docs.ankiweb.net, "Importing text files"); every field is quoted here, so
 * the quotes of HTML attributes can never be taken for a field's start.
 * CSV follows RFC 4180: CRLF line ends, fields quoted when they must be.
 */

/** One line of HTML: newlines inside <pre> become <br>, all others, and tabs, become spaces. */
export function singleLineHtml(html: string): string {
  return html
    .split(/(<pre[\s>][\s\S]*?<\/pre>)/)
    .map((chunk) =>
      chunk.startsWith('<pre')
        ? chunk.replace(/\r?\n|\r/g, '<br>').replace(/\t/g, '    ')
        : chunk.replace(/[ \t\r\n]+/g, ' '),
    )
    .join('')
    .trim()
}

/** An Anki field: one line of HTML, in double quotes, quotes inside doubled. */
export function ankiField(html: string): string {
  return `"${singleLineHtml(html).replace(/"/g, '""')}"`
}

export function ankiLine(fields: string[]): string {
  return fields.map(ankiField).join('\t')
}

/** RFC 4180: quote a field holding a comma, quote, CR or LF (or edge spaces), doubling its quotes. */
export function csvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function csvLine(fields: string[]): string {
  return fields.map(csvField).join(',')
}
