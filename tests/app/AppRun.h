// AppRun: the real callboard binary run once, in a home of its own (HOME and the XDG folders
// inside it, offscreen, C locale, no API key from the caller's environment), with its exit
// code and what it wrote to stderr. CALLBOARD_APP is the binary's path.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace callboard::test {

struct AppRun
{
    int exitCode = -1;
    QByteArray err;
    QByteArray out;
};

// `language`: LANGUAGE and LANG for the run (C.UTF-8, English, by default).
inline AppRun runApp(const QString &home, const QStringList &args, const QString &language = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LANG"), language.isEmpty() ? QStringLiteral("C.UTF-8") : language + QStringLiteral(".UTF-8"));
    if (language.isEmpty())
        env.remove(QStringLiteral("LANGUAGE"));
    else
        env.insert(QStringLiteral("LANGUAGE"), language.section(QLatin1Char('_'), 0, 0));
    env.remove(QStringLiteral("CALLBOARD_API_KEY"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CALLBOARD_APP), args);
    AppRun run;
    if (!p.waitForStarted(10000) || !p.waitForFinished(90000)) {
        p.kill();
        p.waitForFinished(5000);
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.err = p.readAllStandardError();
    run.out = p.readAllStandardOutput();
    return run;
}

} // namespace callboard::test
