/**
 * Encryption of single personal fields (a citizen's phone number) at rest. The stored form is
 * opaque text; core never sees keys. Decrypting a tampered or unknown-key value throws.
 */
export interface Cipher {
  encrypt(plain: string): string;
  decrypt(stored: string): string;
}
