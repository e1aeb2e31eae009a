import { describe, expect, it } from 'vitest';
import { shortfallSentence } from '../src/index.js';

describe('the assignment shortfall sentence', () => {
  it("reads like the issue's example in both languages", () => {
    const figures = {
      field: '航空动力',
      applications: 12,
      neededReviews: 36,
      eligibleReviewers: 9,
      availableReviews: 27,
      raiseLoadTo: 4,
      addReviewers: 3,
    };
    expect(shortfallSentence(figures)).toEqual({
      zh: '航空动力 领域 12 份申请需要 36 份评审；9 名无回避的专家最多可评 27 份：请将其评审上限提高到 4 份，或增加 3 名评审专家。',
      en: '12 applications in 航空动力 need 36 reviews; 9 eligible reviewers can give 27: raise their load to 4 or add 3 reviewers.',
    });
  });

  it('asks only for reviewers when no load raise can help', () => {
    const sentence = shortfallSentence({
      field: 'bio',
      applications: 1,
      neededReviews: 3,
      eligibleReviewers: 2,
      availableReviews: 2,
      raiseLoadTo: null,
      addReviewers: 1,
    });
    expect(sentence.en).toBe('1 application in bio needs 3 reviews; 2 eligible reviewers can give 2: add 1 reviewer without a conflict.');
    expect(sentence.zh).toContain('增加 1 名无回避的评审专家');
  });
});
