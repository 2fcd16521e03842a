import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedReport { status: number; idempotencyKey: string | undefined; body: string }

/**
 * A local endpoint for reports: answers 503 until `accept(true)`, then 200; records every request.
 * No CORS headers: the extension posts with its host permission, as to an admin's endpoint.
 */
export async function startReportServer() {
  let accepting = false;
  const received: ReceivedReport[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => { body += c.toString('utf8'); });
    req.on('end', () => {
      const status = req.method === 'POST' && accepting ? 200 : 503;
      received.push({ status, idempotencyKey: req.headers['idempotency-key'] as string | undefined, body });
      res.writeHead(status, { 'content-type': 'application/json' }).end(status === 200 ? '{"ok":true}' : '{"ok":false}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/reports`,
    received,
    accepted: () => received.filter((r) => r.status === 200),
    accept: (on: boolean) => { accepting = on; },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
