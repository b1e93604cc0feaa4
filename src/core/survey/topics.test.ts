import { describe, expect, it } from 'vitest';
import { SURVEY_TOPICS } from './survey';
import { TOPICS } from './topics';

describe('survey topics', () => {
  it('the app offers exactly the topics the service accepts', () => {
    expect([...TOPICS]).toEqual([...SURVEY_TOPICS]);
  });
});
