import { Component } from 'react';
import type { ChunkBoundaryProps } from './ChunkBoundary.types';

/**
 * Shows `fallback` instead of crashing the whole tab when a lazily loaded page body cannot be
 * loaded (e.g. the app was updated while the tab stayed open and the old chunk is gone).
 */
export class ChunkBoundary extends Component<ChunkBoundaryProps, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
