import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { zxyToTileId } from 'pmtiles';

/**
 * Writes a PMTiles v3 archive (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md).
 * Hand-written because no kept JavaScript writer exists: the `pmtiles` package reads archives
 * only (its tile numbering is reused here), and Debian's GDAL (3.6) predates its PMTiles driver.
 * The tests read every archive this writes back with the `pmtiles` package's reader.
 */

export interface ArchiveTile {
  z: number;
  x: number;
  y: number;
  /** The tile as stored: for vector tiles, gzip-compressed MVT. */
  data: Uint8Array;
}

export interface ArchiveInfo {
  minZoom: number;
  maxZoom: number;
  /** [west, south, east, north] in degrees. */
  bounds: [number, number, number, number];
  center: [number, number, number];
  /** Written as the archive's JSON metadata (vector_layers, attribution, …). */
  metadata: Record<string, unknown>;
}

interface Entry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

const HEADER_BYTES = 127;
/** The spec asks the header and the root directory to fit in the first 16 KiB. */
const ROOT_LIMIT = 16_384;
const COMPRESSION_GZIP = 2;
const TILE_TYPE_MVT = 1;

class Bytes {
  private readonly parts: number[] = [];
  varint(value: number): void {
    let v = value;
    while (v >= 0x80) {
      this.parts.push((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    this.parts.push(v);
  }
  toBuffer(): Buffer {
    return Buffer.from(this.parts);
  }
}

function serializeDirectory(entries: readonly Entry[]): Buffer {
  const out = new Bytes();
  out.varint(entries.length);
  let lastId = 0;
  for (const e of entries) {
    out.varint(e.tileId - lastId);
    lastId = e.tileId;
  }
  for (const e of entries) out.varint(e.runLength);
  for (const e of entries) out.varint(e.length);
  entries.forEach((e, i) => {
    const previous = entries[i - 1];
    // 0 means "right after the previous entry's bytes", which keeps clustered directories small.
    out.varint(previous && e.offset === previous.offset + previous.length ? 0 : e.offset + 1);
  });
  return gzipSync(out.toBuffer());
}

/** A root directory small enough for the first 16 KiB, with leaf directories when it is not. */
function directories(entries: readonly Entry[]): { root: Buffer; leaves: Buffer } {
  const root = serializeDirectory(entries);
  if (root.length + HEADER_BYTES <= ROOT_LIMIT) return { root, leaves: Buffer.alloc(0) };
  for (let leafSize = 4096; ; leafSize *= 2) {
    const leafParts: Buffer[] = [];
    const rootEntries: Entry[] = [];
    let offset = 0;
    for (let i = 0; i < entries.length; i += leafSize) {
      const leaf = serializeDirectory(entries.slice(i, i + leafSize));
      rootEntries.push({ tileId: entries[i]!.tileId, offset, length: leaf.length, runLength: 0 });
      leafParts.push(leaf);
      offset += leaf.length;
    }
    const rootBytes = serializeDirectory(rootEntries);
    if (rootBytes.length + HEADER_BYTES <= ROOT_LIMIT) return { root: rootBytes, leaves: Buffer.concat(leafParts) };
  }
}

const e7 = (degrees: number): number => Math.round(degrees * 1e7);

function header(fields: {
  root: Buffer; metadata: Buffer; leaves: Buffer; tileBytes: number;
  addressed: number; entries: number; contents: number; info: ArchiveInfo;
}): Buffer {
  const { root, metadata, leaves, tileBytes, addressed, entries, contents, info } = fields;
  const b = Buffer.alloc(HEADER_BYTES);
  b.write('PMTiles', 0, 'ascii');
  b.writeUInt8(3, 7);
  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + root.length;
  const leavesOffset = metadataOffset + metadata.length;
  const tilesOffset = leavesOffset + leaves.length;
  const u64 = [rootOffset, root.length, metadataOffset, metadata.length, leavesOffset, leaves.length, tilesOffset, tileBytes, addressed, entries, contents];
  u64.forEach((value, i) => b.writeBigUInt64LE(BigInt(value), 8 + i * 8));
  b.writeUInt8(1, 96); // clustered: tiles are stored in tile-id order
  b.writeUInt8(COMPRESSION_GZIP, 97);
  b.writeUInt8(COMPRESSION_GZIP, 98);
  b.writeUInt8(TILE_TYPE_MVT, 99);
  b.writeUInt8(info.minZoom, 100);
  b.writeUInt8(info.maxZoom, 101);
  info.bounds.forEach((degrees, i) => b.writeInt32LE(e7(degrees), 102 + i * 4));
  b.writeUInt8(info.center[2], 118);
  b.writeInt32LE(e7(info.center[0]), 119);
  b.writeInt32LE(e7(info.center[1]), 123);
  return b;
}

/** The archive's bytes: header, root directory, metadata, leaf directories, tiles. */
export function writePmtiles(tiles: readonly ArchiveTile[], info: ArchiveInfo): Buffer {
  const sorted = tiles.map((t) => ({ id: zxyToTileId(t.z, t.x, t.y), data: t.data })).sort((a, b) => a.id - b.id);
  const entries: Entry[] = [];
  const stored = new Map<string, { offset: number; length: number }>();
  const tileParts: Buffer[] = [];
  let tileBytes = 0;
  for (const { id, data } of sorted) {
    const hash = createHash('sha256').update(data).digest('hex');
    let place = stored.get(hash);
    if (!place) {
      place = { offset: tileBytes, length: data.length };
      stored.set(hash, place);
      tileParts.push(Buffer.from(data));
      tileBytes += data.length;
    }
    const last = entries.at(-1);
    // Runs of identical neighbouring tiles (open water, empty land) share one entry.
    if (last && last.tileId + last.runLength === id && last.offset === place.offset) last.runLength += 1;
    else entries.push({ tileId: id, offset: place.offset, length: place.length, runLength: 1 });
  }
  const { root, leaves } = directories(entries);
  const metadata = gzipSync(Buffer.from(JSON.stringify(info.metadata)));
  const head = header({ root, metadata, leaves, tileBytes, addressed: sorted.length, entries: entries.length, contents: stored.size, info });
  return Buffer.concat([head, root, metadata, leaves, ...tileParts]);
}
