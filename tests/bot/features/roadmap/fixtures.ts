import type { RoadmapItemInput } from '../../../../bot/src/api/roadmap-contract';

/** A valid item of the example areas; `over` replaces fields. */
export function sampleItem(over: Partial<RoadmapItemInput> = {}): RoadmapItemInput {
  return {
    title: 'E-Akte im Bürgerservice',
    description: 'Einführung der elektronischen Akte',
    area: 'buergerservice',
    halfYear: '2025-H1',
    status: 'planned',
    owner: 'Fachbereichsleitung Bürgerservice',
    milestones: [{ id: 'pilot', title: 'Pilot startet', date: '2025-03-01', done: false }],
    dependsOn: [],
    decisions: [{ id: 'budget', title: 'Mittelfreigabe', body: 'council', due: '2024-12-10', state: 'open' }],
    investment: { oneOff: 48_000, yearly: 6_000, funding: 'own-budget' },
    services: [{ name: 'Meldebescheinigung', ozgBefore: 1, ozgAfter: 3 }],
    ...over,
  };
}
