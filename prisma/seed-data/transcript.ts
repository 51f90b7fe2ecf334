// Turns authored dialogue into timed transcript segments: speaker labels in order of first
// appearance, ~150 words per minute per speaker, small gaps between turns, ASR-like
// confidences. Deterministic for a given seed.
import { createRng } from "./random";
import type { DialogueLine } from "./types";

/** `[speaker, text]`, or `[speaker, text, rawText]` for a line a person corrected. */
export type Line<K extends string> = readonly [K, string] | readonly [K, string, string];

export function dialogue<K extends string>(...lines: Line<K>[]): DialogueLine<K>[] {
  return lines.map(([speaker, text, rawText]) =>
    rawText === undefined ? { speaker, text } : { speaker, text, rawText },
  );
}

export interface TimedSegment {
  index: number;
  speaker: string;
  speakerLabel: string;
  startMs: number;
  endMs: number;
  text: string;
  rawText: string;
  confidence: number;
  edited: boolean;
}

export interface TimedTranscript {
  segments: TimedSegment[];
  /** End of the last segment. */
  speechEndMs: number;
}

export function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

export function timeTranscript(lines: readonly DialogueLine[], seed: string): TimedTranscript {
  const rng = createRng(`transcript:${seed}`);
  const labels = new Map<string, string>();
  const rates = new Map<string, { wordsPerMinute: number; clarity: number }>();
  const segments: TimedSegment[] = [];
  let cursor = rng.int(1_200, 3_500); // people settle in before the first word

  lines.forEach((line, index) => {
    if (!labels.has(line.speaker)) {
      labels.set(line.speaker, `Speaker ${labels.size + 1}`);
      rates.set(line.speaker, { wordsPerMinute: rng.between(138, 162), clarity: rng.between(0.89, 0.96) });
    }
    const voice = rates.get(line.speaker)!;
    const sentences = Math.max(1, (line.text.match(/[.!?](\s|$)/g) ?? []).length);
    const spokenMs = (wordCount(line.text) * 60_000) / (voice.wordsPerMinute * rng.between(0.95, 1.05));
    const startMs = cursor;
    const endMs = startMs + Math.round(spokenMs + 120 * (sentences - 1) + rng.int(80, 260));
    const edited = line.rawText !== undefined && line.rawText !== line.text;
    const confidence = edited
      ? rng.between(0.82, 0.86)
      : Math.min(0.99, Math.max(0.82, voice.clarity + rng.between(-0.04, 0.03)));
    segments.push({
      index,
      speaker: line.speaker,
      speakerLabel: labels.get(line.speaker)!,
      startMs,
      endMs,
      text: line.text,
      rawText: line.rawText ?? line.text,
      confidence: Math.round(confidence * 1000) / 1000,
      edited,
    });
    const nextSpeakerSame = lines[index + 1]?.speaker === line.speaker;
    cursor = endMs + (nextSpeakerSame ? rng.int(350, 900) : rng.int(180, 850));
  });

  return { segments, speechEndMs: segments.at(-1)?.endMs ?? 0 };
}
