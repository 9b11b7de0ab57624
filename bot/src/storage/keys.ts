/**
 * Azure Tables forbids `/ \ # ?` and control characters in PartitionKey and RowKey, and Teams ids
 * contain some of them (e.g. `19:abc@thread.tacv2`, `a:1xyz…`, storage keys with `/`). Percent
 * encoding keeps keys readable, reversible and within the allowed alphabet.
 */
export function encodeKey(raw: string): string {
  const encoded = encodeURIComponent(raw).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  if (encoded.length > 1024) {
    throw new RangeError(`key too long for Azure Tables after encoding (${encoded.length} > 1024 characters)`);
  }
  return encoded;
}

/** Reverses {@link encodeKey}. */
export function decodeKey(key: string): string {
  return decodeURIComponent(key);
}
