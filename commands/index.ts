import type { Command } from '../src/core/command.ts';
import activity from './activity.ts';
import audit from './audit.ts';
import calc from './calc.ts';
import campaign from './campaign.ts';
import channel from './channel.ts';
import company from './company.ts';
import competitor from './competitor.ts';
import customer from './customer.ts';
import dashboard from './dashboard.ts';
import exportCommand from './export.ts';
import followUps from './follow-ups.ts';
import funnel from './funnel.ts';
import gdpr from './gdpr.ts';
import help from './help.ts';
import importCommand from './import.ts';
import log from './log.ts';
import method from './method.ts';
import network from './network.ts';
import persona from './persona.ts';
import plan from './plan.ts';
import portfolio from './portfolio.ts';
import profitability from './profitability.ts';
import prospect from './prospect.ts';
import report from './report.ts';
import settings from './settings.ts';
import watch from './watch.ts';

/** Every slash command, in the order help lists them. */
export const commands: readonly Command[] = [
  log,
  funnel,
  prospect,
  activity,
  importCommand,
  exportCommand,
  report,
  portfolio,
  customer,
  campaign,
  dashboard,
  profitability,
  method,
  plan,
  calc,
  followUps,
  watch,
  competitor,
  company,
  persona,
  network,
  settings,
  gdpr,
  audit,
  channel,
  help,
];
