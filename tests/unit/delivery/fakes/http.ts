import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Served = { url: string; close: () => Promise<void> };

/** An HTTP server on 127.0.0.1 with a free port, handing each request's body to `handle`. */
export async function serve(
  handle: (req: http.IncomingMessage, body: string, res: http.ServerResponse) => void,
): Promise<Served> {
  const server = http.createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    handle(req, body, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
