// Share links: the program and its run settings live in the URL fragment
// (never sent to a server). Formats -- every one ever written must keep
// decoding, so old links keep working:
//
//   #code/v1/<base64url(deflate-raw(utf8(JSON)))>   (CompressionStream available)
//   #code/v1u/<base64url(utf8(JSON))>               (fallback: uncompressed)
//   #example/<id>                                   (a gallery entry)
//
// JSON payload: {"code": str, "python": "3.12"|"3.9", "clock": "real"|"virtual",
// "speed": number (virtual only; 0 = instant)}. Unknown keys are ignored.
// Personal preferences (theme) are never part of a link.

const enc = new TextEncoder();
const dec = new TextDecoder();

export function toBase64Url(bytes) {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text) {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

async function pipe(bytes, stream) {
  const res = new Response(new Blob([bytes]).stream().pipeThrough(stream));
  return new Uint8Array(await res.arrayBuffer());
}

const canCompress = () => typeof CompressionStream === 'function';

/** {code, python, clock, speed} -> "#code/v1/..." */
export async function encodeShare(state) {
  const payload = { code: state.code, python: state.python, clock: state.clock };
  if (state.clock === 'virtual') payload.speed = state.speed ?? 0;
  const bytes = enc.encode(JSON.stringify(payload));
  if (canCompress()) return `#code/v1/${toBase64Url(await pipe(bytes, new CompressionStream('deflate-raw')))}`;
  return `#code/v1u/${toBase64Url(bytes)}`;
}

/** "#code/v1/..." -> {code, python?, clock?, speed?} | {example: id} | null (not a share link). */
export async function decodeShare(hash) {
  const h = decodeURIComponent(hash.replace(/^#/, ''));
  let m = /^example\/([\w-]+)$/.exec(h);
  if (m) return { example: m[1] };
  m = /^code\/(v1u?)\/([A-Za-z0-9_-]*)$/.exec(h);
  if (!m) return null;
  let bytes = fromBase64Url(m[2]);
  if (m[1] === 'v1') {
    if (typeof DecompressionStream !== 'function') throw new Error('this browser cannot decompress share links');
    bytes = await pipe(bytes, new DecompressionStream('deflate-raw'));
  }
  const data = JSON.parse(dec.decode(bytes));
  if (typeof data.code !== 'string') throw new Error('share link without code');
  const out = { code: data.code };
  if (data.python === '3.9' || data.python === '3.12' || data.python === '3.14') out.python = data.python;
  if (data.clock === 'real' || data.clock === 'virtual') out.clock = data.clock;
  if (typeof data.speed === 'number' && data.speed >= 0) out.speed = data.speed;
  return out;
}
