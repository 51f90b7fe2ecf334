import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatCueTime, toSrt, toText, toWebVtt, type TimedLine } from "@/lib/transcripts/format-transcript";

const LINES: TimedLine[] = [
  { speaker: "Olivia Chen", startMs: 1_200, endMs: 4_500, text: "Let's review the launch checklist." },
  { speaker: "Speaker 2", startMs: 4_800, endMs: 9_050, text: "Pricing is final;\n\nthe page goes live Monday." },
  {
    speaker: "Olivia Chen",
    startMs: 9_300,
    endMs: 3_723_004,
    text: "Great. I'll send the recap & the <draft> --> soon.",
  },
];

function parseCueTime(value: string): number {
  const match = /^(\d{2,}):([0-5]\d):([0-5]\d)[.,](\d{3})$/.exec(value);
  if (!match) throw new Error(`Not a cue time: ${value}`);
  const [, h, m, s, ms] = match.map(Number) as [number, number, number, number, number];
  return ((h * 60 + m) * 60 + s) * 1000 + ms;
}

describe("cue times", () => {
  it.each([
    [0, "00:00:00.000"],
    [1, "00:00:00.001"],
    [999, "00:00:00.999"],
    [1_000, "00:00:01.000"],
    [59_999, "00:00:59.999"],
    [60_000, "00:01:00.000"],
    [3_599_999, "00:59:59.999"],
    [3_600_000, "01:00:00.000"],
    [3_723_004, "01:02:03.004"],
    [100 * 3_600_000, "100:00:00.000"],
  ])("writes %i ms as %s", (ms, expected) => {
    expect(formatCueTime(ms, ".")).toBe(expected);
    expect(formatCueTime(ms, ",")).toBe(expected.replace(".", ","));
  });

  it("round-trips every millisecond offset", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 * 3_600_000 }), (ms) => {
        expect(parseCueTime(formatCueTime(ms, "."))).toBe(ms);
        expect(parseCueTime(formatCueTime(ms, ","))).toBe(ms);
      }),
    );
  });

  it("orders like the offsets it writes", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 * 3_600_000 }), fc.integer({ min: 0, max: 99 * 3_600_000 }), (a, b) => {
        const [x, y] = [formatCueTime(a, "."), formatCueTime(b, ".")];
        expect(Math.sign(x.localeCompare(y))).toBe(Math.sign(a - b));
      }),
    );
  });

  it("refuses negative and fractional offsets", () => {
    expect(() => formatCueTime(-1, ".")).toThrow(RangeError);
    expect(() => formatCueTime(1.5, ".")).toThrow(RangeError);
  });
});

describe("WebVTT", () => {
  const vtt = toWebVtt(LINES);

  it("is a WEBVTT file of numbered cues with voice spans", () => {
    expect(vtt).toBe(
      [
        "WEBVTT",
        "",
        "1",
        "00:00:01.200 --> 00:00:04.500",
        "<v Olivia Chen>Let's review the launch checklist.",
        "",
        "2",
        "00:00:04.800 --> 00:00:09.050",
        "<v Speaker 2>Pricing is final;",
        "the page goes live Monday.",
        "",
        "3",
        "00:00:09.300 --> 01:02:03.004",
        "<v Olivia Chen>Great. I'll send the recap &amp; the &lt;draft&gt; --&gt; soon.",
        "",
      ].join("\n"),
    );
  });

  it("never lets cue text end a cue or fake a timing line", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (speaker, text) => {
        const file = toWebVtt([{ speaker, startMs: 0, endMs: 10, text }]);
        const cue = file.split("\n\n")[1]!;
        expect(cue.split("\n").filter((line) => line.includes("-->"))).toHaveLength(1);
        expect(file.split("\n\n").length).toBe(2);
      }),
    );
  });

  it("keeps a speaker name ending in dashes from forming a timing arrow", () => {
    expect(toWebVtt([{ speaker: "Dana --", startMs: 0, endMs: 10, text: "Hi." }])).toContain("<v Dana -- >Hi.");
  });

  it("gives zero-length segments a positive duration", () => {
    expect(toWebVtt([{ speaker: "A", startMs: 5_000, endMs: 5_000, text: "Hm." }])).toContain(
      "00:00:05.000 --> 00:00:05.001",
    );
  });
});

describe("SRT", () => {
  it("numbers cues from 1 with comma milliseconds and the speaker as a prefix", () => {
    expect(toSrt(LINES)).toBe(
      [
        "1",
        "00:00:01,200 --> 00:00:04,500",
        "Olivia Chen: Let's review the launch checklist.",
        "",
        "2",
        "00:00:04,800 --> 00:00:09,050",
        "Speaker 2: Pricing is final;",
        "the page goes live Monday.",
        "",
        "3",
        "00:00:09,300 --> 01:02:03,004",
        "Olivia Chen: Great. I'll send the recap & the <draft> --> soon.",
        "",
      ].join("\n"),
    );
  });
});

describe("plain text", () => {
  it("writes one `Speaker: text` line per segment", () => {
    expect(toText(LINES)).toBe(
      "Olivia Chen: Let's review the launch checklist.\n" +
        "Speaker 2: Pricing is final; the page goes live Monday.\n" +
        "Olivia Chen: Great. I'll send the recap & the <draft> --> soon.\n",
    );
  });
});
