/**
 * Web archives (.mht/.mhtml: Word's 单个文件网页, and browsers' "save as single file") → the HTML page inside,
 * decoded from quoted-printable or base64 in its declared charset, for page.ts to read.
 */

interface TextDecoderLike {
  decode(input: Uint8Array): string;
}
const Decoder = (globalThis as unknown as { TextDecoder: new (label: string) => TextDecoderLike })
  .TextDecoder;

/** True when the text starts like a MIME web archive. */
export function looksLikeMht(head: string): boolean {
  return (
    /^(MIME-Version:|From:|Subject:|Date:|Content-Type:)/im.test(head.slice(0, 200)) &&
    /Content-Type:\s*multipart\/related/i.test(head)
  );
}

function quotedPrintable(body: string): Uint8Array {
  const text = body.replace(/=\r?\n/g, "");
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const hex = text.slice(i + 1, i + 3);
    if (text[i] === "=" && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      out.push(parseInt(hex, 16));
      i += 2;
    } else out.push(text.charCodeAt(i) & 0xff);
  }
  return new Uint8Array(out);
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

function base64(body: string): Uint8Array {
  const clean = body.replace(/[^A-Za-z0-9+/]/g, "");
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let n = 0;
  for (let i = 0; i + 1 < clean.length; i += 4) {
    const v = [0, 1, 2, 3].map((k) => B64.indexOf(clean[i + k] ?? "A"));
    const bits =
      ((v[0] as number) << 18) | ((v[1] as number) << 12) | ((v[2] as number) << 6) | (v[3] as number);
    out[n++] = (bits >> 16) & 0xff;
    if (i + 2 < clean.length) out[n++] = (bits >> 8) & 0xff;
    if (i + 3 < clean.length) out[n++] = bits & 0xff;
  }
  return out.subarray(0, n);
}

/**
 * The HTML of the archive's first text/html part, or null when it has none.
 * @example mhtHtml('MIME-Version: 1.0\nContent-Type: multipart/related; boundary="b"\n\n--b\nContent-Type: text/html; charset="utf-8"\n\n<p>标题</p>\n--b--')
 *   === "<p>标题</p>"
 */
export function mhtHtml(bytes: Uint8Array): string | null {
  // Headers and encoded bodies are ASCII; read them byte for byte and decode the page's bytes afterwards.
  let raw = "";
  for (let i = 0; i < bytes.length; i += 8192) raw += String.fromCharCode(...bytes.subarray(i, i + 8192));
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(raw)?.[1];
  if (!boundary) return null;
  for (const part of raw.split(`--${boundary}`).slice(1)) {
    const split = part.search(/\r?\n\r?\n/);
    if (split < 0) continue;
    const headers = part.slice(0, split);
    if (!/Content-Type:\s*text\/html/i.test(headers)) continue;
    const body = part.slice(split).replace(/^\r?\n\r?\n/, "");
    const encoding = /Content-Transfer-Encoding:\s*([\w-]+)/i.exec(headers)?.[1]?.toLowerCase();
    const data =
      encoding === "base64"
        ? base64(body)
        : encoding === "quoted-printable"
          ? quotedPrintable(body)
          : quotedPrintable(body.replace(/=/g, "=3D"));
    const charset = /charset="?([\w-]+)"?/i.exec(headers)?.[1] ?? "utf-8";
    try {
      return new Decoder(/^(gb2312|gbk|x-gbk)$/i.test(charset) ? "gb18030" : charset).decode(data);
    } catch {
      return new Decoder("utf-8").decode(data);
    }
  }
  return null;
}
