// A minimal, deterministic ZIP writer (deflate, UTF-8 names, fixed timestamps, sorted entries), so the
// same build always gives the same store upload byte for byte and packaging needs no zip tool.
import { crc32, deflateRawSync } from "node:zlib";

// 1980-01-01 00:00, the earliest DOS date: timestamps would make every package differ.
const DOS_TIME = 0;
const DOS_DATE = (1 << 5) | 1;
const UTF8_NAMES = 0x0800;
const DEFLATE = 8;
const STORE = 0;
// "Made by" Unix (3) so unzip restores rw-r--r--.
const MADE_BY_UNIX = (3 << 8) | 20;
const FILE_MODE = 0o100644 << 16;

/**
 * The fields the local header and the central directory share, in the same order (from "version needed"
 * to the name's length); they start at 4 in the one and at 6 in the other. Extra-field and comment
 * lengths stay 0 (the buffers are zero-filled).
 * @param {Buffer} buffer  @param {number} at
 * @param {{ method: number, crc: number, compressed: number, size: number, nameLength: number }} entry
 */
function writeEntryFields(buffer, at, entry) {
  buffer.writeUInt16LE(20, at);
  buffer.writeUInt16LE(UTF8_NAMES, at + 2);
  buffer.writeUInt16LE(entry.method, at + 4);
  buffer.writeUInt16LE(DOS_TIME, at + 6);
  buffer.writeUInt16LE(DOS_DATE, at + 8);
  buffer.writeUInt32LE(entry.crc, at + 10);
  buffer.writeUInt32LE(entry.compressed, at + 14);
  buffer.writeUInt32LE(entry.size, at + 18);
  buffer.writeUInt16LE(entry.nameLength, at + 22);
}

/** @param {{ name: string, data: Buffer }[]} files  @returns {Buffer} */
export function zip(files) {
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of sorted) {
    const nameBytes = Buffer.from(name, "utf8");
    const deflated = deflateRawSync(data, { level: 9 });
    const method = deflated.length < data.length ? DEFLATE : STORE;
    const body = method === DEFLATE ? deflated : data;
    const crc = crc32(data);
    const entry = { method, crc, compressed: body.length, size: data.length, nameLength: nameBytes.length };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeEntryFields(local, 4, entry);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(MADE_BY_UNIX, 4);
    writeEntryFields(central, 6, entry);
    central.writeUInt32LE(FILE_MODE >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, body);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(sorted.length, 8);
  end.writeUInt16LE(sorted.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
