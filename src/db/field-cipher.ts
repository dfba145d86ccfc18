import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import type { Config } from "../config.js";
import { AppError } from "../core/shared/app-error.js";
import type { Cipher } from "../core/shared/cipher.port.js";

/**
 * AES-256-GCM with a random 12-byte nonce per value. Stored form: `keyId:nonce:tag:ciphertext`,
 * the last three in base64. The first configured key encrypts and every configured key decrypts,
 * so rotating means: put the new key first, keep the old one until no row uses it.
 * The key id is bound as additional authenticated data, so relabelling a value fails too.
 * Error messages never carry the plaintext or the stored value.
 */
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

export function fieldCipher(keys: Config["encryptionKeys"]): Cipher {
  const first = keys[0];
  if (!first) throw new AppError("CONFIG_INVALID", "field cipher needs at least one encryption key");
  for (const k of keys) {
    if (k.key.length !== 32) throw new AppError("CONFIG_INVALID", `encryption key ${k.id} is not 32 bytes`);
  }
  const byId = new Map(keys.map((k) => [k.id, k.key]));

  return {
    encrypt(plain) {
      const nonce = randomBytes(NONCE_BYTES);
      const cipher = createCipheriv("aes-256-gcm", first.key, nonce);
      cipher.setAAD(Buffer.from(first.id, "utf8"));
      const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
      const tag = cipher.getAuthTag();
      return [first.id, nonce.toString("base64"), tag.toString("base64"), data.toString("base64")].join(":");
    },
    decrypt(stored) {
      const parts = stored.split(":");
      if (parts.length !== 4) throw invalid("malformed value");
      const [keyId, nonceText, tagText, dataText] = parts as [string, string, string, string];
      const key = byId.get(keyId);
      if (!key) throw invalid(`unknown key id ${keyId}`);
      const nonce = Buffer.from(nonceText, "base64");
      const tag = Buffer.from(tagText, "base64");
      if (nonce.length !== NONCE_BYTES || tag.length !== TAG_BYTES) throw invalid("malformed nonce or tag");
      try {
        const decipher = createDecipheriv("aes-256-gcm", key, nonce);
        decipher.setAAD(Buffer.from(keyId, "utf8"));
        decipher.setAuthTag(tag);
        return Buffer.concat([decipher.update(Buffer.from(dataText, "base64")), decipher.final()]).toString(
          "utf8",
        );
      } catch (cause) {
        throw invalid("authentication failed (tampered value or wrong key)", cause);
      }
    },
  };
}

function invalid(why: string, cause?: unknown): AppError {
  return new AppError("CIPHER_INVALID", `cannot decrypt field: ${why}`, { cause });
}
