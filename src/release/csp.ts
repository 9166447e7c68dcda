/**
 * The Content-Security-Policy of the delivered pages, kept as strict as index.html's. The single
 * file has its code inline, so its `script-src` names each inline script by its sha256 hash
 * (computed here at build time, from the exact bytes the browser hashes); 'unsafe-inline' and
 * 'unsafe-eval' are refused outright, so a build can never loosen the policy by accident.
 */
import { createHash } from 'node:crypto';

const META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/i;
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;
const FORBIDDEN = ["'unsafe-inline'", "'unsafe-eval'"];

type Policy = Map<string, string[]>;

export function parsePolicy(content: string): Policy {
  const policy: Policy = new Map();
  for (const part of content.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

const serialise = (policy: Policy) => [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');

/** The page's meta policy; throws when there is none (every page we ship has one). */
export function policyOf(html: string): Policy {
  const match = META.exec(html);
  if (!match) throw new Error('no Content-Security-Policy meta in the page');
  return parsePolicy(match[1]!);
}

function withPolicy(html: string, policy: Policy): string {
  for (const [name, sources] of policy) {
    if (name.startsWith('script-src') || name === 'default-src') {
      const loose = sources.filter((s) => FORBIDDEN.includes(s));
      if (loose.length) throw new Error(`${name} must not allow ${loose.join(' ')}`);
    }
  }
  // A function replacement: the policy text holds `$` nowhere, but never let it be read as a pattern.
  return html.replace(META, () => `<meta http-equiv="Content-Security-Policy" content="${serialise(policy)}" />`);
}

/** 'sha256-…' of a script's text, as CSP Level 2 defines it (base64 of the UTF-8 bytes' digest). */
export const scriptHash = (code: string): string => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;

/** The texts of the page's inline scripts, in document order. */
export const inlineScripts = (html: string): string[] => [...html.matchAll(INLINE_SCRIPT)].map((m) => m[1]!);

/**
 * For a page whose code is all inline: `script-src` becomes exactly the hashes of its inline
 * scripts ('self' goes too: the single file loads no script file, so it may load none).
 */
export function hashInlineScripts(html: string): string {
  const scripts = inlineScripts(html);
  if (scripts.length === 0) throw new Error('no inline script to hash');
  if (scripts.some((s) => s.includes('\r'))) throw new Error('an inline script holds a carriage return: the browser would hash other bytes');
  const policy = policyOf(html);
  policy.set('script-src', [...new Set(scripts.map(scriptHash))]);
  return withPolicy(html, policy);
}

/** Adds a source to `connect-src` (the cmi5 package's LRS), keeping everything else as it is. */
export function withConnectSource(html: string, source: string): string {
  const policy = policyOf(html);
  policy.set('connect-src', [...new Set([...(policy.get('connect-src') ?? ["'self'"]), source])]);
  return withPolicy(html, policy);
}
