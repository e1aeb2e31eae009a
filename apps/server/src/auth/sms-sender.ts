/**
 * Text messages to a person's mobile (password recovery codes). The sender is pluggable: a
 * gateway is configured with BOLE_SMS_WEBHOOK_URL (a POST of `{ to, text }` as JSON, the
 * shape most SMS gateways and a small relay accept); without one, development and test
 * instances write the message to the server log, and a production instance has no sender at
 * all, so recovery answers 503 BOLE_SMS_UNAVAILABLE instead of pretending to send.
 */
import type { Config } from '../config.js';
import { maskMobile } from '../personal-data/personal-data.js';

/** Delivers one text message; rejects when the message could not be handed over. */
export interface SmsSender {
  /** A name for the audit log and the start-up banner (`log`, `webhook`). */
  readonly name: string;
  send(to: string, text: string): Promise<void>;
}

/**
 * Development sender: writes the message to the server log (stderr) with the number masked.
 * The code itself is in the line — that is its purpose — so it is never used in production.
 */
export function logSmsSender(write: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): SmsSender {
  return {
    name: 'log',
    send: async (to, text) => write(`[sms to ${maskMobile(to)}] ${text}`),
  };
}

/** Posts `{ to, text }` as JSON to a gateway; any answer but 2xx is a failure. */
export function webhookSmsSender(url: string, fetchImpl: typeof fetch = fetch): SmsSender {
  return {
    name: 'webhook',
    async send(to, text) {
      const res = await fetchImpl(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ to, text }) });
      if (!res.ok) throw new Error(`the SMS gateway answered HTTP ${res.status}`);
    },
  };
}

/** The sender a configuration gives: the gateway when configured, else the log outside production, else none. */
export function smsSenderOf(config: Pick<Config, 'env' | 'smsWebhookUrl'>): SmsSender | null {
  if (config.smsWebhookUrl) return webhookSmsSender(config.smsWebhookUrl);
  return config.env === 'production' ? null : logSmsSender();
}
