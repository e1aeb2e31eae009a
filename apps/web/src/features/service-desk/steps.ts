/** The service desk's steps and the body each takes (what the request page sends). */
import type { AnswerBody } from '@bole/contracts';

/** The body each step of the loop takes. */
export interface StepBodies {
  claim: Record<string, never>;
  contact: { note: string };
  update: { note: string };
  'hand-over': { toUserId: string; note: string };
  'co-handle': { department: string; note: string };
  'stop-clock': { waitingFor: 'talent' | 'third_party'; note: string };
  'resume-clock': { note: string };
  answer: AnswerBody;
  close: { note: string };
  'follow-up': { note: string };
  rate: { rating: number; comment?: string };
  reopen: { reason: string };
}
export type StepName = keyof StepBodies;
/** A step with its body. */
export type StepCall = { [S in StepName]: { step: S; body: StepBodies[S] } }[StepName];
