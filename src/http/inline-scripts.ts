import { createHash } from 'node:crypto';
import type { Response } from 'express';

/** The page's own inline scripts (`<script>` without attributes: index.html's), as CSP hash sources. */
export function inlineScriptSources(html: string): string[] {
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
    ([, code]) =>
      `'sha256-${createHash('sha256')
        .update(code ?? '')
        .digest('base64')}'`,
  );
}

/**
 * Lets exactly this page's inline scripts run under the Content-Security-Policy helmet set
 * (`script-src 'self'`): each by the hash of its text, so no other inline script, injected or
 * changed, runs.
 */
export function allowInlineScripts(res: Response, html: string): void {
  const sources = inlineScriptSources(html);
  const policy = res.getHeader('Content-Security-Policy');
  if (sources.length === 0 || typeof policy !== 'string') return;
  const directives = policy.split(';').map((directive) => directive.trim());
  const at = directives.findIndex((directive) => directive.startsWith('script-src '));
  if (at < 0) directives.push(`script-src 'self' ${sources.join(' ')}`);
  else directives[at] = `${directives[at]} ${sources.join(' ')}`;
  res.setHeader('Content-Security-Policy', directives.join(';'));
}
