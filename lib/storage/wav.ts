// PCM WAV encoding and a small deterministic "speech-like" synthesizer for demo recordings.
// The synthesizer is additive: a glottal-ish harmonic source shaped by vowel formants,
// cut into syllables with amplitude envelopes, grouped into words and speaker turns with
// pauses, over a quiet room-noise floor. It is not speech, but it sounds like distant
// conversation and exercises players, Range requests and waveform views with real audio.

export interface PcmAudio {
  sampleRate: number;
  /** Mono, signed 16-bit samples. */
  samples: Int16Array;
}

/** Sample rate of the synthesized demo audio (16 kHz mono, as speech recognisers expect). */
export const SPEECH_SAMPLE_RATE = 16_000;

const WAV_HEADER_BYTES = 44;
const BITS_PER_SAMPLE = 16;
const CHANNELS = 1;

/** A RIFF/WAVE file holding 16-bit mono PCM. */
export function encodeWav({ sampleRate, samples }: PcmAudio): Buffer {
  if (!Number.isInteger(sampleRate) || sampleRate <= 0) {
    throw new RangeError(`Invalid sample rate: ${sampleRate}`);
  }
  const blockAlign = (CHANNELS * BITS_PER_SAMPLE) / 8;
  const dataBytes = samples.length * blockAlign;
  const buffer = Buffer.alloc(WAV_HEADER_BYTES + dataBytes);

  buffer.write("RIFF", 0, "ascii");
  buffer.writeUInt32LE(WAV_HEADER_BYTES - 8 + dataBytes, 4);
  buffer.write("WAVE", 8, "ascii");
  buffer.write("fmt ", 12, "ascii");
  buffer.writeUInt32LE(16, 16); // fmt chunk size for PCM
  buffer.writeUInt16LE(1, 20); // audio format: PCM
  buffer.writeUInt16LE(CHANNELS, 22);
  buffer.writeUInt32LE(sampleRate, 24);
  buffer.writeUInt32LE(sampleRate * blockAlign, 28); // byte rate
  buffer.writeUInt16LE(blockAlign, 32);
  buffer.writeUInt16LE(BITS_PER_SAMPLE, 34);
  buffer.write("data", 36, "ascii");
  buffer.writeUInt32LE(dataBytes, 40);

  for (let i = 0; i < samples.length; i++) {
    buffer.writeInt16LE(samples[i], WAV_HEADER_BYTES + i * blockAlign);
  }
  return buffer;
}

/** Size in bytes of the WAV file encodeWav() writes for this many samples. */
export function wavFileSize(sampleCount: number): number {
  return WAV_HEADER_BYTES + sampleCount * ((CHANNELS * BITS_PER_SAMPLE) / 8);
}

/** Samples synthesizeSpeechLikeAudio() produces for a duration. */
export function speechSampleCount(seconds: number): number {
  return Math.round(seconds * SPEECH_SAMPLE_RATE);
}

// ---------------------------------------------------------------- synthesis

export interface SpeechLikeOptions {
  seconds: number;
  /** Same seed, same samples. Strings (e.g. a meeting id) are hashed. */
  seed: number | string;
  /** Number of alternating voices, 1-5. Default 2. */
  voices?: number;
}

interface Voice {
  f0: number;
  formantScale: number;
  syllableSeconds: number;
  loudness: number;
}

type Formants = readonly [number, number, number];

// Adult male vowel formants (Peterson & Barney); scaled up for higher voices.
const VOWELS: readonly Formants[] = [
  [730, 1090, 2440], // a
  [530, 1840, 2480], // e
  [270, 2290, 3010], // i
  [570, 840, 2410], // o
  [300, 870, 2240], // u
  [660, 1720, 2410], // ae
  [490, 1350, 1690], // er
];
const FORMANT_GAINS = [1, 0.55, 0.28] as const;
const FORMANT_BANDWIDTHS = [90, 110, 170] as const;

const VOICE_PRESETS: readonly Omit<Voice, "loudness">[] = [
  { f0: 118, formantScale: 1, syllableSeconds: 0.19 },
  { f0: 205, formantScale: 1.16, syllableSeconds: 0.17 },
  { f0: 135, formantScale: 1.04, syllableSeconds: 0.21 },
  { f0: 225, formantScale: 1.2, syllableSeconds: 0.18 },
  { f0: 102, formantScale: 0.97, syllableSeconds: 0.2 },
];

function hashSeed(seed: number | string): number {
  if (typeof seed === "number") return seed >>> 0;
  let hash = 0x811c9dc5; // FNV-1a
  for (let i = 0; i < seed.length; i++) {
    hash ^= seed.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function between(rng: () => number, min: number, max: number): number {
  return min + (max - min) * rng();
}

function harmonicAmplitudes(f0: number, formants: Formants, scale: number, nyquist: number): Float64Array {
  const count = Math.max(1, Math.floor(Math.min(3800, nyquist - 400) / f0));
  const amplitudes = new Float64Array(count);
  for (let k = 1; k <= count; k++) {
    const frequency = k * f0;
    let gain = 0.04; // a little energy between formants
    for (let i = 0; i < 3; i++) {
      const detune = (frequency - formants[i] * scale) / FORMANT_BANDWIDTHS[i];
      gain += FORMANT_GAINS[i] / (1 + detune * detune);
    }
    amplitudes[k - 1] = gain / Math.pow(k, 0.7); // source spectral tilt
  }
  return amplitudes;
}

function envelope(position: number, length: number, attack: number, release: number): number {
  if (position < attack) return Math.sin((Math.PI / 2) * (position / attack)) ** 2;
  const untilEnd = length - position;
  if (untilEnd < release) return Math.sin((Math.PI / 2) * (untilEnd / release)) ** 2;
  return 1 - 0.25 * (position / length); // slight decay through the vowel
}

interface SyllableSpec {
  start: number;
  length: number;
  voice: Voice;
  /** 0 at the start of a turn, 1 at its end: pitch declines over a phrase. */
  phrasePosition: number;
  stress: number;
  consonant: boolean;
}

function renderSyllable(out: Float32Array, spec: SyllableSpec, sampleRate: number, rng: () => number): void {
  const { start, voice } = spec;
  const length = Math.min(spec.length, out.length - start);
  if (length <= 0) return;

  const vowel = VOWELS[Math.floor(rng() * VOWELS.length)];
  const baseF0 = voice.f0 * (1.12 - 0.22 * spec.phrasePosition) * between(rng, 0.95, 1.06);
  const amplitudes = harmonicAmplitudes(baseF0, vowel, voice.formantScale, sampleRate / 2);
  let norm = 0;
  for (const a of amplitudes) norm += a;
  const gain = (voice.loudness * spec.stress) / norm;

  const consonantLength = spec.consonant ? Math.floor(between(rng, 0.02, 0.055) * sampleRate) : 0;
  const attack = Math.max(1, Math.floor(0.025 * sampleRate));
  const release = Math.max(1, Math.floor(0.05 * sampleRate));
  const contourPhase = rng() * Math.PI;
  let phase = 0;
  let previousNoise = 0;

  for (let i = 0; i < length; i++) {
    const seconds = i / sampleRate;
    let sample = 0;

    if (i < consonantLength) {
      // Fricative/plosive onset: high-passed noise with a fast decay.
      const noise = rng() * 2 - 1;
      sample += (noise - previousNoise) * 0.18 * voice.loudness * (1 - i / consonantLength);
      previousNoise = noise;
    }

    const voicedIndex = i - Math.floor(consonantLength * 0.6);
    if (voicedIndex >= 0) {
      const contour = 1 + 0.06 * Math.sin(contourPhase + (Math.PI * i) / length);
      const vibrato = 1 + 0.006 * Math.sin(2 * Math.PI * 5.5 * seconds);
      phase += (2 * Math.PI * baseF0 * contour * vibrato) / sampleRate;
      let voiced = 0;
      for (let k = 0; k < amplitudes.length; k++) voiced += amplitudes[k] * Math.sin((k + 1) * phase);
      const voicedLength = length - Math.floor(consonantLength * 0.6);
      sample += voiced * gain * envelope(voicedIndex, voicedLength, attack, release);
    }
    out[start + i] += sample;
  }
}

function pickVoices(rng: () => number, count: number): Voice[] {
  const offset = Math.floor(rng() * VOICE_PRESETS.length);
  return Array.from({ length: count }, (_, i) => {
    const preset = VOICE_PRESETS[(offset + i) % VOICE_PRESETS.length];
    return {
      ...preset,
      f0: preset.f0 * between(rng, 0.93, 1.07),
      syllableSeconds: preset.syllableSeconds * between(rng, 0.9, 1.1),
      loudness: between(rng, 0.7, 1),
    };
  });
}

/** Deterministic mono 16 kHz audio that sounds like a few people talking in turn. */
export function synthesizeSpeechLikeAudio({ seconds, seed, voices = 2 }: SpeechLikeOptions): PcmAudio {
  if (!(seconds > 0) || seconds > 600) throw new RangeError(`Invalid duration: ${seconds}s`);
  const sampleRate = SPEECH_SAMPLE_RATE;
  const rng = mulberry32(hashSeed(seed));
  const total = speechSampleCount(seconds);
  const speech = new Float32Array(total);
  const cast = pickVoices(rng, Math.min(5, Math.max(1, Math.round(voices))));
  const tail = Math.floor(0.2 * sampleRate);

  let cursor = Math.floor(between(rng, 0.12, 0.3) * sampleRate);
  let speaker = Math.floor(rng() * cast.length);
  while (cursor < total - tail) {
    const voice = cast[speaker];
    const syllables = 4 + Math.floor(rng() * 11);
    for (let s = 0; s < syllables && cursor < total - tail; s++) {
      const length = Math.floor(voice.syllableSeconds * between(rng, 0.65, 1.4) * sampleRate);
      renderSyllable(
        speech,
        {
          start: cursor,
          length: Math.min(length, total - tail - cursor),
          voice,
          phrasePosition: s / syllables,
          stress: rng() < 0.3 ? 1 : between(rng, 0.55, 0.85),
          consonant: rng() < 0.65,
        },
        sampleRate,
        rng,
      );
      const wordBreak = rng() < 0.4;
      cursor += length + Math.floor((wordBreak ? between(rng, 0.08, 0.18) : between(rng, 0.015, 0.05)) * sampleRate);
    }
    cursor += Math.floor(between(rng, 0.25, 0.65) * sampleRate); // turn-taking pause
    if (cast.length > 1) speaker = (speaker + 1 + Math.floor(rng() * (cast.length - 1))) % cast.length;
  }

  let peak = 0;
  for (const value of speech) peak = Math.max(peak, Math.abs(value));
  const scale = peak > 0 ? 0.6 / peak : 0;

  const samples = new Int16Array(total);
  let room = 0;
  for (let i = 0; i < total; i++) {
    room = 0.97 * room + 0.03 * (rng() * 2 - 1); // low-passed room noise, about -60 dBFS
    const value = speech[i] * scale + room * 0.012 + (rng() * 2 - 1) * 0.0004;
    samples[i] = Math.max(-32768, Math.min(32767, Math.round(value * 32767)));
  }
  return { sampleRate, samples };
}
