/**
 * What this instance does with each kind of signed message it receives: a small registry that
 * region parts add to (`registerMessageHandler`). A handler runs inside the transaction that
 * logs the message; its answer is signed and logged by the exchange (exchange.service.ts).
 */
import type { RegionMessageKind } from '@bole/contracts';
import type { Tx } from '../db/database.js';
import type { AppContext } from '../platform/context.js';
import type { EnvelopeClaims } from './envelope.js';

/** The answer a handler gives; `consentId`, `talentId`, `facts` go to the log entry of the answer. */
export interface HandlerAnswer {
  kind: RegionMessageKind;
  body: Record<string, unknown>;
  /** A refusal reason when the answer refuses (logged beside the answer). */
  reason?: string | null;
  consentId?: string | null;
  talentId?: string | null;
  facts?: string[];
}

/** Handles a verified message from another member. */
export type MessageHandler = (ctx: AppContext, tx: Tx, message: EnvelopeClaims) => Promise<HandlerAnswer>;

const handlers = new Map<string, MessageHandler>();

/** Adds (or replaces) the handler of a message kind. */
export function registerMessageHandler(kind: RegionMessageKind, handler: MessageHandler): void {
  handlers.set(kind, handler);
}

/** The handler of a kind, or undefined. */
export function messageHandlerOf(kind: string): MessageHandler | undefined {
  return handlers.get(kind);
}
