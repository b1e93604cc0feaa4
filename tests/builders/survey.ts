import type { SurveyAnswers } from '../../src/core/survey/survey';

type SurveyParts = {
  devices?: Partial<SurveyAnswers['devices']>;
  uses?: Partial<SurveyAnswers['uses']>;
  wantsToLearn?: SurveyAnswers['wantsToLearn'];
};

/**
 * A survey of a household with a smartphone and Internet, on Zalo, VNeID level 1, paying cashless, wanting the
 * VNeID lesson. Override only the answers a test is about; each part merges over its defaults.
 */
export const aSurveyAnswers = (over: SurveyParts = {}): SurveyAnswers => ({
  devices: { smartphone: true, computer: false, internet: true, ...over.devices },
  uses: {
    zalo: true,
    vneidLevel: 1,
    onlinePublicServices: false,
    cashlessPayments: true,
    smartHaiPhong: false,
    ...over.uses,
  },
  wantsToLearn: over.wantsToLearn ?? { topics: ['vneid'] },
});
