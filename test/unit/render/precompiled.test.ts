import {mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Handlebars from 'handlebars'
import {afterAll, describe, expect, it} from 'vitest'
import {compiled, precompileTemplates} from '../../../src/render/precompiled.js'

describe('templates compiled at setup', () => {
  const templates = mkdtempSync(path.join(os.tmpdir(), 'studypack-hbs-'))
  const out = path.join(templates, 'out')
  const page = '<h1>{{title}}</h1>{{#each items}}{{> item}}{{/each}}{{missing.deep}}'
  const item = '<li class="{{#if done}}done{{/if}}">{{name}}</li>'
  mkdirSync(path.join(templates, 'doc', 'partials'), {recursive: true})
  writeFileSync(path.join(templates, 'doc', 'page.hbs'), page)
  writeFileSync(path.join(templates, 'doc', 'partials', 'item.hbs'), item)
  const view = {title: 'A & B', items: [{name: 'one', done: true}, {name: '<two>'}]}
  afterAll(() => rmSync(templates, {recursive: true, force: true}))

  it('render as the same templates compiled on first use', () => {
    expect(precompileTemplates(templates, out)).toBe(2)
    expect(readdirSync(out)).toHaveLength(2)
    const render = (dir: string) => {
      const hbs = Handlebars.create()
      hbs.registerPartial('item', compiled(hbs, item, dir))
      return compiled(hbs, page, dir)(view)
    }
    const fresh = render(path.join(templates, 'nowhere'))
    expect(render(out)).toBe(fresh)
    expect(fresh).toBe('<h1>A &amp; B</h1><li class="done">one</li><li class="">&lt;two&gt;</li>')
  })

  it('compile an edited template on first use, not its old compiled self', () => {
    const hbs = Handlebars.create()
    hbs.registerPartial('item', compiled(hbs, item, out))
    expect(compiled(hbs, `${page}!`, out)(view)).toMatch(/!$/)
  })
})
