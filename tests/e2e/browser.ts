import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Debian's Chromium where installed, else Playwright's own; stops with one line when neither is there. */
export function browserLaunch(): LaunchOptions {
  const closedNetwork = [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
  if (existsSync(DEBIAN_CHROMIUM)) {
    const asRoot = process.getuid?.() === 0;
    return {
      executablePath: DEBIAN_CHROMIUM,
      args: [...closedNetwork, ...(asRoot ? ['--no-sandbox'] : [])],
    };
  }
  let own = '';
  try {
    own = chromium.executablePath();
  } catch {
    own = '';
  }
  if (!own || !existsSync(own)) {
    console.error(
      'No browser for e2e tests: install Debian chromium (/usr/bin/chromium) or run `npx playwright install chromium`.',
    );
    process.exit(1);
  }
  return { args: closedNetwork };
}
