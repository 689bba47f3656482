import type { Command } from '../src/core/command.ts';
import funnel from './funnel.ts';
import help from './help.ts';
import importCommand from './import.ts';
import log from './log.ts';
import prospect from './prospect.ts';
import settings from './settings.ts';

/** Every slash command, in the order help lists them. */
export const commands: readonly Command[] = [log, funnel, prospect, importCommand, settings, help];
