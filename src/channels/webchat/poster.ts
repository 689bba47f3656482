import type { Outlet } from '../../core/effects/outlet.ts';
import type { Reply } from '../../core/reply.ts';
import type { DirectLine } from './directline.ts';

/** `local:ouest` → `ouest`: the page's team name its conversations carry. */
const pageTeam = (teamId: string): string => teamId.replace(/^local:/, '');

/**
 * The local web chat as a team channel: `/canal définir` there makes its conversation the place
 * for the team's shared posts (watch notes, digests). Web Chat polls and cannot change a message
 * it has shown, so an edited post comes again below, and a deleted one stays until the page reloads.
 */
export function webChatPoster(
  directLine: Pick<DirectLine, 'postUnasked'>,
  render: (reply: Reply) => Promise<Record<string, unknown>>,
): Required<Pick<Outlet, 'post' | 'update' | 'remove'>> {
  const conversationOf = (reference: Record<string, unknown>): string => {
    const id = (reference.conversation as { id?: unknown } | undefined)?.id;
    return typeof id === 'string' ? id : '';
  };
  return {
    async post(teamId, link, reply) {
      const at = directLine.postUnasked(
        pageTeam(teamId),
        conversationOf(link.reference),
        await render(reply),
      );
      return { channel: 'web', ...at };
    },
    async update(teamId, post, reply) {
      directLine.postUnasked(pageTeam(teamId), post.conversationId, await render(reply));
    },
    async remove() {},
  };
}
