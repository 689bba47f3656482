/** An Adaptive Card as JSON (schema 1.5), plus the Teams host extension `msteams`. */
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: CardElement[];
  actions?: CardElement[];
  fallbackText?: string;
  lang?: string;
  msteams?: { width: 'Full' };
}

/** An element of a card body (TextBlock, FactSet, Table, Image, inputs…): plain JSON. */
export type CardElement = { type: string } & Record<string, unknown>;

/**
 * What an `Action.Submit` of ours carries under `data.prospecta`. `once` names the card (a form, a
 * reply's button) so that submitting it twice is one delivery (see src/once).
 */
export type SubmitData = ({ text: string } | { command: string; subcommand?: string; form?: true }) & {
  once?: string;
};

export const CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';

/** The empty card every converter starts from: version 1.5 (what Teams renders), full width. */
export const card = (body: CardElement[], actions: CardElement[] = [], lang?: string): AdaptiveCard => ({
  type: 'AdaptiveCard',
  $schema: CARD_SCHEMA,
  version: '1.5',
  body,
  ...(actions.length > 0 && { actions }),
  ...(lang && { lang }),
  msteams: { width: 'Full' },
});

export const submit = (title: string, data: SubmitData, style?: 'positive'): CardElement => ({
  type: 'Action.Submit',
  title,
  data: { prospecta: data },
  ...(style && { style }),
});
