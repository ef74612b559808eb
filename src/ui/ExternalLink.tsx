import type { ReactNode } from 'react';
import { useKiosk } from '../state/kiosk';

/** A link out of the app; on a clinic kiosk nothing may leave the app, so it shows as plain text there. */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  const kiosk = useKiosk((s) => s.enabled);
  if (kiosk) return <span className="external-link--off">{children}</span>;
  return (
    <a href={href} target="_blank" rel="noreferrer">
      {children}
    </a>
  );
}
