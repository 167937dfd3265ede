/**
 * The HTML report (`--format html`) opened in real headless Chromium
 * (Debian's `chromium`, driven by playwright-core; nothing is downloaded).
 * Skips, saying so, where no Chromium is installed (set KORREKTOR_CHROMIUM
 * to its path if it is not /usr/bin/chromium).
 *
 * Screenshots go to test/.output/: report-examples.png (the bundled
 * examples) and report-seeds.png (../shared/seeds, when present).
 */
import {existsSync, mkdirSync, readFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {Browser, Page} from 'playwright-core'
import {cli, tempDir} from './helpers/cli.js'
import {packageRoot} from '../src/lang/data.js'
import type {FileResult} from '../src/types.js'

const CHROMIUM = process.env.KORREKTOR_CHROMIUM ?? '/usr/bin/chromium'
const HAVE_CHROMIUM = existsSync(CHROMIUM)
if (!HAVE_CHROMIUM) console.log(`html-report: ${CHROMIUM} not found – browser tests skipped (install Debian's chromium or set KORREKTOR_CHROMIUM)`)

const OUTPUT = join(packageRoot(), 'test', '.output')
const SEEDS = resolve(packageRoot(), '..', 'shared', 'seeds')

// A text with findings of several rules, overlapping ones (glued UI text is
// both boilerplate and glued-words), CRLF, decomposed umlauts and markup
// that must show as text.
const TEXT =
  'Hier ist die Zusammenfassung des Artikels:\r\n\r\n' +
  'Die Regierung hat hat die Bu\u0308rger informiert. Wie die ZEIT (Quelle) berichtet, kam es zu Staus.\r\n' +
  'Die Behörden hatten already gewarnt.<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">\r\n' +
  'Mehr erfahrenExpand\r\n'

async function launch(): Promise<Browser> {
  const {chromium} = await import('playwright-core')
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
  })
}

describe.skipIf(!HAVE_CHROMIUM)('HTML report in Chromium', () => {
  let browser: Browser
  let page: Page
  let results: FileResult[]
  const requests: string[] = []

  beforeAll(async () => {
    const dir = tempDir({'zusammenfassung.txt': TEXT, 'sauber.txt': 'Die Regierung hat am Montag entschieden.\n'})
    // JSON first: the report itself is an .html file korrektor would lint next time.
    results = JSON.parse((await cli(['.', '-f', 'json'], {cwd: dir})).stdout) as FileResult[]
    const report = await cli(['.', '-f', 'html', '-o', 'bericht.html'], {cwd: dir})
    expect(report.code).toBe(1)
    browser = await launch()
    page = await browser.newPage({viewport: {width: 1200, height: 900}})
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) requests.push(request.url())
    })
    await page.goto('file://' + join(dir, 'bericht.html'))
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('needs nothing from the network', () => {
    expect(requests).toEqual([])
  })

  it('puts each highlight exactly on the flagged text', async () => {
    const messages = results.flatMap((r) => r.messages)
    expect(messages.length).toBeGreaterThan(5)
    const marked = await page.evaluate(() => {
      const byId: Record<string, string> = {}
      for (const mark of Array.from(document.querySelectorAll('mark.finding'))) {
        for (const id of mark.getAttribute('data-findings')!.split(' ')) byId[id] = (byId[id] ?? '') + mark.textContent
      }
      return byId
    })
    // Findings are numbered in report order: file by file, message by message.
    expect(Object.keys(marked)).toHaveLength(messages.length)
    messages.forEach((message, id) => expect(marked[id]).toBe(message.actual))
    expect(messages.map((m) => m.actual)).toEqual(expect.arrayContaining(['hat hat', '(Quelle)', 'already', 'erfahrenExpand']))
  })

  it('shows markup in a file as text and never runs it', async () => {
    expect(await page.evaluate(() => (window as unknown as {__pwned?: number}).__pwned)).toBeUndefined()
    const text = await page.locator('section.file', {hasText: 'zusammenfassung.txt'}).locator('pre.text').textContent()
    expect(text).toContain('<script>window.__pwned = 1</script>')
    expect(await page.locator('img').count()).toBe(0)
  })

  it('hides and shows findings with the rule and severity filters', async () => {
    const visible = () => page.locator('.findings li.item:not(.is-hidden)').count()
    const all = await visible()
    const typo = page.locator('.findings li.item[data-rule="repeated-word"]')
    await page.locator('input.filter-rule[value="repeated-word"]').uncheck()
    expect(await visible()).toBe(all - (await typo.count()))
    expect(await typo.first().isVisible()).toBe(false)
    expect(await page.locator('mark.finding[data-rules="repeated-word"]').first().getAttribute('class')).toContain('is-hidden')
    await page.locator('input.filter-rule[value="repeated-word"]').check()
    expect(await visible()).toBe(all)
    await page.locator('input.filter-severity[value="error"]').uncheck()
    const errorsShown = await page.locator('.findings li.item[data-severity="error"]:not(.is-hidden)').count()
    expect(errorsShown).toBe(0)
    await page.locator('input.filter-severity[value="error"]').check()
    expect(await visible()).toBe(all)
  })

  it('moves focus from finding to finding with the keyboard and shows the message', async () => {
    await page.locator('h1').click()
    await page.keyboard.press('j')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('finding-0')
    await page.keyboard.press('j')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('finding-1')
    await page.keyboard.press('k')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('finding-0')
    const tip = page.locator('#tip')
    expect(await tip.isVisible()).toBe(true)
    expect(await tip.textContent()).toContain(results.flatMap((r) => r.messages)[0].message)
    // A hidden finding is skipped.
    await page.locator('input.filter-severity[value="error"]').uncheck()
    await page.locator('h1').click()
    await page.keyboard.press('j')
    const id = await page.evaluate(() => document.activeElement?.id ?? '')
    const first = results.flatMap((r) => r.messages).findIndex((m) => m.severity !== 'error')
    expect(id).toBe(`finding-${first}`)
    await page.locator('input.filter-severity[value="error"]').check()
  })

  it('has a print layout without the sidebar', async () => {
    await page.emulateMedia({media: 'print'})
    expect(await page.locator('nav.sidebar').isVisible()).toBe(false)
    expect(await page.locator('.findings li.item').first().isVisible()).toBe(true)
    await page.emulateMedia({media: 'screen'})
  })

  it('takes screenshots of the examples and the seeds', async () => {
    mkdirSync(OUTPUT, {recursive: true})
    const shots: Array<[string, string]> = [[join(packageRoot(), 'examples'), 'report-examples.png']]
    if (existsSync(SEEDS)) shots.push([SEEDS, 'report-seeds.png'])
    else console.log('html-report: ../shared/seeds not found – seeds screenshot skipped')
    for (const [input, name] of shots) {
      const dir = tempDir()
      await cli([input, '-f', 'html', '-o', join(dir, 'bericht.html')], {cwd: packageRoot()})
      const shot = await browser.newPage({viewport: {width: 1280, height: 900}})
      await shot.goto('file://' + join(dir, 'bericht.html'))
      await shot.keyboard.press('j')
      await shot.screenshot({path: join(OUTPUT, name)})
      await shot.close()
      expect(readFileSync(join(OUTPUT, name)).subarray(1, 4).toString()).toBe('PNG')
    }
  })
})
