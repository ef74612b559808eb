import { useMemo } from 'react';
import { connectMarks } from '../../anatomy/connectMarks';
import { useExplorer } from '../../state/store';
import { useVisitStrings } from './visitStrings';
import './visit.css';
import { RedFlagsInline, RedFlagsLink, showsRedFlagsAtOnce } from '../RedFlags';
import { RegionInfo } from '../RegionInfo';
import { ConnectorList } from './ConnectorList';
import { MarkedPlaces } from './MarkedPlaces';

/**
 * "My hip and my knee both hurt": the places marked, then what could connect them. One place alone shows
 * what can hurt there (as a tapped region always has), with a word on marking another.
 */
export function VisitPanel() {
  const v = useVisitStrings();
  const hurts = useExplorer((s) => s.hurts);
  const pickRegions = useExplorer((s) => s.pickRegions);
  const setPickRegions = useExplorer((s) => s.setPickRegions);
  const connections = useMemo(() => connectMarks(hurts), [hurts]);
  const [only] = hurts;
  const urgent = hurts.find((m) => showsRedFlagsAtOnce(m.region));
  return (
    <div className="visit" data-testid="visit">
      <h2>{v('visitHeading')}</h2>
      <MarkedPlaces marks={hurts} />
      {!pickRegions && (
        <button
          type="button"
          className="button"
          data-testid="mark-on-body"
          onClick={() => setPickRegions(true)}
        >
          {v('markOnBody')}
        </button>
      )}
      {hurts.length === 1 && only ? (
        <>
          <p className="hint">{v('addMore')}</p>
          <RegionInfo id={only.region} side={only.side} />
        </>
      ) : (
        <>
          {urgent ? <RedFlagsInline region={urgent.region} /> : <RedFlagsLink />}
          <ConnectorList connections={connections} />
        </>
      )}
    </div>
  );
}
