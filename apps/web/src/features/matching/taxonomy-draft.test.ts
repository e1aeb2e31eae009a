import { describe, expect, it } from 'vitest';
import type { SkillTaxonomy } from '@bole/contracts';
import { addSkill, draftOf, restoreSkill, retireSkill } from './taxonomy-draft';

const skill = (code: string, zh: string, related: string[] = [], retired = false) => ({
  code,
  name: { zh, en: zh },
  synonyms: { zh: [], en: [] },
  related,
  retired,
});
const taxonomy: SkillTaxonomy = {
  version: 3,
  chains: [
    {
      chain: 'rail',
      subFields: [
        {
          code: 'rail.traction',
          name: { zh: '牵引与控制', en: 'traction' },
          skills: [
            skill('rail.traction.01', 'IGBT', ['rail.traction.02']),
            skill('rail.traction.02', '变流器', ['rail.traction.01']),
            skill('rail.traction.03', '旧技能', [], true),
          ],
        },
      ],
    },
  ],
};

describe('the taxonomy draft', () => {
  it('starts from the current skills, leaving retired ones out', () => {
    expect(draftOf(taxonomy)[0]!.skills.map((s) => s.code)).toEqual(['rail.traction.01', 'rail.traction.02']);
  });

  it('retires a skill and drops the relations to it', () => {
    const d = retireSkill(draftOf(taxonomy), 'rail.traction.02');
    expect(d[0]!.skills).toEqual([expect.objectContaining({ code: 'rail.traction.01', related: [] })]);
  });

  it('restores a retired skill', () => {
    expect(restoreSkill(draftOf(taxonomy), taxonomy, 'rail.traction.03')[0]!.skills.map((s) => s.code)).toContain('rail.traction.03');
  });

  it('numbers a new skill after every skill the sub-field ever had, retired ones included', () => {
    const d = addSkill(draftOf(taxonomy), taxonomy, 'rail.traction', { zh: '碳化硅器件', en: 'SiC devices' });
    expect(d[0]!.skills.at(-1)).toMatchObject({ code: 'rail.traction.04', name: { zh: '碳化硅器件' } });
  });
});
