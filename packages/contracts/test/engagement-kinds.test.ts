/**
 * One vocabulary for how an expert is engaged: the profile's flexible mode, an engagement
 * record's mode, a posting's and a demand survey's all take their values from ENGAGEMENT_KINDS
 * and their labels from ENGAGEMENT_KIND_LABELS, so 候鸟式 or 双聘 reads the same everywhere.
 */
import { describe, expect, it } from 'vitest';
import {
  DEMAND_ENGAGEMENT_MODE_LABELS,
  DEMAND_ENGAGEMENT_MODES,
  ENGAGEMENT_KIND_LABELS,
  ENGAGEMENT_KINDS,
  ENGAGEMENT_MODE_LABELS,
  ENGAGEMENT_MODES,
  FLEX_MODE_LABELS,
  FLEX_MODES,
  POSTING_ENGAGEMENT_LABELS,
  POSTING_ENGAGEMENTS,
  SPECIAL_POST_LABELS,
  SPECIAL_POSTS,
  type Bilingual,
} from '../src/index.js';

const subsets: [string, readonly string[], Record<string, Bilingual>][] = [
  ['profile engagementMode', ENGAGEMENT_MODES.filter((m) => m !== 'none'), ENGAGEMENT_MODE_LABELS],
  ['engagement record mode', FLEX_MODES, FLEX_MODE_LABELS],
  ['posting engagement', POSTING_ENGAGEMENTS, POSTING_ENGAGEMENT_LABELS],
  ['survey demand mode', DEMAND_ENGAGEMENT_MODES, DEMAND_ENGAGEMENT_MODE_LABELS],
  ['special post', SPECIAL_POSTS.filter((p) => p !== 'none'), SPECIAL_POST_LABELS],
];

describe('engagement kinds: one list, one label each', () => {
  it.each(subsets)('%s takes its values from ENGAGEMENT_KINDS', (_name, values) => {
    expect(values.filter((v) => !(ENGAGEMENT_KINDS as readonly string[]).includes(v))).toEqual([]);
  });

  it.each(subsets)('%s labels each value with the one label of ENGAGEMENT_KIND_LABELS', (_name, values, labels) => {
    for (const v of values) expect(labels[v]).toBe(ENGAGEMENT_KIND_LABELS[v as keyof typeof ENGAGEMENT_KIND_LABELS]);
  });

  it('names 双聘 dual_appointment everywhere (never dual)', () => {
    expect(ENGAGEMENT_KIND_LABELS.dual_appointment.zh).toBe('双聘');
    expect(POSTING_ENGAGEMENTS).toContain('dual_appointment');
    expect(POSTING_ENGAGEMENTS).not.toContain('dual');
  });
});
