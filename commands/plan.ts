import { defineCommand } from '../src/core/command.ts';
import { planRouteCommand } from '../src/operations/plan-route-command.ts';
import { planTime } from '../src/operations/plan-time-command.ts';

export default defineCommand({
  name: 'plan',
  frName: 'planifier',
  aliases: ['planning', 'planification'],
  description: {
    fr: 'Planifier dans le temps (charge, capacité) et dans l’espace (tournées)',
    en: 'Plan in time (workload, capacity) and in space (visit rounds)',
  },
  subcommands: [planTime, planRouteCommand],
});
