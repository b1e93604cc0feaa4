import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPracticeItems } from '../../bot/content/load-practice';
import { PRACTICE_KINDS, type PracticeItem } from '../../src/core/practice/practice-schema';
import { auditScreen, PROFILES, profileContext } from './support/audit';
import { largeTextPhone, phoneContext } from './support/browser';
import { e2eSuite } from './support/e2e-suite';
import { optionByText, startQuiz } from './support/quiz';
import { overflowX, shot } from './support/screens';

const e2e = e2eSuite();
let items: PracticeItem[];
beforeAll(async () => {
  // The same files the build read: each item's answer is known by its id.
  items = await loadPracticeItems();
});

const shown = async (page: Page) => {
  const id = await page.locator('.pr-item').getAttribute('data-item');
  return items.find((i) => i.id === id)!;
};
const verdictButton = (page: Page, v: 'scam' | 'genuine') =>
  page.getByRole('button', { name: v === 'scam' ? 'Lừa đảo' : 'An toàn', exact: true });
const other = (v: 'scam' | 'genuine') => (v === 'scam' ? 'genuine' : 'scam');

/** Reads a lesson's cards and passes its quiz, ending on the result screen. */
async function passLesson(page: Page, id: string) {
  const lesson = e2e.lessonById(id);
  await page.goto(`${e2e.server.url}/lesson/${id}`);
  await page.locator('.hvs-card').waitFor();
  while (!(await page.getByRole('button', { name: 'Làm bài kiểm tra' }).isVisible()))
    await page.getByRole('button', { name: 'Tiếp' }).click();
  await startQuiz(page);
  for (const q of lesson.quiz) {
    await page.getByText(q.question, { exact: true }).waitFor();
    await optionByText(page, q.options[q.correct].text).click();
    await page.locator('.hvs-actions .hvs-btn-primary').click();
  }
  await page.locator('.hvs-result[data-passed="true"]').waitFor();
}

describe('"Thật hay lừa?" in the browser', () => {
  it('plays a round at extra large text on 360 px: one wrong, its clues shown, "Học lại" and back, then the score', async () => {
    expect(items.length).toBeGreaterThanOrEqual(5);
    const { context, page } = await largeTextPhone(e2e.browser, e2e.server.url);
    await page.goto(`${e2e.server.url}/`);
    await page.getByTestId('open-practice').click();
    await page.getByRole('heading', { name: 'Thật hay lừa?', level: 1 }).waitFor();

    for (let n = 1; n <= 5; n++) {
      await page.getByText(`Tin ${n}/5`).waitFor();
      const item = await shown(page);
      expect(await overflowX(page), item.id).toBeLessThanOrEqual(0);
      // The caller's words come one by one; "show all" spares the wait.
      if (item.kind === 'call' && item.vi.parts.length > 1) {
        expect(await page.locator('.pr-call-lines li').count()).toBeLessThan(item.vi.parts.length);
        await page.getByRole('button', { name: 'Xem hết lời người gọi' }).click();
        await expect.poll(() => page.locator('.pr-call-lines li').count()).toBe(item.vi.parts.length);
      }
      const wrong = n === 2;
      await verdictButton(page, wrong ? other(item.verdict) : item.verdict).click();
      const feedback = page.getByTestId('practice-feedback');
      await expect.poll(() => feedback.innerText()).toContain(wrong ? 'Chưa đúng.' : 'Đúng rồi!');
      await expect
        .poll(() => feedback.innerText())
        .toContain(item.verdict === 'scam' ? 'Đây là lừa đảo.' : 'Cái này là thật, an toàn.');
      if (wrong) {
        for (const c of item.vi.clues) expect(await feedback.innerText()).toContain(c.why);
        expect(await feedback.innerText()).toContain(item.vi.action);
        // Every clue is marked on the picture, numbered as in the list.
        const marked = await page
          .locator('.pr-item .is-marked')
          .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.part));
        expect(new Set(marked)).toEqual(new Set(item.vi.clues.map((c) => c.part)));
        expect(await overflowX(page)).toBeLessThanOrEqual(0);
        await shot(page, 'practice-xl-wrong');
        // "Học lại" opens the lesson at the card that teaches it; Back returns to the same item, still answered.
        await feedback.getByRole('button', { name: /^Học lại: / }).click();
        await page.locator(`.hvs-card[data-card="${item.teaches.card}"]`).waitFor();
        await page.getByRole('button', { name: 'Quay lại' }).filter({ visible: true }).first().click();
        await page.getByText(`Tin ${n}/5`).waitFor();
        expect((await shown(page)).id).toBe(item.id);
        await feedback.waitFor();
      }
      await page
        .locator('.pr-turn')
        .getByRole('button', { name: n === 5 ? 'Xem kết quả' : 'Tiếp', exact: true })
        .click();
    }
    await page.getByRole('heading', { name: 'Bác đúng 4/5' }).waitFor();
    expect(await page.getByTestId('practice-score').innerText()).toContain('Chưa đúng');
    expect(await overflowX(page)).toBeLessThanOrEqual(0);
    await shot(page, 'practice-xl-score');
    await page.getByRole('button', { name: 'Chơi vòng mới' }).click();
    await page.getByText('Tin 1/5').waitFor();
    await context.close();
  });

  it('sends a challenge: a second phone opens the link cold, plays the same five items, and both see both scores', async () => {
    /** Answers a round (wrong at `wrongAt`), returns the item ids in the order shown. */
    async function playRound(page: Page, wrongAt: number) {
      const seen: string[] = [];
      for (let n = 1; n <= 5; n++) {
        await page.getByText(`Tin ${n}/5`).waitFor();
        const item = await shown(page);
        seen.push(item.id);
        await verdictButton(page, n === wrongAt ? other(item.verdict) : item.verdict).click();
        await page
          .locator('.pr-turn')
          .getByRole('button', { name: n === 5 ? 'Xem kết quả' : 'Tiếp', exact: true })
          .click();
      }
      return seen;
    }
    const a = await largeTextPhone(e2e.browser, e2e.server.url);
    await a.page.goto(`${e2e.server.url}/practice`);
    const first = await playRound(a.page, 0);
    await a.page.getByRole('heading', { name: 'Bác đúng 5/5' }).waitFor();
    const [created] = await Promise.all([
      a.page.waitForResponse((r) => r.url().endsWith('/api/challenges') && r.request().method() === 'POST'),
      a.page.getByRole('button', { name: 'Thách người nhà' }).click(),
    ]);
    const { id } = (await created.json()) as { id: string };
    await expect.poll(() => a.page.locator('.pr-challenge [role="status"]').innerText()).not.toBe('');
    await a.page.locator('.pr-challenge').scrollIntoViewIfNeeded();
    await shot(a.page, 'practice-xl-challenge-invite');

    const b = await largeTextPhone(e2e.browser, e2e.server.url);
    await b.page.goto(`${e2e.server.url}/practice/challenge/${id}`);
    await b.page.getByText('Người nhà thách bác').waitFor();
    expect(await playRound(b.page, 3)).toEqual(first);
    await b.page.getByRole('heading', { name: 'Bác đúng 4/5' }).waitFor();
    const versus = b.page.locator('.pr-versus');
    await expect.poll(() => versus.innerText()).toMatch(/Người thách\s+5\/5\s+Bác\s+4\/5/);
    expect(await overflowX(b.page)).toBeLessThanOrEqual(0);
    await versus.scrollIntoViewIfNeeded();
    await shot(b.page, 'practice-xl-challenge-scores');

    // The sender opens the same link: the scores, not a second go.
    await a.page.goto(`${e2e.server.url}/practice/challenge/${id}`);
    await expect.poll(() => a.page.locator('.pr-versus').innerText()).toMatch(/5\/5[\s\S]*4\/5/);
    expect(await a.page.locator('.pr-item').count()).toBe(0);
    await a.context.close();
    await b.context.close();
  });

  it("is offered at the end of a fraud-track lesson, and not of another track's", async () => {
    const context = await phoneContext(e2e.browser);
    const page = await context.newPage();
    await passLesson(page, 'vneid-install');
    expect(await page.getByTestId('result-practice').count()).toBe(0);
    await passLesson(page, 'fraud-bank-sms');
    await page.getByRole('button', { name: 'Luyện tập: Thật hay lừa?' }).click();
    await page.getByRole('heading', { name: 'Thật hay lừa?', level: 1 }).waitFor();
    await page.getByText('Tin 1/5').waitFor();
    await context.close();
  });

  it.each(PROFILES)('passes the screen audit at $name: item, answer, score', async (profile) => {
    const context = await profileContext(e2e.browser, profile);
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/`);
    await page.getByTestId('open-practice').click();
    for (let n = 1; n <= 5; n++) {
      await page.getByText(`Tin ${n}/5`).waitFor();
      const item = await shown(page);
      if (n === 1) await auditScreen(page, profile, 'practice-item', { primary: verdictButton(page, 'scam') });
      await verdictButton(page, n === 1 ? other(item.verdict) : item.verdict).click();
      const go = page.getByRole('button', { name: n === 5 ? 'Xem kết quả' : 'Tiếp', exact: true });
      await go.waitFor();
      if (n === 1) {
        await auditScreen(page, profile, 'practice-answered', { primary: go, scrolledByApp: true });
        // The verdict itself is brought into view with the button, not left above the fold.
        await auditScreen(page, profile, 'practice-answered-verdict', {
          primary: page.locator('.pr-verdict-line strong'),
          scrolledByApp: true,
        });
      }
      await go.click();
    }
    await page.getByTestId('practice-score').waitFor();
    await auditScreen(page, profile, 'practice-score', {
      primary: page.getByRole('button', { name: 'Chơi vòng mới' }),
    });
    await context.close();
  });

  // Each kind of phone screen at both profiles, and at extra large text in high contrast: the first item of each kind
  // is put on screen through the saved round, then checked before and after a (wrong) answer.
  const variants = [
    ...PROFILES.map((p) => ({ ...p, contrast: false })),
    { ...PROFILES[0], name: 'xl-360-hc', contrast: true },
  ];
  it.each(variants)('draws every kind of item within the audit at $name', async (profile) => {
    const context = await profileContext(e2e.browser, profile);
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/`);
    await page.getByTestId('open-practice').waitFor();
    for (const kind of PRACTICE_KINDS) {
      const item = items.find((i) => i.kind === kind)!;
      await page.evaluate(
        ({ id, contrast }) => {
          const app = JSON.parse(localStorage.getItem('hvs-app')!);
          app.state.settings.highContrast = contrast;
          localStorage.setItem('hvs-app', JSON.stringify(app));
          localStorage.setItem('hvs-practice', JSON.stringify({ seen: [], round: { ids: [id], answers: [], at: 0 } }));
        },
        { id: item.id, contrast: profile.contrast },
      );
      await page.goto(`${e2e.server.url}/practice`);
      await page.locator(`.pr-item[data-item="${item.id}"]`).waitFor();
      await auditScreen(page, profile, `practice-${kind}`, { primary: verdictButton(page, 'genuine') });
      await verdictButton(page, other(item.verdict)).click();
      await page.getByTestId('practice-feedback').waitFor();
      await auditScreen(page, profile, `practice-${kind}-answered`, {
        primary: page.locator('.pr-verdict-line strong'),
        scrolledByApp: true,
      });
      expect(await page.locator('.pr-item .is-marked').count(), kind).toBeGreaterThan(0);
    }
    await context.close();
  });
});
