import { UserError } from './errors.ts';

/** A typed command split into words, before any lookup in the registry. */
export interface ParsedText {
  command: string;
  /** Bare words before the first `name:value`: a subcommand, then positional values. */
  words: string[];
  named: { key: string; value: string }[];
}

const QUOTES: Record<string, string> = { '"': '"', '«': '»', '“': '”', '„': '“' };

interface Token {
  text: string;
  /** The part typed before any quote: a `name:` can only be there. */
  head: string;
}

/** Splits on white space, keeping "quoted parts" (straight, French « » or curly quotes) whole. */
function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let current = '';
  let head: string | undefined;
  let started = false;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i] as string;
    const close = QUOTES[ch];
    if (close !== undefined) {
      const end = input.indexOf(close, i + 1);
      if (end < 0) throw new UserError('unclosed_quote', { quote: ch });
      head ??= current;
      current += input.slice(i + 1, end).trim();
      started = true;
      i = end;
    } else if (/\s/.test(ch)) {
      if (started) tokens.push({ text: current, head: head ?? current });
      current = '';
      head = undefined;
      started = false;
    } else {
      current += ch;
      started = true;
    }
  }
  if (started) tokens.push({ text: current, head: head ?? current });
  return tokens;
}

const NAMED = /^([\p{L}_][\p{L}\p{N}_-]*)[:=](.*)$/su;

/**
 * Parses `/log kind:call prospect:"Boulangerie Martin" date:hier`. The slash is optional;
 * `name:value`, `name=value` and `name: value` are accepted; unquoted words after a named option
 * are appended to its value, so `prospect:Boulangerie Martin` works as people type it.
 */
export function parseCommandText(input: string): ParsedText {
  const tokens = tokenize(input.trim());
  const first = tokens.shift();
  if (!first || first.text.replace(/^\//, '') === '') throw new UserError('empty_command');
  const parsed: ParsedText = { command: first.text.replace(/^\//, ''), words: [], named: [] };
  let last: { key: string; value: string } | undefined;
  for (const tok of tokens) {
    const m = NAMED.exec(tok.head) ? NAMED.exec(tok.text) : null;
    if (m) {
      last = { key: m[1] as string, value: (m[2] as string).trim() };
      parsed.named.push(last);
    } else if (last) {
      last.value = last.value === '' ? tok.text : `${last.value} ${tok.text}`;
    } else {
      parsed.words.push(tok.text);
    }
  }
  return parsed;
}
