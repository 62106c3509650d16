// SimRecording: the audio a simulated call's recording_url serves, so the demo and the tests
// can play something real. A PCM WAV (8 kHz, 8-bit, mono: the telephone's own rate, 8 kB a
// second) as long as the call, from call_started to call_ended, so that a timeline event's
// offset from the start is the same moment in the audio: a ringing tone until the call is
// answered, then alternating turns of two tones (agent, caller) with short pauses. The same
// call always gives the same bytes.
#pragma once

#include <QByteArray>

namespace callboard::sim {

struct SimRecordingScript
{
    quint64 seed = 0;       // the call's own seed: which turns are how long
    qint64 lengthMs = 0;    // call_started to call_ended
    qint64 answeredAtMs = 0; // offset of call_answered from call_started
};

constexpr int SimRecordingSampleRate = 8000;

// The whole .wav file (RIFF header and samples). A length <= 0 gives an empty file body
// of 0 samples, still a valid WAV.
QByteArray simRecordingWav(const SimRecordingScript &script);

// Its duration in ms as a player reports it: samples / rate.
qint64 simRecordingDurationMs(const QByteArray &wav);

} // namespace callboard::sim
