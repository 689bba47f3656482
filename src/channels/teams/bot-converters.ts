import type { ChartRenderer } from '../../charts/spec.ts';
import type { Registry } from '../../core/command.ts';
import type { BotFrameworkConverters } from '../botframework/converters.ts';
import { commandToForm } from './cards/form-card.ts';
import { helpCard, isCommandIndex } from './cards/help-card.ts';
import { cardMessage, replyMessages } from './cards/message-budget.ts';
import { parseSubmission } from './cards/submission.ts';
import type { ChartImages } from './chart-images.ts';
import { chartImages } from './render.ts';

export interface CardConverterDeps {
  registry: Registry;
  charts: ChartRenderer;
  images: ChartImages;
  publicBaseUrl: string | undefined;
  /** The server's own origin once it listens (chart URLs of a page on this computer). */
  localOrigin: () => string;
}

/**
 * Adaptive Cards for the shared Bot Framework turn (Teams and the local web chat): forms, the
 * help index, and replies within the message budget with their charts addressed.
 */
export function adaptiveCardConverters(deps: CardConverterDeps): BotFrameworkConverters {
  return {
    parseSubmission,
    form: (command, action, locale, fill) => cardMessage(commandToForm(command, action, locale, fill)),
    async reply(reply, { locale, localImages, nonce }) {
      if (!reply.error && isCommandIndex(reply)) return [cardMessage(helpCard(reply, deps.registry, locale))];
      const images = await chartImages(reply, deps.charts, deps.images, {
        kind: localImages ? 'web' : 'teams',
        publicBaseUrl: deps.publicBaseUrl,
        localOrigin: deps.localOrigin(),
      });
      // Each message within the size budget; inline charts that do not fit the card follow it.
      return replyMessages(reply, images, { nonce, maxMessages: 5 });
    },
  };
}
