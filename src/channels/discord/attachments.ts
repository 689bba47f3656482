import { UserError } from '../../core/errors.ts';
import { LIMITS } from './limits.ts';

/** An attachment as the interaction's resolved data gives it. */
export interface AttachmentRef {
  id: string;
  name: string;
  url: string;
  size: number;
}

/**
 * `Invocation.resolveFile` for one interaction: the value of a file option is an attachment id,
 * looked up in that interaction's resolved attachments (never a URL typed by the user), then
 * downloaded over http(s) with a size cap.
 */
export function attachmentResolver(
  attachments: ReadonlyMap<string, AttachmentRef>,
  opts: { maxBytes?: number; timeoutMs?: number } = {},
): (ref: string) => Promise<{ name: string; bytes: Uint8Array }> {
  const maxBytes = opts.maxBytes ?? LIMITS.attachmentBytes;
  return async (ref) => {
    const a = attachments.get(ref);
    const option = 'file';
    if (!a) throw new UserError('discord_attachment_missing', { option }, option);
    if (a.size > maxBytes)
      throw new UserError('file_too_large', { option, limit: maxBytes / 1024 / 1024 }, option);
    let url: URL;
    try {
      url = new URL(a.url);
    } catch {
      throw new UserError('discord_attachment_url', { option }, option);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      throw new UserError('discord_attachment_url', { option }, option);
    const res = await fetch(url, {
      signal: AbortSignal.timeout(opts.timeoutMs ?? 30_000),
      redirect: 'error',
    });
    if (!res.ok || !res.body)
      throw new UserError('discord_download_failed', { option, status: res.status }, option);
    const chunks: Uint8Array[] = [];
    let total = 0;
    for await (const chunk of res.body) {
      total += chunk.length;
      // The declared size may lie: stop reading past the cap (leaving the loop cancels the download).
      if (total > maxBytes) break;
      chunks.push(chunk);
    }
    if (total > maxBytes)
      throw new UserError('file_too_large', { option, limit: maxBytes / 1024 / 1024 }, option);
    return { name: a.name, bytes: Buffer.concat(chunks) };
  };
}
