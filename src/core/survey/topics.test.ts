import { describe, expect, it } from 'vitest';
import { surveyAnswers, SURVEY_TOPICS } from './survey';
import { TOPICS } from './topics';

const withTopics = (topics: string[]) => ({
  devices: { smartphone: true, computer: false, internet: true },
  uses: { zalo: true, vneidLevel: 2, onlinePublicServices: false, cashlessPayments: false, smartHaiPhong: false },
  wantsToLearn: { topics },
});

describe('survey topics', () => {
  it('the schema takes its topics from the one list the app offers', () => {
    expect(SURVEY_TOPICS).toBe(TOPICS);
    expect(surveyAnswers.safeParse(withTopics([...TOPICS])).success).toBe(true);
    expect(surveyAnswers.safeParse(withTopics(['crypto'])).success).toBe(false);
  });
});
