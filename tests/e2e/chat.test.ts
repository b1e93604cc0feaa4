import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Lesson } from '../../src/core/content/lesson-schema';
import { householdHead } from '../support/api-client';
import { largeTextPhone, phoneContext, phoneOnProgram } from './support/browser';
import { e2eSuite } from './support/e2e-suite';
import { fullShot, overflowX, shot } from './support/screens';
import { openJoinLink } from './support/sign-in';

const e2e = e2eSuite();

const { lessonById } = e2e;
const lastBot = (page: Page) => page.getByTestId('bot-message').last();
const residentBubbles = (page: Page) => page.getByTestId('resident-message').allInnerTexts();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A quiz option's chat button, by its TEXT: letters follow the shuffled order, so any letter may come first. */
const optionTitle = (lesson: Lesson, q: number, i: number) =>
  new RegExp(`^[A-D]\\. ${escape(lesson.quiz[q].options[i].text)}$`);

async function ask(page: Page, text: string) {
  await page.getByRole('textbox', { name: 'Câu hỏi của bác' }).fill(text);
  await page.getByRole('button', { name: 'Gửi', exact: true }).click();
}

describe('a resident asks the assistant in the app', () => {
  it('asks without an account: an answer with its lesson, a kind refusal, and a quiz question in the chat', async () => {
    const { context, page } = await phoneOnProgram(e2e.browser, e2e.server.url);
    await shot(page, 'chat-01-program-entry');

    await page.getByTestId('open-chat').click();
    await page.getByText(/Cháu là trợ lý Học vụ số/).waitFor();
    await page.getByRole('button', { name: 'Quên mật khẩu VNeID' }).waitFor();
    await shot(page, 'chat-02-start');

    await ask(page, 'quen mat khau vneid thi lam sao');
    await expect.poll(() => lastBot(page).innerText()).toContain('Quên mật khẩu');
    expect(await residentBubbles(page)).toEqual([expect.stringContaining('quen mat khau vneid thi lam sao')]);
    await shot(page, 'chat-03-answer');
    expect(await overflowX(page)).toBeLessThanOrEqual(0);

    const fix = lessonById('vneid-fix-problems');
    await lastBot(page).locator('.hvs-reply-btn.is-lesson').click();
    await page.getByRole('heading', { name: fix.cards[0].title }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/\/lesson\/vneid-fix-problems$/);
    // Back in the chat, the conversation is still there: it lasts for the app's session.
    await page.goBack();
    await expect.poll(() => lastBot(page).innerText()).toContain('Quên mật khẩu');

    await ask(page, 'giá vàng hôm nay');
    await expect.poll(() => lastBot(page).innerText()).toContain('Cháu chỉ giúp được về VNeID');
    await shot(page, 'chat-04-out-of-scope');

    await ask(page, 'học bài');
    await expect.poll(() => lastBot(page).innerText()).toContain('Bác muốn học bài nào');
    const first = lessonById(e2e.required[0]);
    await lastBot(page).getByRole('button', { name: first.title, exact: true }).click();
    await expect
      .poll(() => lastBot(page).innerText())
      .toContain(`Câu 1/${first.quiz.length}: ${first.quiz[0].question}`);
    await shot(page, 'chat-05-quiz-question');

    const q = first.quiz[0];
    const wrong = (q.correct + 1) % q.options.length;
    await lastBot(page)
      .getByRole('button', { name: optionTitle(first, 0, wrong) })
      .click();
    await expect.poll(() => lastBot(page).innerText()).toContain('Chưa đúng');
    await lastBot(page)
      .getByRole('button', { name: optionTitle(first, 0, q.correct) })
      .click();
    await expect.poll(() => lastBot(page).innerText()).toContain(`✅ ${q.options[q.correct].explain}`);
    // The resident's bubbles show what they tapped, never the payload the bot reads.
    const said = await residentBubbles(page);
    expect(said.slice(-3)).toEqual([
      expect.stringContaining(first.title),
      expect.stringContaining(q.options[wrong].text),
      expect.stringContaining(q.options[q.correct].text),
    ]);
    expect(said.join('\n')).not.toContain('quiz:');
    await shot(page, 'chat-06-quiz-feedback');
    // The conversation scrolls inside the page; the document itself never grows past the screen.
    expect(await page.evaluate(() => document.scrollingElement!.scrollHeight - window.innerHeight)).toBeLessThanOrEqual(
      0,
    );
    await fullShot(page, 'chat-07-conversation');
    // Nothing of the conversation is saved on the phone.
    expect(await page.evaluate(() => localStorage.getItem('hvs-app'))).not.toContain('giá vàng');
    await context.close();
  });

  it('at extra large text on a 360 px phone, going offline keeps the typed question for a retry', async () => {
    const { context, page } = await largeTextPhone(e2e.browser, e2e.server.url);
    await page.goto(`${e2e.server.base}/chat`);
    await page.getByText(/Cháu là trợ lý Học vụ số/).waitFor();
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('24px');
    expect(await overflowX(page)).toBeLessThanOrEqual(0);
    await shot(page, 'chat-08-start-xl-360');

    await page.getByRole('button', { name: 'Dấu hiệu lừa đảo' }).click();
    await expect.poll(() => lastBot(page).innerText()).toContain('giục gấp');
    await shot(page, 'chat-09-answer-xl-360');

    await context.setOffline(true);
    await ask(page, 'Smart Hải Phòng là gì');
    await page.getByText(/Bác đang không có mạng/).waitFor();
    expect(await page.getByRole('textbox', { name: 'Câu hỏi của bác' }).inputValue()).toBe('Smart Hải Phòng là gì');
    expect(await overflowX(page)).toBeLessThanOrEqual(0);
    await shot(page, 'chat-10-offline-xl-360');
    await context.setOffline(false);
    await page.getByRole('button', { name: 'Gửi lại' }).click();
    // The FAQ answer's wording belongs to the content writers; that an answer about the app arrived is what counts here.
    await expect.poll(() => lastBot(page).innerText()).toMatch(/Trợ lý trả lời:\s*Smart Hải Phòng/);
    expect(await page.getByRole('textbox', { name: 'Câu hỏi của bác' }).inputValue()).toBe('');
    await shot(page, 'chat-11-retried-xl-360');
    await context.close();
  });

  it('a signed-in resident who passes a quiz in the chat has it counted for the household', async () => {
    const { head, household } = await householdHead(e2e.server.url, 'Ông Hùng', 'le-chan/3');
    const context = await phoneContext(e2e.browser);
    const page = await context.newPage();
    await openJoinLink(page, e2e.server.base, household.code, 'Bà Lan');
    await page.getByRole('button', { name: 'Vào hộ', exact: true }).click();
    await page.getByTestId('household-code').waitFor();

    const lesson = lessonById('vneid-levels');
    await page.goto(`${e2e.server.base}/chat`);
    await ask(page, `học bài ${lesson.title}`);
    for (const [i, q] of lesson.quiz.entries()) {
      await expect.poll(() => lastBot(page).innerText()).toContain(`Câu ${i + 1}/${lesson.quiz.length}: ${q.question}`);
      await lastBot(page)
        .getByRole('button', { name: optionTitle(lesson, i, q.correct) })
        .click();
    }
    await expect
      .poll(() => lastBot(page).innerText())
      .toContain('Cháu đã ghi nhận bài học này cho hộ gia đình của bác.');
    await shot(page, 'chat-12-quiz-passed');
    const mine = await head.api.get('/api/households/mine');
    const lan = mine.body.members.find((m: { displayName: string }) => m.displayName === 'Bà Lan');
    expect(mine.body.lessons.find((l: { lessonId: string }) => l.lessonId === 'vneid-levels')).toMatchObject({
      done: true,
      doneBy: [lan.id],
    });
    await context.close();
  });
});
