/**
 * A build makes no outside connection, stops a hung browser within
 * --timeout, and leaves nothing behind however it ends: the cases of issue
 * 17, run as a user runs them, with the real Chromium.
 */
import {execFileSync, spawn} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {realBinary} from '../../src/browser/launch.js'
import {PROJECT_ROOT} from '../../src/core/paths.js'
import {alive, browsersOf, commandOf, descendants, waitUntil} from '../helpers/processes.js'

const CLI = path.join(PROJECT_ROOT, 'dist', 'cli', 'main.js')
const temp = (name: string) => mkdtempSync(path.join(os.tmpdir(), `studypack-${name}-`))

function hasStrace(): boolean {
  try {
    execFileSync('strace', ['-V'], {stdio: 'ignore'})
    return true
  } catch {
    return false
  }
}

interface Violation {
  line: string
  why: string
}

const LOOPBACK = /^(?:127\.|::1$|::ffff:127\.)/

/** The remote address of a connect (its sockaddr) or of a connected socket (strace -yy: `<UDPv6:[local->remote]>`). */
function remoteOf(line: string): string | null {
  const sockaddr = /inet_addr\("([^"]+)"\)|inet_pton\(AF_INET6, "([^"]+)"/.exec(line)
  if (sockaddr) return sockaddr[1] ?? sockaddr[2] ?? null
  const peer = /<(?:UDP|UDPv6|TCP|TCPv6):\[[^>]*->\[?([0-9a-f.:]+?)\]?:\d+\]>/i.exec(line)
  return peer?.[1] ?? null
}

/**
 * Every way a traced run (strace -yy, which names each socket's protocol)
 * could reach another machine: a TCP connection to an address that is not
 * loopback, or a datagram sent to one. A UDP connect alone sends nothing:
 * Chromium makes one to ask the kernel for a route to Google's IPv6 DNS (its
 * IPv6 reachability check, which no flag turns off), so that is allowed, and
 * any datagram on such a socket is not.
 */
function outsideConnections(trace: string): Violation[] {
  const violations: Violation[] = []
  for (const line of trace.split('\n')) {
    const call = /^\d+\s+(connect|sendto|sendmsg|sendmmsg)\(\d+<(TCP|TCPv6|UDP|UDPv6)\b/.exec(line)
    if (!call) continue
    const remote = remoteOf(line)
    if (remote === null || LOOPBACK.test(remote)) continue
    if (call[2]!.startsWith('TCP')) violations.push({line, why: 'a TCP connection'})
    else if (call[1] !== 'connect') violations.push({line, why: 'a datagram to another machine'})
  }
  return violations
}

describe('no outside connection', () => {
  it('a build makes none: no TCP connection out, no datagram off the machine, and the real binary with its flags', async () => {
    // setup.mjs --test installs strace (Debian's package) where it is missing.
    expect(hasStrace(), 'strace is needed: node scripts/setup.mjs --test installs it').toBe(true)
    const out = temp('isolation-out')
    const log = path.join(temp('isolation-trace'), 'trace.txt')
    const result = await new Promise<{code: number | null; stderr: string}>((resolve) => {
      const child = spawn(
        'strace',
        [
          '-f',
          '-qq',
          '-yy',
          '-s',
          '256',
          '-e',
          'trace=execve,socket,connect,sendto,sendmsg,sendmmsg',
          '-o',
          log,
          process.execPath,
          CLI,
          'build',
          '-r',
          'mle',
          '--only',
          'guide',
          '--html',
          '-o',
          out,
          '--timeout',
          '120',
        ],
        {
          stdio: ['ignore', 'ignore', 'pipe'],
        },
      )
      let stderr = ''
      child.stderr.on('data', (chunk) => (stderr += chunk))
      child.on('close', (code) => resolve({code, stderr}))
    })
    expect(result.code, result.stderr).toBe(0)
    const trace = readFileSync(log, 'utf8')
    // The watch sees the sockets, protocol named (or it would see nothing to object to).
    expect(trace).toMatch(/\b(?:connect|sendto|sendmsg)\(\d+<(?:UNIX|NETLINK|UDPv6|UDP)\b/)
    expect(outsideConnections(trace)).toEqual([])
    // The launcher script is not what runs: Debian's adds --enable-remote-extensions and Google API keys.
    const browserStarts = trace
      .split('\n')
      .filter((line) => /execve\("[^"]*chrom[^"]*"/.test(line) && !/ = -1 /.test(line))
    expect(browserStarts.length).toBeGreaterThan(0)
    expect(browserStarts.join('\n')).not.toContain('--enable-remote-extensions')
    expect(browserStarts.join('\n')).not.toMatch(/execve\("\/usr\/bin\/chromium"/)
    expect(browserStarts[0]).toContain('--host-resolver-rules=MAP * ~NOTFOUND')
    expect(browserStarts[0]).toContain('--remote-debugging-pipe')
    rmSync(out, {recursive: true, force: true})
    rmSync(path.dirname(log), {recursive: true, force: true})
  })

  it('the watch catches what it must: a TCP connect out, a datagram out, a datagram on a UDP socket connected out', () => {
    const trace = [
      '10 connect(7<TCP:[4242]>, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("142.250.1.1")}, 16) = -1 EINPROGRESS',
      '10 connect(8<TCP:[4243]>, {sa_family=AF_INET, sin_port=htons(9), sin_addr=inet_addr("127.0.0.1")}, 16) = -1 ECONNREFUSED',
      '11 connect(8<UDPv6:[4244]>, {sa_family=AF_INET6, sin6_port=htons(443), inet_pton(AF_INET6, "2001:4860:4860::8888", &sin6_addr)}, 28) = 0',
      '11 sendto(8<UDPv6:[[::]:5000->[2001:4860:4860::8888]:443]>, "x", 1, 0, NULL, 0) = 1',
      '12 sendto(9<UDP:[4245]>, "q", 1, 0, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("8.8.8.8")}, 16) = 1',
      '13 sendto(22<NETLINK:[ROUTE:13]>, "netlink", 7, MSG_NOSIGNAL, NULL, 0) = 7',
      '14 sendto(5<UDP:[127.0.0.1:4000->127.0.0.53:53]>, "q", 1, 0, NULL, 0) = 1',
    ].join('\n')
    expect(outsideConnections(trace).map((violation) => violation.why)).toEqual([
      'a TCP connection',
      'a datagram to another machine',
      'a datagram to another machine',
    ])
  })

  it('starts the binary behind a launcher script', () => {
    const found = realBinary('/usr/bin/chromium')
    if (readFileSync('/usr/bin/chromium').subarray(0, 2).toString() === '#!') {
      expect(found).toEqual({path: '/usr/lib/chromium/chromium', wrapper: '/usr/bin/chromium'})
    } else expect(found.wrapper).toBeNull()
  })
})

/** A run of the CLI with its own temp folder, so leftovers of other runs on the machine do not count. */
function build(args: string[], cwd?: string) {
  const tmp = temp('isolation-tmp')
  const out = temp('isolation-out')
  const child = spawn(process.execPath, [CLI, 'build', '-r', 'mle', '-o', out, ...args], {
    cwd,
    env: {...process.env, TMPDIR: tmp},
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const state = {stderr: '', code: undefined as number | null | undefined}
  child.stderr.on('data', (chunk) => (state.stderr += chunk))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve((state.code = code))))
  const cleanup = () => {
    rmSync(tmp, {recursive: true, force: true})
    rmSync(out, {recursive: true, force: true})
  }
  return {child, tmp, out, state, exited, cleanup}
}

/** A document is in a page: its HTML file sits in the printer's temp folder while it loads and prints. */
function inPage(run: {tmp: string}): boolean {
  return readdirSync(run.tmp)
    .filter((name) => /^studypack-(?!browser-)/.test(name))
    .some((name) => readdirSync(path.join(run.tmp, name)).some((file) => file.endsWith('.html')))
}

/** A build that has ended left no temp folder and no browser of ours running. */
function expectNothingLeft(run: {tmp: string}): void {
  expect(readdirSync(run.tmp)).toEqual([])
  expect(browsersOf(process.pid).filter(alive)).toEqual([])
}

/** The browser's main process: the child of node that is Chromium. */
function mainBrowser(pid: number): number | undefined {
  return descendants(pid).find((child) => /chrom/i.test(commandOf(child)) && parentOf(child) === pid)
}

function parentOf(pid: number): number | undefined {
  try {
    return Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ')[1])
  } catch {
    return undefined
  }
}

describe('a hung browser is caught within --timeout', () => {
  it('SIGSTOP the browser, --timeout 5: the build ends within 10 s with a true message, and the browser is gone', async () => {
    const run = build(['--only', 'guide', '--timeout', '5'])
    try {
      // Frozen once it has a document in a page (connected, a page open).
      await waitUntil(() => mainBrowser(run.child.pid!) !== undefined && inPage(run), 60_000, 'a document in a page')
      const browser = mainBrowser(run.child.pid!)!
      const family = [browser, ...descendants(browser)]
      process.kill(browser, 'SIGSTOP')
      const stopped = performance.now()
      const code = await run.exited
      const took = performance.now() - stopped
      expect(code).toBe(1)
      expect(took).toBeLessThan(10_000)
      expect(run.state.stderr).toMatch(/studypack: the browser did not (finish|start) within 5 s/)
      expect(run.state.stderr).not.toContain('internal error')
      await waitUntil(() => family.filter(alive).length === 0, 5000, 'the browser processes to exit')
      expect(readdirSync(run.tmp)).toEqual([])
    } finally {
      run.child.kill('SIGKILL')
      run.cleanup()
    }
  })
})

describe('nothing left behind', () => {
  it('SIGKILL the node process: a few seconds later no Chromium process and no temp folder', async () => {
    const run = build(['--only', 'guide', '--timeout', '60'])
    try {
      await waitUntil(() => browsersOf(run.child.pid!).length > 0, 60_000, 'the browser')
      await new Promise((resolve) => setTimeout(resolve, 1000))
      const browsers = browsersOf(run.child.pid!)
      expect(browsers.length).toBeGreaterThan(0)
      run.child.kill('SIGKILL')
      await run.exited
      // The pipe to its parent closed: Chromium exits by itself, every process of it.
      await waitUntil(() => browsers.filter(alive).length === 0, 5000, 'every Chromium process to exit')
      // Nothing of puppeteer's own or Chromium's: the profile and temp files were in studypack's folders, which its reaper removes.
      expect(
        readdirSync(run.tmp).filter((name) => /^(puppeteer_dev_chrome_profile-|org\.chromium\.Chromium\.)/.test(name)),
      ).toEqual([])
      await waitUntil(() => readdirSync(run.tmp).length === 0, 5000, 'the temp folders to be removed')
    } finally {
      run.cleanup()
    }
  })

  it.each(['SIGTERM', 'SIGINT', 'SIGHUP'] as const)(
    '%s during a print: the right exit code, no stray error line, an empty temp folder',
    async (signal) => {
      const run = build(['--only', 'guide', '--only', 'cheatsheet', '--timeout', '60'])
      try {
        await waitUntil(() => browsersOf(run.child.pid!).length > 0 && inPage(run), 60_000, 'a document in a page')
        const browsers = browsersOf(run.child.pid!)
        run.child.kill(signal)
        const code = await run.exited
        expect(code).toBe({SIGTERM: 143, SIGINT: 130, SIGHUP: 129}[signal])
        expect(run.state.stderr).not.toMatch(/printing failed|Protocol error|internal error/)
        await waitUntil(() => browsers.filter(alive).length === 0, 5000, 'the browser processes to exit')
        expect(readdirSync(run.tmp), run.state.stderr).toEqual([])
      } finally {
        run.child.kill('SIGKILL')
        run.cleanup()
      }
    },
  )

  it('SIGTERM as soon as the browser has started, before any page: exit 143, nothing left', async () => {
    const run = build(['--only', 'guide', '--timeout', '60'])
    try {
      await waitUntil(() => browsersOf(run.child.pid!).length > 0, 60_000, 'the browser')
      const browsers = browsersOf(run.child.pid!)
      run.child.kill('SIGTERM')
      expect(await run.exited, run.state.stderr).toBe(143)
      await waitUntil(() => browsers.filter(alive).length === 0, 5000, 'the browser processes to exit')
      expect(readdirSync(run.tmp), run.state.stderr).toEqual([])
    } finally {
      run.child.kill('SIGKILL')
      run.cleanup()
    }
  })

  it('a bad guide found while the browser starts is the one error said, and leaves no browser or folder', async () => {
    const content = temp('isolation-bad')
    writeFileSync(path.join(content, 'guide.md'), '# G\n## Real Section\n')
    writeFileSync(
      path.join(content, 'studypack.yaml'),
      'roles:\n  mle:\n    name: ML Engineer\nsections:\n  Imaginary Section:\n    roles: [mle]\n',
    )
    const run = build(['--content', content])
    try {
      const code = await run.exited
      expect(code).toBe(1)
      expect(run.state.stderr).toMatch(
        /^studypack: \S*studypack\.yaml:5:3: sections: "Imaginary Section" names no section of the guide\n$/,
      )
      expectNothingLeft(run)
    } finally {
      run.cleanup()
      rmSync(content, {recursive: true, force: true})
    }
  })

  it('a bad flag of a build (its browser started before the flags were read) is the one error said, and leaves no browser or folder', async () => {
    const run = build(['--paper', 'a7'])
    try {
      expect(await run.exited).toBe(2)
      expect(run.state.stderr).toMatch(/^studypack: [^\n]*\n[\s\S]*"a7"/)
      expectNothingLeft(run)
    } finally {
      run.cleanup()
    }
  })

  it('a config file that gives the browser another timeout gets a browser started with it, and the early one goes', async () => {
    const folder = temp('isolation-config')
    writeFileSync(path.join(folder, 'studypack.config.json'), JSON.stringify({timeout: 30, only: ['checklist']}))
    const run = build(['--content', path.join(PROJECT_ROOT, 'content')], folder)
    try {
      expect(await run.exited, run.state.stderr).toBe(0)
      expect(readdirSync(run.out).flatMap((pack) => readdirSync(path.join(run.out, pack)))).toEqual(['checklist.pdf'])
      expectNothingLeft(run)
    } finally {
      run.cleanup()
      rmSync(folder, {recursive: true, force: true})
    }
  })

  it('a browser that crashes leaves no crash or profile folder', async () => {
    const run = build(['--only', 'guide', '--timeout', '60'])
    try {
      await waitUntil(() => mainBrowser(run.child.pid!) !== undefined, 60_000, 'the browser')
      await new Promise((resolve) => setTimeout(resolve, 1000))
      const first = mainBrowser(run.child.pid!)
      if (first) process.kill(first, 'SIGKILL')
      const code = await run.exited
      // Restarted once and finished, or failed with one line: either way, nothing left.
      expect([0, 1]).toContain(code)
      expect(readdirSync(run.tmp)).toEqual([])
    } finally {
      run.child.kill('SIGKILL')
      run.cleanup()
    }
  })
})
