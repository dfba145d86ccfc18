import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { isAppError } from "../core/shared/app-error.js";
import { fieldCipher } from "./field-cipher.js";

const k1 = { id: "k1", key: randomBytes(32) };
const k2 = { id: "k2", key: randomBytes(32) };
const phone = "06-12345678";

function decryptError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected decrypt to throw");
}

describe("fieldCipher", () => {
  it("round-trips text, including non-ASCII and the empty string", () => {
    const cipher = fieldCipher([k1]);
    for (const plain of [phone, "bel na 14:00 — ü", ""])
      expect(cipher.decrypt(cipher.encrypt(plain))).toBe(plain);
  });

  it("stores keyId:nonce:tag:ciphertext with a 12-byte nonce and no plaintext", () => {
    const stored = fieldCipher([k1]).encrypt(phone);
    const [id, nonce, tag, data] = stored.split(":");
    expect(id).toBe("k1");
    expect(Buffer.from(nonce ?? "", "base64")).toHaveLength(12);
    expect(Buffer.from(tag ?? "", "base64")).toHaveLength(16);
    expect(Buffer.from(data ?? "", "base64")).toHaveLength(Buffer.byteLength(phone));
    expect(stored).not.toContain("12345678");
  });

  it("uses a fresh nonce each time, so equal numbers do not look equal", () => {
    const cipher = fieldCipher([k1]);
    expect(cipher.encrypt(phone)).not.toBe(cipher.encrypt(phone));
  });

  it("keeps old rows readable after rotation and encrypts with the first key", () => {
    const before = fieldCipher([k1]).encrypt(phone);
    const rotated = fieldCipher([k2, k1]);
    expect(rotated.decrypt(before)).toBe(phone);
    const after = rotated.encrypt(phone);
    expect(after.startsWith("k2:")).toBe(true);
    expect(fieldCipher([k2]).decrypt(after)).toBe(phone);
  });

  it("refuses a value whose key was removed", () => {
    const stored = fieldCipher([k1]).encrypt(phone);
    const error = decryptError(() => fieldCipher([k2]).decrypt(stored));
    expect(isAppError(error) && error.code).toBe("CIPHER_INVALID");
  });

  it.each([
    ["ciphertext", 3],
    ["tag", 2],
    ["nonce", 1],
  ])("detects a tampered %s", (_part, index) => {
    const cipher = fieldCipher([k1]);
    const parts = cipher.encrypt(phone).split(":");
    const bytes = Buffer.from(parts[index] ?? "", "base64");
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    parts[index] = bytes.toString("base64");
    const error = decryptError(() => cipher.decrypt(parts.join(":")));
    expect(isAppError(error) && error.code).toBe("CIPHER_INVALID");
    expect(String((error as Error).message)).not.toContain(phone);
  });

  it("detects a value relabelled with another key id", () => {
    const k1Again = { id: "k3", key: k1.key };
    const stored = fieldCipher([k1]).encrypt(phone);
    const relabelled = stored.replace(/^k1:/, "k3:");
    const error = decryptError(() => fieldCipher([k1Again]).decrypt(relabelled));
    expect(isAppError(error) && error.code).toBe("CIPHER_INVALID");
  });

  it("refuses malformed values and a configuration without keys", () => {
    const cipher = fieldCipher([k1]);
    for (const bad of ["", "k1:abc", "k1:a:b:c:d"]) {
      expect(isAppError(decryptError(() => cipher.decrypt(bad)))).toBe(true);
    }
    expect(() => fieldCipher([])).toThrow(/at least one/);
  });
});
