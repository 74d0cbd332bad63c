import { Webhook } from 'standardwebhooks';
import { serve, type Served } from './http';

export type Received = {
  id: string;
  /** The signature checked out with the shared secret and the timestamp was fresh. */
  valid: boolean;
  at: number;
  body: { type?: string; version?: number; data?: Record<string, unknown> };
};

/**
 * A webhook receiver as an integrator writes one: verifies the Standard Webhooks signature
 * (the package's own check, timestamp tolerance included), and answers `status()` (503 during a
 * simulated outage). Every request is recorded, duplicates included, so a test can count them.
 */
export async function webhookReceiver(
  secret: string,
  status: () => number = () => 204,
): Promise<
  Served & { received: Received[]; refused: number; attempts: { id: string; timestamp: string }[] }
> {
  const wh = new Webhook(secret);
  const out = {
    received: [] as Received[],
    refused: 0,
    attempts: [] as { id: string; timestamp: string }[],
  };
  const served = await serve((req, body, res) => {
    const code = status();
    out.attempts.push({
      id: String(req.headers['webhook-id']),
      timestamp: String(req.headers['webhook-timestamp']),
    });
    if (code >= 300) {
      out.refused += 1;
      res.writeHead(code).end();
      return;
    }
    const headers = {
      'webhook-id': String(req.headers['webhook-id'] ?? ''),
      'webhook-timestamp': String(req.headers['webhook-timestamp'] ?? ''),
      'webhook-signature': String(req.headers['webhook-signature'] ?? ''),
    };
    let valid = true;
    try {
      wh.verify(body, headers);
    } catch {
      valid = false;
    }
    out.received.push({ id: headers['webhook-id'], valid, at: Date.now(), body: JSON.parse(body) });
    res.writeHead(valid ? code : 400).end();
  });
  return Object.assign(out, served);
}
