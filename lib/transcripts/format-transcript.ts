// A transcript as text files: plain text, WebVTT (W3C) and SubRip. Cue times come from the
// segments' millisecond offsets; WebVTT writes `HH:MM:SS.mmm`, SRT `HH:MM:SS,mmm`.

export interface TimedLine {
  speaker: string;
  startMs: number;
  endMs: number;
  text: string;
}

/** `3_723_004` -> `01:02:03.004` (or `01:02:03,004` for SRT). Hours grow past two digits. */
export function formatCueTime(ms: number, separator: "." | ","): string {
  if (!Number.isInteger(ms) || ms < 0) throw new RangeError(`Invalid cue time: ${ms}`);
  const hours = Math.floor(ms / 3_600_000);
  const minutes = Math.floor(ms / 60_000) % 60;
  const seconds = Math.floor(ms / 1000) % 60;
  const millis = ms % 1000;
  const pad = (value: number, width = 2) => String(value).padStart(width, "0");
  return `${pad(hours)}:${pad(minutes)}:${pad(seconds)}${separator}${pad(millis, 3)}`;
}

/** Cue text on as many lines as it has, but never a blank line (which would end the cue). */
function cueText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .join("\n");
}

/** A cue must not end before it starts; zero-length cues are padded to one millisecond. */
function cueEnd(line: TimedLine): number {
  return Math.max(line.endMs, line.startMs + 1);
}

function escapeVtt(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** One `Speaker: text` line per segment. */
export function toText(lines: TimedLine[]): string {
  return lines.map((line) => `${line.speaker}: ${cueText(line.text).replace(/\n/g, " ")}\n`).join("");
}

/** WebVTT with the speaker as a voice span: `<v Olivia Chen>text`. */
export function toWebVtt(lines: TimedLine[]): string {
  const cues = lines.map((line, i) => {
    // A name ending in "--" would make `<v Name-->` read as a timing line: parsers strip the
    // space that keeps "-" away from ">".
    const voice = escapeVtt(line.speaker.replace(/[\r\n]+/g, " ")).replace(/-$/, "- ");
    const timing = `${formatCueTime(line.startMs, ".")} --> ${formatCueTime(cueEnd(line), ".")}`;
    return `${i + 1}\n${timing}\n<v ${voice}>${escapeVtt(cueText(line.text))}\n`;
  });
  return ["WEBVTT\n", ...cues].join("\n");
}

/** SubRip: numbered cues, comma milliseconds, the speaker as a prefix. */
export function toSrt(lines: TimedLine[]): string {
  return lines
    .map(
      (line, i) =>
        `${i + 1}\n${formatCueTime(line.startMs, ",")} --> ${formatCueTime(cueEnd(line), ",")}\n${line.speaker}: ${cueText(line.text)}\n`,
    )
    .join("\n");
}
