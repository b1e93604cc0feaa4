import { describe, expectTypeOf, it } from 'vitest';
import type { BotReply } from '../../bot/chatbot/types';
import type { BotReplyView } from '../../src/core/api/schemas';

// The app may not import the service (lint), so the contract between them is checked here, where both are visible.
describe('the bot reply contract', () => {
  it('the app reads what the bot sends', () => {
    expectTypeOf<BotReply>().toMatchTypeOf<BotReplyView>();
  });
});
