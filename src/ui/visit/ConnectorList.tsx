import { structureById } from '../../content';
import type { ClaimId } from '../../content/ids';
import { CLAIM_IDS } from '../../content/ids';
import type { Connection } from '../../content/schema';
import type { Connector, MarkConnections, MarkLink } from '../../anatomy/connectMarks';
import { markKey } from '../../state/hurts';
import { useExplorer } from '../../state/store';
import type { Lang, Mode } from '../../state/types';
import { useVisitStrings, visitPlural } from './visitStrings';
import type { VisitStringKey, VisitTranslate } from './visitStrings';
import { AnatomyAdds } from '../AnatomyAdds';
import { ClaimQuote } from '../ClaimQuote';
import { GradeTag } from '../GradeTag';
import type { Translate } from '../i18n/useStrings';
import { useStrings } from '../i18n/useStrings';
import { structureName, withSide } from '../names';
import { PathwayTag } from '../PathwayTag';
import { inSentence, markName } from './markNames';

/** A stable key and test id: `iliotibial_band-right`, `l4_l5_disc-mid`, `claim-B5-right`. */
export const connectorKey = (e: Connector) =>
  e.kind === 'structure' ? `${e.structure}-${e.side ?? 'mid'}` : `claim-${e.claim}-${e.side}`;

/** "Right IT band", or for a claim entry its plain title with the claim id: "A knee injury, then a limp (B5)". */
export function connectorTitle(e: Connector, mode: Mode, lang: Lang, t: Translate, v: VisitTranslate) {
  if (e.kind === 'structure')
    return withSide(structureName(structureById(e.structure), mode, lang), e.side, t);
  return `${v(`claimTitle_${e.claim}` as VisitStringKey)} (${e.claim})`;
}

/** One link in words: the place (with its side), what it is to this entry, and the claims behind it. */
export function linkText(link: MarkLink, mode: Mode, lang: Lang, t: Translate, v: VisitTranslate): string {
  const ids = link.claims.join(', ');
  const claims = v(link.claims.length > 1 ? 'claims' : 'claim', { ids });
  const role =
    link.effect === 'function' ? v('linkMechanics') : link.role === 'start' ? v('linkStarts') : null;
  return `${markName(link.mark, mode, lang, t)}${role ? ` (${role})` : ''}: ${claims}`;
}

/** The claims of an entry in article order, and the connections behind its links (each once). */
export function evidenceOf(e: Connector): { claims: ClaimId[]; connections: Connection[] } {
  const claims = CLAIM_IDS.filter((id) => e.links.some((l) => l.claims.includes(id)));
  // A claim entry is explained by its claim's own connections; a structure's, by those behind its links.
  const all = e.kind === 'claim' ? e.connections : e.links.flatMap((l) => l.connections);
  const connections = [...new Map(all.map((c) => [c.id, c])).values()];
  return { claims, connections };
}

/** The plain (patient) or anatomical (student) explanations of an entry, each said once. */
export function explanationsOf(e: Connector, mode: Mode, lang: Lang): string[] {
  const { connections } = evidenceOf(e);
  const texts = connections.map((c) => (mode === 'student' ? c.student : c.plain)[lang]);
  return [...new Set(texts)];
}

function ConnectorCard({ entry, rank }: { entry: Connector; rank: number }) {
  const t = useStrings();
  const v = useVisitStrings();
  const mode = useExplorer((s) => s.mode);
  const lang = useExplorer((s) => s.lang);
  const select = useExplorer((s) => s.select);
  const key = connectorKey(entry);
  const title = connectorTitle(entry, mode, lang, t, v);
  const { claims, connections } = evidenceOf(entry);
  const pathways = [...new Set(entry.links.flatMap((l) => l.pathways))];
  return (
    <li className="connector" data-testid={`connector-${key}`} data-rank={rank} data-grade={entry.grade}>
      <h4 className="connector__title">
        <span className="connector__rank" aria-hidden="true">
          {rank}
        </span>
        {title}
      </h4>
      <p className="connector__meta">
        <GradeTag grade={entry.grade} /> · {visitPlural(lang, 'reaches', entry.reach)}
        {pathways.map((p) => (
          <span key={p}>
            {' '}
            · <PathwayTag kind={p} />
          </span>
        ))}
      </p>
      <ul className="connector__links">
        {entry.links.map((link) => (
          <li
            key={markKey(link.mark)}
            data-testid={`link-${link.mark.region}-${link.mark.side}`}
            data-claims={link.claims.join(',')}
            data-effect={link.effect}
          >
            {linkText(link, mode, lang, t, v)}
          </li>
        ))}
      </ul>
      {entry.kind === 'structure' && (
        <button
          type="button"
          className={`chip chip--${entry.grade}`}
          data-testid={`connector-show-${key}`}
          onClick={() => select({ kind: 'structure', id: entry.structure, side: entry.side })}
        >
          {v('showOnBody', { name: inSentence(title) })}
        </button>
      )}
      <details className="connector__why">
        <summary className="button button--quiet">{v('why')}</summary>
        {claims.map((id) => (
          <ClaimQuote key={id} id={id} tourLink={false} />
        ))}
        {explanationsOf(entry, mode, lang).map((text) => (
          <p key={text} className="connector__plain">
            {text}
          </p>
        ))}
        {connections
          .filter((c) => c.grade === 'anatomy')
          .map((c) => (
            <AnatomyAdds key={c.id} connection={c} />
          ))}
      </details>
    </li>
  );
}

/** Parts that reach one marked place only, as chips under each place. */
function SingleList({ entries }: { entries: readonly Connector[] }) {
  const t = useStrings();
  const v = useVisitStrings();
  const mode = useExplorer((s) => s.mode);
  const lang = useExplorer((s) => s.lang);
  const select = useExplorer((s) => s.select);
  const byMark = new Map<string, { link: MarkLink; entries: Connector[] }>();
  for (const entry of entries) {
    const link = entry.links[0];
    if (!link) continue;
    const group = byMark.get(markKey(link.mark)) ?? { link, entries: [] };
    group.entries.push(entry);
    byMark.set(markKey(link.mark), group);
  }
  return (
    <details className="connector-singles" data-testid="connectors-single">
      <summary className="button button--quiet">{visitPlural(lang, 'singleHeading', entries.length)}</summary>
      {[...byMark.values()].map(({ link, entries: group }) => (
        <div key={markKey(link.mark)} className="connector-singles__group">
          <h5>{markName(link.mark, mode, lang, t)}</h5>
          <ul className="chip-list">
            {group.map((entry) => (
              <li key={connectorKey(entry)}>
                <button
                  type="button"
                  className={`chip chip--${entry.grade}`}
                  data-testid={`single-${connectorKey(entry)}`}
                  data-grade={entry.grade}
                  onClick={() =>
                    entry.kind === 'structure' &&
                    select({ kind: 'structure', id: entry.structure, side: entry.side })
                  }
                >
                  {connectorTitle(entry, mode, lang, t, v)}
                  <span className="visually-hidden">
                    {' '}
                    ({t(entry.grade === 'article' ? 'gradeArticle' : 'gradeAnatomy')})
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </details>
  );
}

/** What could connect the marked places: ranked entries, then the parts that reach one place only. */
export function ConnectorList({ connections }: { connections: MarkConnections }) {
  const v = useVisitStrings();
  return (
    <section className="connectors" aria-labelledby="connectors-heading" data-testid="connectors">
      <h3 id="connectors-heading">{v('connectHeading')}</h3>
      <p className="hint">{v('connectNote')}</p>
      {connections.connecting.length === 0 ? (
        <p data-testid="connectors-none">{v('connectNone')}</p>
      ) : (
        <ol className="connector-list">
          {connections.connecting.map((entry, i) => (
            <ConnectorCard key={connectorKey(entry)} entry={entry} rank={i + 1} />
          ))}
        </ol>
      )}
      {connections.single.length > 0 && <SingleList entries={connections.single} />}
    </section>
  );
}
