import type { App } from '../../src/app.ts';
import { terminalBot } from '../../src/cli/invoke.ts';
import type { Outlet } from '../../src/core/effects/outlet.ts';
import type { Bot } from '../../src/core/turn.ts';

const wired = new WeakMap<App, { bot: Bot; outlets: Outlet[] }>();

function wiring(app: App): { bot: Bot; outlets: Outlet[] } {
  let w = wired.get(app);
  if (!w) {
    const outlets: Outlet[] = [];
    w = { outlets, bot: terminalBot(app, outlets) };
    wired.set(app, w);
  }
  return w;
}

/** The terminal's bot over `app`, one per app, reaching the outlets of `outletsOf(app)` before the terminal's own. */
export const botFor = (app: App): Bot => wiring(app).bot;

/** Outlets a test adds (a stand-in Discord, a failing terminal poster): the first that reaches a platform is used. */
export const outletsOf = (app: App): Outlet[] => wiring(app).outlets;
