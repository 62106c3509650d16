#include "SimConfig.h"

namespace callboard::sim {

namespace {

bool parseRatio(const QString &name, const QString &value, double *out, QString *error)
{
    bool ok = false;
    const double r = value.toDouble(&ok);
    if (!ok || r < 0.0 || r > 1.0) {
        *error = QStringLiteral("fault '%1' needs a ratio between 0 and 1 (e.g. %1=0.1), got '%2'")
                     .arg(name, value);
        return false;
    }
    *out = r;
    return true;
}

bool parseInt(const QString &name, const QString &value, int min, int *out, QString *error)
{
    bool ok = false;
    const int v = value.toInt(&ok);
    if (!ok || v < min) {
        *error = QStringLiteral("fault '%1' needs a whole number >= %2, got '%3'")
                     .arg(name)
                     .arg(min)
                     .arg(value);
        return false;
    }
    *out = v;
    return true;
}

} // namespace

bool FaultConfig::parse(const QString &list, FaultConfig *out, QString *error)
{
    QString scratch;
    if (!error)
        error = &scratch;
    FaultConfig f;
    for (const QString &rawItem : list.split(QLatin1Char(','))) {
        const QString item = rawItem.trimmed();
        if (item.isEmpty())
            continue; // "a,,b" and a trailing comma are harmless
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        const QString name = (eq < 0 ? item : item.left(eq)).trimmed();
        const bool hasValue = eq >= 0;
        const QString value = hasValue ? item.mid(eq + 1).trimmed() : QString();

        bool ok = true;
        if (name == QLatin1String("latency")) {
            ok = parseInt(name, value, 0, &f.latencyMs, error);
        } else if (name == QLatin1String("5xx")) {
            ok = parseRatio(name, value, &f.serverErrorRatio, error);
        } else if (name == QLatin1String("429")) {
            f.rateLimitBurst = true;
            if (hasValue) // optional: the Retry-After the burst sends
                ok = parseInt(name, value, 1, &f.burstRetryAfterSec, error);
        } else if (name == QLatin1String("reset")) {
            ok = parseRatio(name, value, &f.resetRatio, error);
        } else if (name == QLatin1String("age")) {
            ok = parseInt(name, value, 0, &f.ageSec, error);
        } else if (name == QLatin1String("truncated")) {
            ok = parseRatio(name, value, &f.truncatedRatio, error);
        } else if (name == QLatin1String("malformed")) {
            ok = parseRatio(name, value, &f.malformedRatio, error);
        } else if (name == QLatin1String("duration_sec") || name == QLatin1String("createdAt") ||
                   name == QLatin1String("bare") || name == QLatin1String("unknown_status") ||
                   name == QLatin1String("directory403")) {
            if (hasValue) {
                *error = QStringLiteral("fault '%1' is a switch and takes no value").arg(name);
                return false;
            }
            if (name == QLatin1String("duration_sec"))
                f.durationSec = true;
            else if (name == QLatin1String("createdAt"))
                f.createdAtCamel = true;
            else if (name == QLatin1String("bare"))
                f.bareArray = true;
            else if (name == QLatin1String("directory403"))
                f.directoryForbidden = true;
            else
                f.unknownStatuses = true;
        } else {
            *error = QStringLiteral("unknown fault '%1' (known: latency=MS, 5xx=R, 429[=S], "
                                    "reset=R, age=S, truncated=R, malformed=R, duration_sec, createdAt, "
                                    "bare, unknown_status, directory403)")
                         .arg(name);
            return false;
        }
        if (!ok)
            return false;
    }
    if (out)
        *out = f;
    error->clear();
    return true;
}

} // namespace callboard::sim
