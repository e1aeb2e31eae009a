import { describe, expect, it } from 'vitest';
import { applyBodyOf, budgetTotalFen, formValuesOf, resubmitBodyOf, yuanToFen } from './program-form';

describe('the project form', () => {
  it('sends budget lines typed in yuan as integer fen, blank lines left out', () => {
    const body = applyBodyOf(
      {
        title: ' 储能材料 ',
        fields: ['新材料'],
        budget: [{ item: '设备', yuan: 12000.5 }, { item: ' ', yuan: 3 }, undefined as never, { item: '差旅', yuan: 0.29 }],
      },
      ['e1'],
    );
    expect(body).toEqual({
      title: '储能材料',
      fields: ['新材料'],
      summary: '',
      basicResearch: false,
      teamTalentIds: [],
      budgetLines: [
        { item: '设备', amountFen: 1_200_050 },
        { item: '差旅', amountFen: 29 },
      ],
      evidenceIds: ['e1'],
    });
    expect(budgetTotalFen(body.budgetLines ?? [])).toBe(1_200_079);
    expect(yuanToFen(19.99)).toBe(1999);
  });

  it('names the nominated talent only when an employer nominates', () => {
    expect(applyBodyOf({ title: 'x', fields: ['a'] }, [], 't-1').talentId).toBe('t-1');
    expect('talentId' in applyBodyOf({ title: 'x', fields: ['a'] }, [])).toBe(false);
  });

  it('puts a returned application back in yuan and resubmits it in fen', () => {
    const values = formValuesOf({
      title: '储能材料',
      fields: ['新材料'],
      summary: '摘要',
      basicResearch: false,
      teamTalentIds: [],
      budgetLines: [{ item: '设备', amountFen: 50_000_00 }],
    } as never);
    expect(values.budget).toEqual([{ item: '设备', yuan: 50_000 }]);
    expect(resubmitBodyOf({ ...values, summary: '补充后的摘要' }, ['e2'])).toEqual({
      summary: '补充后的摘要',
      budgetLines: [{ item: '设备', amountFen: 50_000_00 }],
      evidenceIds: ['e2'],
      teamTalentIds: [],
    });
    expect('evidenceIds' in resubmitBodyOf(values, ['e1'], ['e1'])).toBe(false);
  });
});
