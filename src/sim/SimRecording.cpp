#include "SimRecording.h"

#include "SimRandom.h"

#include <QtEndian>

#include <cmath>
#include <cstring>
#include <vector>

namespace callboard::sim {

namespace {

constexpr quint64 RecordingStream = 0x4EC0;
constexpr int HeaderBytes = 44;
constexpr int RampSamples = 80; // 10 ms fade in and out: tones start and stop without a click

struct Tone
{
    qint64 from = 0; // samples
    qint64 to = 0;
    double hz = 0;
};

qint64 samplesOf(qint64 ms)
{
    return ms * SimRecordingSampleRate / 1000;
}

std::vector<Tone> tonesOf(const SimRecordingScript &script, qint64 total)
{
    std::vector<Tone> tones;
    const qint64 answered = qBound<qint64>(0, samplesOf(script.answeredAtMs), total);
    // Ringing: 425 Hz, one second on, two off.
    for (qint64 at = 0; at < answered; at += samplesOf(3000))
        tones.push_back({at, qMin(at + samplesOf(1000), answered), 425.0});
    // The conversation: agent (440 Hz) and caller (330 Hz) take turns of 1.2-3.5 s.
    SimRandom rng(SimRandom::mix(script.seed, RecordingStream));
    bool agent = true;
    for (qint64 at = answered + samplesOf(300); at < total; agent = !agent) {
        const qint64 length = samplesOf(rng.range(1200, 3500));
        tones.push_back({at, qMin(at + length, total), agent ? 440.0 : 330.0});
        at += length + samplesOf(rng.range(300, 800));
    }
    return tones;
}

void putLe32(char *at, quint32 v)
{
    qToLittleEndian<quint32>(v, at);
}

void putLe16(char *at, quint16 v)
{
    qToLittleEndian<quint16>(v, at);
}

} // namespace

QByteArray simRecordingWav(const SimRecordingScript &script)
{
    const qint64 total = qMax<qint64>(0, samplesOf(script.lengthMs));
    QByteArray wav(HeaderBytes + total, char(0x80)); // 8-bit PCM is unsigned: 128 is silence
    char *h = wav.data();
    memcpy(h, "RIFF", 4);
    putLe32(h + 4, quint32(36 + total));
    memcpy(h + 8, "WAVEfmt ", 8);
    putLe32(h + 16, 16);                     // fmt chunk size
    putLe16(h + 20, 1);                      // PCM
    putLe16(h + 22, 1);                      // mono
    putLe32(h + 24, SimRecordingSampleRate); // samples a second
    putLe32(h + 28, SimRecordingSampleRate); // bytes a second
    putLe16(h + 32, 1);                      // bytes a frame
    putLe16(h + 34, 8);                      // bits a sample
    memcpy(h + 36, "data", 4);
    putLe32(h + 40, quint32(total));

    auto *samples = reinterpret_cast<quint8 *>(h + HeaderBytes);
    for (const Tone &tone : tonesOf(script, total)) {
        const double step = 6.283185307179586 * tone.hz / SimRecordingSampleRate;
        for (qint64 i = tone.from; i < tone.to; ++i) {
            const qint64 edge = qMin(i - tone.from, tone.to - 1 - i);
            const double gain = edge < RampSamples ? double(edge) / RampSamples : 1.0;
            samples[i] = quint8(128 + std::lround(60.0 * gain * std::sin(step * double(i))));
        }
    }
    return wav;
}

qint64 simRecordingDurationMs(const QByteArray &wav)
{
    if (wav.size() < HeaderBytes)
        return 0;
    const quint32 bytes = qFromLittleEndian<quint32>(wav.constData() + 40);
    return qint64(bytes) * 1000 / SimRecordingSampleRate;
}

} // namespace callboard::sim
