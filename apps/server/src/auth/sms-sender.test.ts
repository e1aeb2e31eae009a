import { describe, expect, it } from 'vitest';
import { logSmsSender, smsSenderOf, webhookSmsSender } from './sms-sender.js';
import { newNumericCode, newOneTimePassword } from './secrets.js';

describe('SMS senders', () => {
  it('writes the message to the log in development, with the number masked', async () => {
    const lines: string[] = [];
    await logSmsSender((l) => lines.push(l)).send('13800000001', '验证码 123456');
    expect(lines).toEqual(['[sms to 138****0001] 验证码 123456']);
  });

  it('has no sender in production until a gateway is configured, and the log sender elsewhere', () => {
    expect(smsSenderOf({ env: 'production', smsWebhookUrl: undefined })).toBeNull();
    expect(smsSenderOf({ env: 'development', smsWebhookUrl: undefined })?.name).toBe('log');
    expect(smsSenderOf({ env: 'production', smsWebhookUrl: 'https://sms.example.gov.cn/send' })?.name).toBe('webhook');
  });

  it('posts { to, text } to the gateway and fails on a non-2xx answer', async () => {
    const calls: { url: string; body: string }[] = [];
    const answer = (status: number) =>
      (async (url: string, init: { body: string }) => {
        calls.push({ url, body: init.body });
        return new Response(null, { status });
      }) as unknown as typeof fetch;
    await webhookSmsSender('https://sms.example.gov.cn/send', answer(200)).send('13800000001', 'hello');
    expect(calls).toEqual([{ url: 'https://sms.example.gov.cn/send', body: JSON.stringify({ to: '13800000001', text: 'hello' }) }]);
    await expect(webhookSmsSender('https://sms.example.gov.cn/send', answer(502)).send('13800000001', 'hello')).rejects.toThrow('HTTP 502');
  });

  it('makes one-time passwords that pass the password rule, and 6-digit codes', () => {
    for (let i = 0; i < 200; i++) {
      expect(newOneTimePassword()).toMatch(/^(?=.*[A-Za-z])(?=.*\d)[A-HJ-NP-Za-km-z2-9]{12}$/);
      expect(newNumericCode()).toMatch(/^\d{6}$/);
    }
  });
});
