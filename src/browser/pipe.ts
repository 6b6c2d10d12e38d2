/**
 * DevTools over the two pipes a browser started with --remote-debugging-pipe
 * reads (fd 3) and writes (fd 4): each message is JSON ended by a NUL byte.
 * launch.ts starts the browser itself, so it connects puppeteer through this
 * (puppeteer's own pipe transport is not part of its public API).
 */
import type {Readable, Writable} from 'node:stream'
import type {ConnectionTransport} from 'puppeteer'

export function pipeTransport(toBrowser: Writable, fromBrowser: Readable): ConnectionTransport {
  let pending: Buffer[] = []
  let closed = false
  const transport: ConnectionTransport = {
    send(message) {
      if (!closed) toBrowser.write(`${message}\0`)
    },
    close() {
      closed = true
      toBrowser.end()
      fromBrowser.destroy()
    },
  }
  fromBrowser.on('data', (chunk: Buffer) => {
    let start = 0
    for (let end = chunk.indexOf(0); end !== -1; end = chunk.indexOf(0, start)) {
      const message = Buffer.concat([...pending, chunk.subarray(start, end)]).toString('utf8')
      pending = []
      start = end + 1
      // Handed on a turn later, as puppeteer's transport does: a handler may send while another is read.
      setImmediate(() => transport.onmessage?.(message))
    }
    if (start < chunk.length) pending.push(chunk.subarray(start))
  })
  fromBrowser.once('close', () => transport.onclose?.())
  // A browser that dies mid-write breaks the pipe: its exit is the error said (launch.ts), not this.
  fromBrowser.on('error', () => {})
  toBrowser.on('error', () => {})
  return transport
}
