import { describe, expect, it } from 'vitest';
import { allowedOrigins, canonicalOrigin, isAllowedOrigin, parseOriginList } from './originPolicy';

describe('canonicalOrigin', () => {
  it('accepts exact http(s) origins, with or without a trailing slash, and canonicalises them', () => {
    expect(canonicalOrigin('https://clinic.example')).toBe('https://clinic.example');
    expect(canonicalOrigin('https://Clinic.Example/')).toBe('https://clinic.example');
    expect(canonicalOrigin('http://127.0.0.1:4174')).toBe('http://127.0.0.1:4174');
    expect(canonicalOrigin('https://clinic.example:443')).toBe('https://clinic.example');
  });

  it('rejects wildcards, paths, other schemes, credentials and "null"', () => {
    for (const bad of [
      '*',
      'https://*.clinic.example',
      'https://clinic.example/page',
      'https://clinic.example?x=1',
      'https://user@clinic.example',
      'javascript:alert(1)',
      'file:///etc',
      'data:text/html,x',
      'null',
      'clinic.example',
      '',
    ])
      expect(canonicalOrigin(bad), bad).toBeNull();
  });
});

describe('allowed origins', () => {
  it('is the own origin only by default', () => {
    const { allowed } = allowedOrigins('https://app.example', undefined, null);
    expect([...allowed]).toEqual(['https://app.example']);
    expect(isAllowedOrigin('https://app.example', allowed)).toBe(true);
    expect(isAllowedOrigin('https://evil.example', allowed)).toBe(false);
  });

  it('adds the build-time and query lists and reports the entries it rejected', () => {
    const { allowed, rejected } = allowedOrigins(
      'https://app.example',
      'https://clinic.example, https://www.clinic.example',
      'http://127.0.0.1:4174,*,https://x.example/path',
    );
    expect([...allowed].sort()).toEqual(
      [
        'http://127.0.0.1:4174',
        'https://app.example',
        'https://clinic.example',
        'https://www.clinic.example',
      ].sort(),
    );
    expect(rejected).toEqual(['*', 'https://x.example/path']);
  });

  it('matches exactly: no prefix, suffix, scheme or port tricks, and never "null"', () => {
    const { allowed } = allowedOrigins('https://app.example', undefined, 'https://clinic.example');
    for (const origin of [
      'https://clinic.example.evil.example',
      'https://evilclinic.example',
      'http://clinic.example',
      'https://clinic.example:8443',
      'null',
    ])
      expect(isAllowedOrigin(origin, allowed), origin).toBe(false);
    expect(isAllowedOrigin('null', new Set(['null']))).toBe(false);
  });

  it('drops duplicates', () => {
    expect(parseOriginList('https://a.example https://a.example/').origins).toEqual(['https://a.example']);
  });
});
