import { z } from 'zod';
import type { Lang } from '../../i18n';

/** A department (Fachbereich) of the administration, as configured per municipality. */
export interface Department {
  id: string;
  de: string;
  en: string;
}

export const departmentSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]{0,29}$/, 'department ids are 1–30 lower-case letters, digits or dashes'),
  de: z.string().trim().min(1).max(80),
  en: z.string().trim().min(1).max(80),
});

/**
 * The example structure used when `DEPARTMENTS` is not configured: typical for a German municipality
 * of about 160 staff. It is an example, not Leopoldshöhe's actual organisation chart, and the UI says so.
 */
export const EXAMPLE_DEPARTMENTS: Department[] = [
  { id: 'buergermeister', de: 'Bürgermeisterbüro', en: "Mayor's office" },
  { id: 'zentrale-dienste', de: 'Zentrale Dienste', en: 'Central services' },
  { id: 'finanzen', de: 'Finanzen', en: 'Finance' },
  { id: 'buergerservice', de: 'Bürgerservice und Ordnung', en: 'Citizen services and public order' },
  { id: 'bauen-umwelt', de: 'Bauen, Planen und Umwelt', en: 'Building, planning and environment' },
  { id: 'bildung-soziales', de: 'Jugend, Familie, Bildung und Soziales', en: 'Youth, family, education and social affairs' },
];

/**
 * Example cross-cutting areas of the roadmap (used when `CROSS_CUTTING_AREAS` is not configured):
 * themes that belong to no single department. An example, and the UI says so.
 */
export const EXAMPLE_CROSS_CUTTING_AREAS: Department[] = [
  { id: 'it-arbeitsplatz', de: 'IT-Infrastruktur und Arbeitsplatz', en: 'IT infrastructure and workplace' },
  { id: 'e-akte', de: 'E-Akte und Dokumentenmanagement', en: 'E-files and document management' },
  { id: 'onlinedienste', de: 'Onlinedienste (OZG)', en: 'Online services (OZG)' },
  { id: 'change', de: 'Organisation und Change-Management', en: 'Organisation and change management' },
];

/** The department's name in a language. */
export function departmentName(departments: Department[], id: string, lang: Lang): string {
  return departments.find((d) => d.id === id)?.[lang] ?? id;
}
