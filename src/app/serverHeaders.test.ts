import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_CSP, EMBED_CSP, headersFor, isEmbedPage, parseFramers } from './serverHeaders';

describe('headersFor', () => {
  it('has every page refuse to be framed, in whatever folder the app is', () => {
    for (const path of [
      '/',
      '/index.html',
      '/explorer/',
      '/explorer/404.html',
      '/embed.html.bak',
      '/x/notembed.html',
    ]) {
      const headers = headersFor(path, ['https://clinic.example']);
      expect(headers['Content-Security-Policy'], path).toBe(`${APP_CSP}; frame-ancestors 'none'`);
      expect(headers['X-Frame-Options'], path).toBe('DENY');
    }
  });

  it('lets the listed sites, and no other, frame embed.html', () => {
    for (const path of ['/embed.html', '/explorer/embed.html']) {
      expect(isEmbedPage(path)).toBe(true);
      const headers = headersFor(path, ['https://clinic.example', 'https://www.clinic.example']);
      expect(headers['Content-Security-Policy']).toBe(
        `${EMBED_CSP}; frame-ancestors 'self' https://clinic.example https://www.clinic.example`,
      );
      expect(headers['X-Frame-Options']).toBeUndefined();
    }
    expect(headersFor('/embed.html', [])['Content-Security-Policy']).toMatch(/frame-ancestors 'self'$/);
  });
});

describe('parseFramers', () => {
  it('reads exact origins and refuses anything that would change the policy', () => {
    expect(parseFramers(' https://clinic.example, http://127.0.0.1:4174 ')).toEqual([
      'https://clinic.example',
      'http://127.0.0.1:4174',
    ]);
    for (const bad of [
      '*',
      'https://*.clinic.example',
      "'none'",
      'https://clinic.example/path',
      'clinic.example',
    ])
      expect(() => parseFramers(bad), bad).toThrow(/exact http\(s\) origin/);
  });
});

describe('docs/hosting.md', () => {
  const docs = readFileSync(new URL('../../docs/hosting.md', import.meta.url), 'utf8');
  const blocks = [...docs.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((m) => m[2] ?? '');
  const snippets = blocks.filter((block) => block.includes('Content-Security-Policy'));

  it('gives nginx, Apache and static-host snippets with exactly the policies the e2e server sends', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(3);
    const page = headersFor('/', [])['Content-Security-Policy']!;
    const embed = headersFor('/embed.html', ['https://clinic.example'])['Content-Security-Policy']!;
    for (const snippet of snippets) {
      expect(snippet).toContain(page);
      expect(snippet).toContain(embed);
      // Any other policy line in a snippet would be a copy that drifted.
      for (const line of snippet.split('\n').filter((l) => l.includes('default-src')))
        expect(line.includes(page) || line.includes(embed), line).toBe(true);
    }
  });

  it('sends an unknown address to 404.html in every snippet, never to index.html', () => {
    const redirects = blocks.filter((block) => block.includes('404.html'));
    expect(redirects.length).toBeGreaterThanOrEqual(3);
    expect(blocks.join('\n')).not.toMatch(
      /try_files[^;]*index\.html|RewriteRule[^\n]*index\.html|\*\s+\/\S*index\.html/,
    );
  });
});
