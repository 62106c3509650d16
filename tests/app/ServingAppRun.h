// ServingAppRun: the real callboard binary run while this test process keeps serving (the
// simulators live here): HOME, the XDG folders and TMPDIR in a scratch home, offscreen, no
// proxy, and a key in CALLBOARD_API_KEY. CALLBOARD_APP is the binary's path.
#pragma once

#include "WaitUntil.h"

#include <QDir>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>

namespace callboard::test {

struct ServedRun
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline QProcessEnvironment appEnvironment(const QString &home, const QString &key)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *proxy : {"http_proxy", "https_proxy", "all_proxy", "no_proxy", "HTTP_PROXY",
                              "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"})
        env.remove(QLatin1String(proxy));
    const QStringList dirs{QStringLiteral("config"), QStringLiteral("data"), QStringLiteral("cache"),
                           QStringLiteral("state"), QStringLiteral("tmp")};
    for (const QString &d : dirs)
        QDir(home).mkpath(d);
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    env.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/state"));
    env.insert(QStringLiteral("TMPDIR"), home + QStringLiteral("/tmp"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("callboard.*.debug=true\nqt.network.*.debug=true"));
    env.insert(QStringLiteral("CALLBOARD_API_KEY"), key);
    return env;
}

// Runs the app to its end while this process keeps serving (the simulator lives here), or
// until stopWhen() holds, when the app is killed.
inline ServedRun runAppWhileServing(const QStringList &args, const QProcessEnvironment &env,
              const std::function<bool()> &stopWhen = {})
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CALLBOARD_APP), args);
    ServedRun run;
    if (!p.waitForStarted(10000))
        return run;
    waitUntil([&] { return p.state() == QProcess::NotRunning || (stopWhen && stopWhen()); }, 90000);
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(10000);
    } else {
        run.finished = p.exitStatus() == QProcess::NormalExit;
        run.exitCode = p.exitCode();
    }
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

} // namespace callboard::test
