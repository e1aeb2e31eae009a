/** How a session ended, as the sign-in page tells it (screen state, not an API answer). */

/** How the session shown in this tab ended, when the person ended it: here, or in another tab. */
export type SessionEnd = 'signedOut' | 'signedOutElsewhere';

/** Navigation state of the sign-in page reached because the session ended (see RequireAuth). */
export interface SessionEndState {
  sessionEnd: SessionEnd;
}
