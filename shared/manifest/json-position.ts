// Where a JSON text stops being valid, as line and column. Engines word their SyntaxError
// differently (V8 in Node 20 often gives no position at all), so the position comes from this
// small scanner instead of the message. It runs only after JSON.parse has already failed.

const WHITESPACE = " \t\n\r";
const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;
/** Beyond this nesting the scanner gives up and reports where it is (the manifest allows 10). */
const SCAN_DEPTH = 500;

/** UTF-16 offset of the first syntax error in `text` (text.length when it ends too early). */
export const syntaxErrorOffset = (text: string): number => {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const skipSpace = () => {
    while (i < text.length && WHITESPACE.includes(text.charAt(i))) i++;
  };
  const expect = (word: string): void => {
    if (!text.startsWith(word, i)) fail();
    i += word.length;
  };
  const string = () => {
    i++;
    for (;;) {
      if (i >= text.length) fail();
      const c = text.charCodeAt(i);
      if (c === 34) return void i++;
      if (c < 32) fail();
      if (c !== 92) i++;
      else if (text.charAt(i + 1) === "u") {
        HEX4.lastIndex = i + 2;
        if (!HEX4.test(text)) fail();
        i += 6;
      } else if ('"\\/bfnrt'.includes(text.charAt(i + 1)) && i + 1 < text.length) i += 2;
      else fail();
    }
  };
  const value = (depth: number): void => {
    skipSpace();
    const c = text.charAt(i);
    if (depth > SCAN_DEPTH) fail();
    if (c === "{" || c === "[") {
      const close = c === "{" ? "}" : "]";
      i++;
      skipSpace();
      if (text.charAt(i) === close) return void i++;
      for (;;) {
        if (c === "{") {
          skipSpace();
          if (text.charAt(i) !== '"') fail();
          string();
          skipSpace();
          expect(":");
        }
        value(depth + 1);
        skipSpace();
        if (text.charAt(i) === ",") i++;
        else return void expect(close);
      }
    }
    if (c === '"') return void string();
    if (c === "t") return void expect("true");
    if (c === "f") return void expect("false");
    if (c === "n") return void expect("null");
    NUMBER.lastIndex = i;
    if (!NUMBER.test(text)) fail();
    i = NUMBER.lastIndex;
  };
  try {
    value(0);
    skipSpace();
    if (i < text.length) fail();
  } catch (offset) {
    return typeof offset === "number" ? offset : i;
  }
  return i;
};

/** 1-based line and column (in UTF-16 units) of an offset; lines end at LF, CRLF or CR. */
export const lineAndColumn = (text: string, offset: number): { line: number; column: number } => {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
};
