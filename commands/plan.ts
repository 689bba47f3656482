import { defineCommand } from '../src/core/command.ts';
import { planRouteCommand } from './plan/route.ts';
import { planTime } from './plan/time.ts';

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
