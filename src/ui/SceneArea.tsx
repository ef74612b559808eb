import { Component, Suspense, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import { loadProgressStore } from '../state/sceneSignals';
import { useExplorer } from '../state/store';
import { useStrings } from './i18n/useStrings';
import { HoverLabel } from './HoverLabel';
import { ViewAnnouncer } from './ViewAnnouncer';
import { Legend } from './Legend';
import { MarkLabels } from './visit/MarkLabels';
import { SceneToolbar } from './SceneToolbar';
import type { SceneCanvas } from './sceneSlot';
import { isNoWebglError } from '../lib/noWebgl';
import { hasWebGL2 } from './webgl';

/** A failure while loading or drawing the model (R3F rethrows it here) becomes a status the UI explains. */
class SceneErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  componentDidCatch(error: unknown) {
    // No context: not a fault of the explorer; the note says so and the list view carries on.
    if (isNoWebglError(error)) {
      useExplorer.getState().setScene({ status: 'no-webgl' });
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    console.error('The 3D scene failed:', message);
    useExplorer.getState().setScene({ status: 'error', message });
  }
  render() {
    return this.state.failed ? null : this.props.children;
  }
}

function LoadingOverlay() {
  const t = useStrings();
  const progress = useStore(loadProgressStore, (s) => s.percent);
  const status = useExplorer((s) => s.scene.status);
  if (status !== 'loading') return null;
  return (
    <div className="scene__overlay" role="status" data-testid="scene-loading">
      <p>{t('loadingModel')}</p>
      <progress max={100} value={Math.round(progress)} aria-label={t('loadingModel')} />
    </div>
  );
}

/** The 3D view with its toolbar, legend and states; without WebGL, or if the model fails, a short note. */
export function SceneArea({ canvas: ExplorerCanvas }: { canvas: SceneCanvas }) {
  const t = useStrings();
  const scene = useExplorer((s) => s.scene);
  const setScene = useExplorer((s) => s.setScene);
  const [webgl] = useState(hasWebGL2);
  useEffect(() => {
    if (!webgl) setScene({ status: 'no-webgl' });
  }, [webgl, setScene]);

  if (scene.status === 'no-webgl' || scene.status === 'error') {
    return (
      <div className="scene scene--unavailable" role="note" data-testid="scene-unavailable">
        <p>{scene.status === 'no-webgl' ? t('noWebgl') : t('modelFailed')}</p>
      </div>
    );
  }
  return (
    <div className="scene" data-testid="scene">
      <SceneToolbar />
      <div className="scene__viewport">
        <SceneErrorBoundary>
          <Suspense fallback={null}>
            <ExplorerCanvas label={t('canvasLabel')} />
          </Suspense>
        </SceneErrorBoundary>
        <LoadingOverlay />
        <HoverLabel />
        <MarkLabels />
        <ViewAnnouncer />
        <Legend />
      </div>
    </div>
  );
}
