/**
 * Consistency checks between the manifest and its language files that the localization schema
 * cannot express: every key points at a text in the manifest, and every text users see is translated.
 */
import type { JsonValue } from './render';

/**
 * Follows a localization key such as `bots[0].commandLists[0].commands[1].title` through the manifest.
 *
 * @returns the value found, or `undefined` if the path does not exist.
 */
export function resolveKey(manifest: JsonValue, key: string): JsonValue | undefined {
  let node: JsonValue | undefined = manifest;
  for (const segment of key.split('.')) {
    const match = /^([^[\]]+)((?:\[\d+\])*)$/.exec(segment);
    if (match === null) return undefined;
    const [, name, indexes] = match;
    node = node !== null && typeof node === 'object' && !Array.isArray(node) ? node[name] : undefined;
    for (const index of indexes.match(/\d+/g) ?? []) {
      node = Array.isArray(node) ? node[Number(index)] : undefined;
    }
    if (node === undefined) return undefined;
  }
  return node;
}

/**
 * The keys of the manifest texts users see in Teams: name, description, static tab names and bot
 * commands. Each language file should translate all of them.
 */
export function translatableKeys(manifest: JsonValue): string[] {
  const keys = ['name.short', 'name.full', 'description.short', 'description.full'];
  const tabs = resolveKey(manifest, 'staticTabs');
  if (Array.isArray(tabs)) {
    tabs.forEach((_, i) => keys.push(`staticTabs[${i}].name`));
  }
  const lists = resolveKey(manifest, 'bots[0].commandLists');
  if (Array.isArray(lists)) {
    lists.forEach((_, l) => {
      const commands = resolveKey(manifest, `bots[0].commandLists[${l}].commands`);
      if (!Array.isArray(commands)) return;
      commands.forEach((_, c) => {
        keys.push(`bots[0].commandLists[${l}].commands[${c}].title`, `bots[0].commandLists[${l}].commands[${c}].description`);
      });
    });
  }
  return keys.filter((key) => typeof resolveKey(manifest, key) === 'string');
}

/**
 * Compares a language file with the manifest.
 *
 * @param file - the language file's name, used to prefix each message.
 * @returns one message per key that matches no manifest text and per manifest text without a translation.
 */
export function checkTranslations(file: string, manifest: JsonValue, localization: JsonValue): string[] {
  if (localization === null || typeof localization !== 'object' || Array.isArray(localization)) {
    return [`${file}: must be a JSON object`];
  }
  const errors: string[] = [];
  const keys = Object.keys(localization).filter((key) => key !== '$schema' && key !== 'localizationKeys');
  for (const key of keys) {
    if (typeof resolveKey(manifest, key) !== 'string') {
      errors.push(`${file}: "${key}" does not match a text in manifest.json`);
    }
  }
  for (const key of translatableKeys(manifest)) {
    if (!keys.includes(key)) errors.push(`${file}: no translation for "${key}"`);
  }
  return errors;
}
