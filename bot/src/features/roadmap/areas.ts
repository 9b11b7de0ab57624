import type { RoadmapArea } from '../../api/roadmap-contract';
import type { Config } from '../../config';

/** The roadmap's areas (its timeline lanes): the departments, then the cross-cutting areas, as configured. */
export function roadmapAreas(config: Pick<Config, 'departments' | 'crossCuttingAreas'>): RoadmapArea[] {
  return [
    ...config.departments.map((d) => ({ ...d, kind: 'department' as const })),
    ...config.crossCuttingAreas.map((a) => ({ ...a, kind: 'cross-cutting' as const })),
  ];
}
