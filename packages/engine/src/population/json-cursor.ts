/**
 * A cursor over one line's UTF-8 bytes with the JSON pieces every field reader needs: spaces,
 * plain strings (no escapes), literals, and skipping any value the scanner can vouch for.
 * `ProfileScanner` builds on it; it declines (returns false or -1) rather than guess.
 */
import { BACKSLASH, COLON, COMMA, FALSE, LBRACE, LBRACKET, MINUS, NINE, NULL, QUOTE, RBRACE, RBRACKET, TRUE, ZERO, same } from './profile-fields.js';

export class JsonCursor {
  protected b: Uint8Array = new Uint8Array(0);
  protected p = 0;

  protected ws(): void {
    const b = this.b;
    let p = this.p;
    let c = b[p];
    while (c === 0x20 || c === 0x09) c = b[++p];
    this.p = p;
  }
  /** Skips a string's body after its opening quote; -1 on an escape or a control byte, else 1 if ASCII, 0 if not. */
  protected stringBody(): number {
    const b = this.b;
    const end = b.length;
    let p = this.p;
    let ascii = 1;
    while (p < end) {
      const c = b[p++]!;
      if (c === QUOTE) {
        this.p = p;
        return ascii;
      }
      if (c === BACKSLASH || c < 0x20) return -1;
      if (c >= 0x80) ascii = 0;
    }
    return -1;
  }
  /** The literal `word` (true, false, null) at the cursor. */
  protected literal(word: Uint8Array): boolean {
    if (!same(this.b, this.p, this.p + word.length, word)) return false;
    this.p += word.length;
    return true;
  }
  /** Skips any JSON value this scanner can vouch for (no escapes); false to decline. */
  protected skip(depth: number): boolean {
    const b = this.b;
    const c = b[this.p];
    if (c === QUOTE) {
      this.p++;
      return this.stringBody() >= 0;
    }
    if (c === 0x74) return this.literal(TRUE);
    if (c === 0x66) return this.literal(FALSE);
    if (c === 0x6e) return this.literal(NULL);
    if (c === MINUS || (c !== undefined && c >= ZERO && c <= NINE)) return this.number();
    if (depth > 32) return false;
    if (c === LBRACKET) {
      this.p++;
      this.ws();
      if (b[this.p] === RBRACKET) {
        this.p++;
        return true;
      }
      for (;;) {
        if (!this.skip(depth + 1)) return false;
        this.ws();
        const d = b[this.p++];
        if (d === RBRACKET) return true;
        if (d !== COMMA) return false;
        this.ws();
      }
    }
    if (c === LBRACE) {
      this.p++;
      this.ws();
      if (b[this.p] === RBRACE) {
        this.p++;
        return true;
      }
      for (;;) {
        if (b[this.p] !== QUOTE) return false;
        this.p++;
        if (this.stringBody() < 0) return false;
        this.ws();
        if (b[this.p++] !== COLON) return false;
        this.ws();
        if (!this.skip(depth + 1)) return false;
        this.ws();
        const d = b[this.p++];
        if (d === RBRACE) return true;
        if (d !== COMMA) return false;
        this.ws();
      }
    }
    return false;
  }
  /** Skips a JSON number (RFC 8259 grammar). */
  protected number(): boolean {
    const b = this.b;
    const digit = (): boolean => {
      const c = b[this.p];
      return c !== undefined && c >= ZERO && c <= NINE;
    };
    if (b[this.p] === MINUS) this.p++;
    if (b[this.p] === ZERO) this.p++;
    else if (digit()) while (digit()) this.p++;
    else return false;
    if (b[this.p] === 0x2e) {
      this.p++;
      if (!digit()) return false;
      while (digit()) this.p++;
    }
    if (b[this.p] === 0x65 || b[this.p] === 0x45) {
      this.p++;
      if (b[this.p] === 0x2b || b[this.p] === MINUS) this.p++;
      if (!digit()) return false;
      while (digit()) this.p++;
    }
    return true;
  }
}
