/**
 * Template + settings → manifest and localization objects. Pure: no file or network access.
 *
 * Templates are JSON documents whose string values may contain `${NAME}` placeholders; object keys
 * are never touched, so localization keys such as `bots[0].commandLists[0].commands[0].title` stay as written.
 */
import type { PackageSettings } from './env';

/** A JSON value as parsed from a template file. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Thrown when a template names a placeholder that has no value. */
export class TemplateError extends Error {
  /** The placeholder names that had no value, each once, in order of appearance. */
  readonly unknown: string[];

  constructor(unknown: string[]) {
    super(`Unknown template placeholder(s): ${unknown.map((name) => `\${${name}}`).join(', ')}`);
    this.name = 'TemplateError';
    this.unknown = unknown;
  }
}

const PLACEHOLDER = /\$\{([A-Z][A-Z0-9_]*)\}/g;

/**
 * The placeholder values the templates may use, named like the environment variables they come from.
 * `PUBLIC_HOST` is the host (and port, if any) of `PUBLIC_URL`, for `validDomains`.
 */
export function placeholderValues(settings: PackageSettings): Record<string, string> {
  return {
    TEAMS_APP_ID: settings.teamsAppId,
    MICROSOFT_APP_ID: settings.botId,
    PUBLIC_URL: settings.publicUrl,
    PUBLIC_HOST: settings.publicHost,
    SSO_CLIENT_ID: settings.ssoClientId,
    SSO_APPLICATION_ID_URI: settings.ssoApplicationIdUri,
    APP_VERSION: settings.appVersion,
    DEVELOPER_NAME: settings.developer.name,
    DEVELOPER_WEBSITE_URL: settings.developer.websiteUrl,
    DEVELOPER_PRIVACY_URL: settings.developer.privacyUrl,
    DEVELOPER_TERMS_URL: settings.developer.termsOfUseUrl,
  };
}

/**
 * Returns a deep copy of `template` with every `${NAME}` in its string values replaced by `values[NAME]`.
 *
 * @throws {@link TemplateError} naming every placeholder without a value.
 */
export function fillTemplate<T extends JsonValue>(template: T, values: Readonly<Record<string, string>>): T {
  const unknown: string[] = [];
  const fill = (node: JsonValue): JsonValue => {
    if (typeof node === 'string') {
      return node.replace(PLACEHOLDER, (match, name: string) => {
        if (Object.prototype.hasOwnProperty.call(values, name)) return values[name];
        if (!unknown.includes(name)) unknown.push(name);
        return match;
      });
    }
    if (Array.isArray(node)) return node.map(fill);
    if (node !== null && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, fill(value)]));
    }
    return node;
  };
  const filled = fill(template);
  if (unknown.length > 0) throw new TemplateError(unknown);
  return filled as T;
}

/**
 * Fills a manifest or localization template from validated settings.
 *
 * @throws {@link TemplateError} if the template uses a placeholder that {@link placeholderValues} does not provide.
 */
export function renderTemplate<T extends JsonValue>(template: T, settings: PackageSettings): T {
  return fillTemplate(template, placeholderValues(settings));
}

/** The files a rendered manifest refers to, as relative paths inside the app package. */
export interface ReferencedFiles {
  /** `icons.color`, if set. */
  colorIcon?: string;
  /** `icons.outline`, if set. */
  outlineIcon?: string;
  /** `localizationInfo.defaultLanguageFile` and every `additionalLanguages[].file`. */
  languageFiles: string[];
}

type JsonObject = { [key: string]: JsonValue };

function asObject(value: JsonValue | undefined): JsonObject | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}

function asString(value: JsonValue | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Lists the icon and language files a rendered manifest refers to (missing entries are left out). */
export function referencedFiles(manifest: JsonValue): ReferencedFiles {
  const root = asObject(manifest);
  const icons = asObject(root?.icons);
  const localization = asObject(root?.localizationInfo);
  const additional = localization?.additionalLanguages;
  const languageFiles = [
    asString(localization?.defaultLanguageFile),
    ...(Array.isArray(additional) ? additional.map((language) => asString(asObject(language)?.file)) : []),
  ].filter((file): file is string => file !== undefined);
  return {
    colorIcon: asString(icons?.color),
    outlineIcon: asString(icons?.outline),
    languageFiles: [...new Set(languageFiles)],
  };
}
