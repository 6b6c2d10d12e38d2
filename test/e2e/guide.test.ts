/**
 * End to end: the real CLI prints real PDFs in a real Chromium, and the
 * tests read the PDFs themselves.
 */
import {existsSync, mkdtempSync, readdirSync, writeFileSync} from 'node:fs'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {studypack} from '../helpers/cli.js'
import {pdfFonts, readPdf, type PdfFacts} from '../helpers/pdf.js'

const out = mkdtempSync(path.join(os.tmpdir(), 'studypack-e2e-'))

describe('study guide PDF', () => {
  let pm: PdfFacts
  let mle: PdfFacts

  beforeAll(async () => {
    const built = await studypack(['build', '--role', 'pm', '--only', 'guide', '--out', out])
    expect(built.stderr).toContain('product-manager/guide.pdf')
    expect(built.code).toBe(0)
    expect(
      (
        await studypack([
          'build',
          '--role',
          'mle',
          '--domain',
          'nlp',
          '--only',
          'guide',
          '--paper',
          'letter',
          '--out',
          out,
          '--quiet',
        ])
      ).code,
    ).toBe(0)
    pm = await readPdf(path.join(out, 'product-manager', 'guide.pdf'))
    mle = await readPdf(path.join(out, 'ml-engineer-nlp', 'guide.pdf'))
  })

  it('has several pages and a title block naming the role', () => {
    expect(pm.pages.length).toBeGreaterThan(3)
    expect(pm.pages[0]).toContain('Interview Preparation for AI/ML Roles')
    expect(pm.pages[0]).toContain('AI Product Manager')
    expect(pm.pages[0]).toContain('Technical understanding, business acumen')
  })

  it('keeps common sections and drops the ones tagged for other roles', () => {
    const text = pm.pages.join('\n')
    for (const kept of [
      'Supervised Learning',
      'Model Evaluation',
      'ML System Architecture',
      'STAR Method',
      'Salary Negotiation',
    ])
      expect(text).toContain(kept)
    for (const dropped of [
      'Coding Preparation',
      'Specialized Architectures',
      'Scalability Considerations',
      'Implement gradient descent from scratch',
    ]) {
      expect(text).not.toContain(dropped)
    }
  })

  it('keeps only the chosen domain', () => {
    const text = mle.pages.join('\n')
    expect(text).toContain('Natural Language Processing')
    expect(text).toContain("What's the difference between BERT and GPT?")
    expect(text).not.toContain('Time Series Analysis')
    expect(text).not.toContain('Image segmentation')
  })

  it('has bookmarks for the sections, pointing at the pages they are on', () => {
    const titles = pm.outline.map((entry) => entry.title)
    expect(titles).toEqual(
      expect.arrayContaining(['Technical Interview Preparation', 'Supervised Learning', 'Day-of Interview Tips']),
    )
    for (const entry of pm.outline.filter((item) => item.depth > 0)) {
      expect(pm.pages[entry.page - 1]).toContain(entry.title)
    }
  })

  it('prints the page numbers of the contents, and they are right', () => {
    const contents = pm.pages.slice(0, 2).join('\n')
    for (const entry of pm.outline.filter((item) => item.depth > 0)) {
      expect(contents).toMatch(new RegExp(`${entry.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*${entry.page}\\b`))
    }
  })

  it('numbers its pages and runs a header with the role', () => {
    expect(pm.pages[2]).toMatch(/3 \/ \d+/)
    expect(pm.pages[2]).toContain('Interview Preparation for AI/ML Roles — AI Product Manager')
  })

  it('embeds every font, none of them Type 3', () => {
    for (const file of [
      path.join(out, 'product-manager', 'guide.pdf'),
      path.join(out, 'ml-engineer-nlp', 'guide.pdf'),
    ]) {
      const fonts = pdfFonts(file)
      expect(fonts.length).toBeGreaterThan(2)
      for (const font of fonts) {
        expect(font.embedded, font.name).toBe(true)
        expect(font.type, font.name).not.toBe('Type 3')
      }
    }
  })

  it('leaves no temp files beside the PDFs', () => {
    expect(readdirSync(path.join(out, 'product-manager')).filter((file) => file.endsWith('.tmp'))).toEqual([])
    expect(readdirSync(path.join(out, 'product-manager'))).toContain('guide.pdf')
  })
})

describe('a guide that references the network', () => {
  let server: Server
  let requests: string[] = []
  let dir: string

  beforeAll(async () => {
    server = createServer((request, response) => {
      requests.push(request.url ?? '')
      response.end('canary')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const canary = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    dir = mkdtempSync(path.join(os.tmpdir(), 'studypack-canary-'))
    writeFileSync(
      path.join(dir, 'guide.md'),
      [
        '# Hostile guide',
        '## Images and frames',
        `![remote](${canary}/image.png)`,
        `<img src="${canary}/raw.png"> <iframe src="${canary}/frame"></iframe> <object data="${canary}/object"></object>`,
        `<link rel="stylesheet" href="${canary}/style.css"><style>@import url(${canary}/import.css); body { background: url(${canary}/bg.png) }</style>`,
        `<video poster="${canary}/poster.png" src="${canary}/video.mp4"></video> <audio src="${canary}/audio.mp3"></audio>`,
        `<meta http-equiv="refresh" content="0; url=${canary}/refresh"> <script src="${canary}/script.js"></script>`,
        `<p style="background-image: url(${canary}/inline.png)" onclick="fetch('${canary}/click')">styled</p>`,
        `![local escape](file:///etc/passwd) [a link](${canary}/link) <a href="javascript:fetch('${canary}/js')">js</a>`,
        '## Key Questions',
        '- What is a canary?',
      ].join('\n\n'),
    )
  })

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('builds, and the page sends the canary nothing', async () => {
    requests = []
    const result = await studypack(['build', '--content', dir, '--out', out, '--only', 'guide'])
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('every section is common to every role')
    const pdf = await readPdf(path.join(out, 'all', 'guide.pdf'))
    expect(pdf.pages.join('\n')).toContain('What is a canary?')
    expect(pdf.pages.join('\n')).not.toContain('root:')
    expect(requests).toEqual([])
  })
})

describe('browser discovery', () => {
  it('fails with advice when the named browser does not exist', async () => {
    const target = mkdtempSync(path.join(os.tmpdir(), 'studypack-nobrowser-'))
    const result = await studypack(['build', '-r', 'ds', '--out', target, '--browser', '/nonexistent/chrome'])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('studypack: --browser names /nonexistent/chrome, which is not an executable file\n')
    expect(readdirSync(target)).toEqual([])
  })

  it('fails with install instructions when there is no browser anywhere', async () => {
    const result = await studypack(['build', '-r', 'ds', '--out', out, '--only', 'guide'], {
      env: {PATH: '/nonexistent', HOME: '/nonexistent', PUPPETEER_CACHE_DIR: '/nonexistent'},
    })
    // Only meaningful where no system browser sits at a well-known path.
    if (existsSync('/usr/bin/chromium') || existsSync('/usr/bin/google-chrome')) {
      expect(result.code).toBe(0)
    } else {
      expect(result.code).toBe(1)
      expect(result.stderr).toContain('sudo apt-get install chromium')
    }
  })
})
