import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { hashInlineScripts, policyOf, withConnectSource } from './csp';

// The project's own index.html: its policy is the one every delivered page keeps.
const INDEX = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
const inlined = (code: string) => INDEX.replace(/<script type="module" src="[^"]*"><\/script>/, `<script type="module" crossorigin>${code}</script>`);

it('allows exactly the inline scripts by their sha256, and keeps every other directive as index.html has it', () => {
  const code = 'console.log("é")</x>';
  const html = hashInlineScripts(inlined(code));
  const digest = createHash('sha256').update(code, 'utf8').digest('base64');
  const policy = policyOf(html);
  expect(policy.get('script-src')).toEqual([`'sha256-${digest}'`]);
  for (const [name, sources] of policyOf(INDEX)) if (name !== 'script-src') expect(policy.get(name)).toEqual(sources);
});

it('refuses a page without inline script, without a policy, or whose policy allows unsafe-inline or unsafe-eval scripts', () => {
  expect(() => hashInlineScripts(INDEX)).toThrow(/no inline script/);
  expect(() => hashInlineScripts('<script>1</script>')).toThrow(/no Content-Security-Policy/);
  expect(() => withConnectSource(INDEX.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"), 'https:')).toThrow(/unsafe-inline/);
  expect(() => withConnectSource(INDEX.replace("default-src 'self'", "default-src 'self' 'unsafe-eval'"), 'https:')).toThrow(/unsafe-eval/);
});

it("replaces script-src whole, so nothing loose in index.html's script-src survives into the single file", () => {
  const loose = inlined('1').replace("script-src 'self'", "script-src 'self' 'unsafe-eval'");
  expect(policyOf(hashInlineScripts(loose)).get('script-src')).toEqual([expect.stringMatching(/^'sha256-/)]);
});

it("adds the cmi5 LRS to connect-src only", () => {
  const policy = policyOf(withConnectSource(INDEX, 'https:'));
  expect(policy.get('connect-src')).toEqual(["'self'", 'https:']);
  expect(policy.get('script-src')).toEqual(["'self'"]);
});
