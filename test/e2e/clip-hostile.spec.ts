import { readFileSync } from 'node:fs';
import { expect, openDesk, test } from '../support/e2e-fixtures';
import { startPageServer, type PageServer } from '../support/page-server';

let pages: PageServer | null = null;
test.afterEach(async () => {
  await pages?.close();
  pages = null;
});

const hostile = readFileSync('test/fixtures/hostile/xss-vectors.html');

test('a hostile page, clipped and read: no script runs, no dialog opens, nothing is requested beyond the app', async ({ page, app }) => {
  pages = await startPageServer({ '/hostile': { headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: hostile } });
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await openDesk(page, app);

  await page.keyboard.press('Control+n');
  const clipDialog = page.getByRole('dialog', { name: 'New clip' });
  await clipDialog.getByRole('textbox', { name: 'Web address' }).fill(pages.url('/hostile'));
  await page.keyboard.press('Enter');
  await expect(clipDialog).toBeHidden({ timeout: 20_000 });
  const reader = page.getByRole('main');
  await expect(reader.getByRole('heading', { name: 'Council approves budget after long debate', level: 2 })).toBeVisible();

  // From here on the reporter only reads: the page server must hear nothing more.
  const served = pages.requests.length;
  const views = reader.getByRole('group', { name: 'Show the clip as' });
  for (const [button, region] of [
    ['Article', 'Article'],
    ['Full page', 'Full page'],
  ] as const) {
    await views.getByRole('button', { name: button }).click();
    const html = reader.getByRole('region', { name: region });
    await expect(html).toContainText('SAFE-TEXT-MARKER');
    await expect(html).toContainText('SAFE-END-MARKER');
    await expect(html.getByRole('img', { name: 'SAFE-PNG-MARKER' })).toBeVisible();

    // What the sanitizers let through is inert: no active elements, no handlers, no styles, only web and mail links.
    const report = await html.evaluate((root) => {
      const active = root.querySelectorAll('script, style, iframe, frame, object, embed, form, input, button, select, textarea, link, meta, base, svg, math, template, video, audio').length;
      const attributes = Array.from(root.querySelectorAll('*')).flatMap((e) =>
        Array.from(e.attributes)
          .filter((a) => a.name.startsWith('on') || ['style', 'srcdoc', 'srcset', 'id', 'name', 'class', 'formaction', 'target'].includes(a.name))
          .map((a) => `${e.tagName}[${a.name}]`),
      );
      const hrefs = Array.from(root.querySelectorAll('a[href]')).map((a) => a.getAttribute('href')!);
      const srcs = Array.from(root.querySelectorAll('img')).map((i) => i.getAttribute('src')!);
      return { active, attributes, hrefs, srcs };
    });
    expect(report.active).toBe(0);
    expect(report.attributes).toEqual([]);
    for (const href of report.hrefs) expect(href).toMatch(/^(https?:|mailto:)/);
    for (const src of report.srcs) expect(src).toMatch(/^(notebook-assets\/[0-9a-f]{64}\.\w+|data:image\/(png|jpeg|gif|webp)[;,])/);

    // Hover and click what an attack would hope to be hovered and clicked. A javascript: or data: link
    // was left without its address, so it is plain text; "#" became the page's own web address, which
    // (like every link) only asks before it opens anything.
    const confirm = page.getByRole('dialog', { name: 'Open this link in your browser?' });
    for (const text of ['mixed case', 'entities', 'data link', 'vbscript', 'overlay 32', 'hash link 32']) {
      const target = html.getByText(text, { exact: true }).first();
      if ((await target.count()) === 0) continue;
      await target.hover();
      await target.click();
      await page.waitForTimeout(150);
      if (await confirm.isVisible()) {
        expect(text).toBe('hash link 32');
        await expect(confirm.locator('.open-link-url')).toHaveText(/^http:\/\/127\.0\.0\.1:\d+\/hostile#$/);
        await confirm.getByRole('button', { name: 'Cancel' }).click();
      }
    }
    // A real link asks first, and Cancel leaves the app where it was.
    await html.getByRole('link', { name: 'SAFE-LINK-MARKER' }).click();
    await expect(confirm).toContainText('http://127.0.0.1:9/safe-link');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(confirm).toBeHidden();
  }

  await page.waitForTimeout(500);
  expect(dialogs, 'no alert, confirm or prompt ever opened').toEqual([]);
  expect(page.url().startsWith(app.origin)).toBe(true);
  const outside = requests.filter((url) => !url.startsWith(`${app.origin}/`) && !url.startsWith('data:'));
  expect(outside, 'requests that left the app').toEqual([]);
  expect(pages.requests.slice(served), 'requests to the page server while reading').toEqual([]);
});
