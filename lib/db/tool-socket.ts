import { chmodSync, rmSync } from 'node:fs';
import http from 'node:http';

/** A command-line tool's request, run by whichever process owns the database. */
export type ToolRequest = { command: string; args: string[] };
export type ToolResult = {
  ok: boolean;
  /** One line for the person at the terminal. */
  message: string;
  /** What the command prints (CSV) or writes (a backup, base64). */
  output?: string;
  base64?: string;
};
export type ToolHandler = (request: ToolRequest) => Promise<ToolResult>;

const MAX_REQUEST = 64 * 1024;

/**
 * The PGlite owner answers the command-line tools on a Unix socket beside the folder, readable
 * by its own user only: the tools run in the process that holds the database, never beside it.
 */
export async function listenForTools(socket: string, handler: ToolHandler): Promise<http.Server> {
  // The caller holds the folder's lock, so a socket file left here is a dead process's.
  rmSync(socket, { force: true });
  const server = http.createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) {
      body += chunk;
      if (body.length > MAX_REQUEST) break;
    }
    let result: ToolResult;
    try {
      const request = JSON.parse(body) as ToolRequest;
      if (typeof request.command !== 'string' || !Array.isArray(request.args)) throw new Error();
      result = await handler(request);
    } catch (e) {
      result = { ok: false, message: e instanceof Error && e.message ? e.message : 'bad request' };
    }
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(result));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socket, () => resolve());
  });
  chmodSync(socket, 0o600);
  server.unref();
  return server;
}

/** Sends a request to the owner's socket; rejects when nobody answers there. */
export function callTool(socket: string, request: ToolRequest): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    const req = http.request({ socketPath: socket, method: 'POST', path: '/' }, async (res) => {
      let body = '';
      for await (const chunk of res) body += chunk;
      try {
        resolve(JSON.parse(body) as ToolResult);
      } catch (e) {
        reject(e);
      }
    });
    req.on('error', reject);
    req.end(JSON.stringify(request));
  });
}
