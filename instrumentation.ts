// Runs once when the server starts (Node.js only: the database and the environment check).
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    await (await import('./lib/server/start')).startServer();
  }
}
