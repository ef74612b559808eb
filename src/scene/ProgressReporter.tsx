import { useEffect } from 'react';
import { useProgress } from '@react-three/drei';
import { loadProgressStore } from '../state/sceneSignals';

/** Passes the model download progress out of the scene chunk to the DOM overlay. */
export function ProgressReporter() {
  const progress = useProgress((s) => s.progress);
  useEffect(() => loadProgressStore.setState({ percent: progress }), [progress]);
  return null;
}
