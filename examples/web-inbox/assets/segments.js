// How many SMS segments a text takes, and in which encoding: a port of sms_inbox's
// src/segments.rs (Twilio's segment calculator), so the reply box counts as the server
// does. A text is GSM-7 when every grapheme is one character of the GSM 03.38 basic or
// extension table, else UCS-2. One segment holds 160 septets or 70 UTF-16 units; longer
// texts split into 153 or 67, and a grapheme never straddles two segments.
(function (global) {
  "use strict";
  const SEGMENT_BITS = 1120;
  const HEADER_BITS = 48;
  const BASIC =
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
  const EXTENSION = "\f^{}\\[~]|€";
  const segmenter =
    typeof Intl !== "undefined" && Intl.Segmenter
      ? new Intl.Segmenter(undefined, { granularity: "grapheme" })
      : null;

  function graphemes(text) {
    return segmenter ? Array.from(segmenter.segment(text), (s) => s.segment) : Array.from(text);
  }

  // Septets of one code point: 1 (basic), 2 (extension: escape + character), or null.
  function septets(ch) {
    if (BASIC.includes(ch)) return 1;
    if (EXTENSION.includes(ch)) return 2;
    return null;
  }

  function isGsm7Grapheme(g) {
    const chars = Array.from(g);
    return chars.length === 1 && septets(chars[0]) !== null;
  }

  function analyze(text) {
    const gs = graphemes(text);
    const encoding = gs.every(isGsm7Grapheme) ? "GSM-7" : "UCS-2";
    const bits = encoding === "GSM-7" ? 7 : 16;
    const unitCount = (g) =>
      encoding === "GSM-7"
        ? Array.from(g).reduce((n, c) => n + (septets(c) || 1), 0)
        : g.length; // UTF-16 code units
    const units = gs.reduce((n, g) => n + unitCount(g), 0);
    if (units * bits <= SEGMENT_BITS) {
      return { encoding, segments: units > 0 ? 1 : 0, units };
    }
    const capacity = Math.floor((SEGMENT_BITS - HEADER_BITS) / bits);
    let segments = 1;
    let used = 0;
    for (const g of gs) {
      const n = unitCount(g);
      if (used + n > capacity && used > 0) {
        segments += 1;
        used = 0;
      }
      used += n;
      while (used > capacity) {
        segments += 1;
        used -= capacity;
      }
    }
    return { encoding, segments, units };
  }

  // Units one segment holds: alone, or as part of a longer text.
  function capacity(encoding, segments) {
    const single = encoding === "GSM-7" ? 160 : 70;
    const multi = encoding === "GSM-7" ? 153 : 67;
    return segments <= 1 ? single : multi * segments;
  }

  global.SmsSegments = { analyze, capacity };
})(window);
