// bench_workspaces: what each added workspace costs the app. For N = 1, 2, 4 and 8 workspaces
// (each its own callboard-sim process with its own key and seed, 20 new calls a minute, a day
// of history) it starts the real WorkspaceHub in a fresh process, waits until every board has
// backfilled and is live, then measures for 30 s of steady polling (2 s interval): resident
// memory, and CPU time used by this process (the simulators run in their own processes and
// are not counted). Prints one line per N and the cost per added workspace.
// Usage: bench_workspaces            (the table; runs itself once per N)
//        bench_workspaces --run N    (one measurement, one line "N rssKiB cpuMs")
// Run with QT_QPA_PLATFORM=offscreen. Prints figures; never asserted.
#include "BenchRss.h"
#include "core/settings/EnvOverrideSecretStore.h"
#include "core/settings/MemorySecretStore.h"
#include "core/sync/SyncEngine.h"
#include "core/workspaces/Workspace.h"
#include "gui/workspaces/WorkspaceHub.h"
#include "session/BoardSession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <sys/resource.h>

using namespace callboard;

namespace {
constexpr int kSteadySeconds = 30;

qint64 cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (qint64(usage.ru_utime.tv_sec) + usage.ru_stime.tv_sec) * 1000
           + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

// Runs the event loop (sleeping between events, so the loop itself costs nothing) for ms, or
// until until() holds (checked every 100 ms).
void spin(qint64 ms, const std::function<bool()> &until = {})
{
    QEventLoop loop;
    QTimer end;
    end.setSingleShot(true);
    QObject::connect(&end, &QTimer::timeout, &loop, &QEventLoop::quit);
    end.start(int(ms));
    QTimer check;
    if (until) {
        QObject::connect(&check, &QTimer::timeout, &loop, [&] {
            if (until())
                loop.quit();
        });
        check.start(100);
    }
    loop.exec();
}

int runOne(int n)
{
    QTemporaryDir dir;
    QStandardPaths::setTestModeEnabled(true);
    std::vector<std::unique_ptr<QProcess>> sims;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("sync/intervalSec"), 2);
    for (int i = 0; i < n; ++i) {
        auto sim = std::make_unique<QProcess>();
        const QString key = QStringLiteral("bench-key-%1").arg(i);
        sim->start(QStringLiteral(CALLBOARD_SIM), {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed"),
                                                   QString::number(100 + i), QStringLiteral("--rate"), QStringLiteral("20"),
                                                   QStringLiteral("--key"), key});
        if (!sim->waitForStarted(10000))
            return 1;
        QString url;
        for (int tries = 0; tries < 100 && url.isEmpty(); ++tries) {
            sim->waitForReadyRead(100);
            const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("base URL: (\\S+)"))
                                                  .match(QString::fromUtf8(sim->peek(4096)));
            if (m.hasMatch())
                url = m.captured(1);
        }
        if (url.isEmpty())
            return 1;
        const QString group = i == 0 ? QString() : QStringLiteral("workspace.w%1/").arg(i);
        if (i > 0)
            settings.setValue(group + QStringLiteral("name"), QStringLiteral("W%1").arg(i));
        settings.setValue(group + QStringLiteral("connection/baseUrl"), url);
        qputenv(i == 0 ? "CALLBOARD_API_KEY" : QStringLiteral("CALLBOARD_API_KEY_W%1").arg(i).toLatin1().constData(),
                key.toLatin1());
        sims.push_back(std::move(sim));
    }
    settings.sync();
    {
        WorkspaceHub hub(&settings,
                         [](const Workspace &w) -> std::unique_ptr<SecretStore> {
                             auto *memory = new MemorySecretStore;
                             auto store = std::make_unique<EnvOverrideSecretStore>(memory, w.keyVariables());
                             memory->setParent(store.get());
                             return store;
                         },
                         nullptr);
        AppController::StartOptions options;
        options.window = QStringLiteral("24h");
        if (!hub.start(options, QString()))
            return 1;
        const auto allLive = [&] {
            for (int i = 0; i < hub.count(); ++i)
                if (!hub.session(i)->engine()->backfillDone() || hub.session(i)->engine()->state() != SyncEngine::State::Live)
                    return false;
            return true;
        };
        spin(120000, allLive);
        if (!allLive())
            return 1;
        spin(3000); // first paints and directory reads
        const qint64 cpuBefore = cpuMs();
        spin(kSteadySeconds * 1000);
        const qint64 cpu = cpuMs() - cpuBefore;
        QTextStream(stdout) << n << ' ' << bench::rssKiB() << ' ' << cpu << Qt::endl;
    }
    for (auto &sim : sims) {
        sim->kill();
        sim->waitForFinished(5000);
    }
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args[1] == QLatin1String("--run"))
        return runOne(args[2].toInt());
    QTextStream out(stdout);
    out << "workspaces  RSS MiB  CPU over " << kSteadySeconds << " s (ms)  CPU %" << Qt::endl;
    double firstRss = 0, firstCpu = 0, lastRss = 0, lastCpu = 0;
    int firstN = 0, lastN = 0;
    for (const int n : {1, 2, 4, 8}) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(app.applicationFilePath(), {QStringLiteral("--run"), QString::number(n)});
        child.waitForFinished(300000);
        const QStringList f = QString::fromUtf8(child.readAllStandardOutput()).trimmed().split(QLatin1Char(' '));
        if (child.exitCode() != 0 || f.size() != 3) {
            out << n << "  (failed)" << Qt::endl;
            continue;
        }
        const double rss = f[1].toDouble() / 1024, cpu = f[2].toDouble();
        out << QStringLiteral("%1  %2  %3  %4")
                   .arg(n, 10)
                   .arg(rss, 7, 'f', 1)
                   .arg(cpu, 22, 'f', 0)
                   .arg(cpu / (kSteadySeconds * 10.0), 6, 'f', 2)
            << Qt::endl;
        if (!firstN) {
            firstN = n;
            firstRss = rss;
            firstCpu = cpu;
        }
        lastN = n;
        lastRss = rss;
        lastCpu = cpu;
    }
    if (lastN > firstN)
        out << QStringLiteral("per added workspace: %1 MiB, %2 ms CPU per %3 s (%4 % of one core)")
                   .arg((lastRss - firstRss) / (lastN - firstN), 0, 'f', 1)
                   .arg((lastCpu - firstCpu) / (lastN - firstN), 0, 'f', 0)
                   .arg(kSteadySeconds)
                   .arg((lastCpu - firstCpu) / (lastN - firstN) / (kSteadySeconds * 10.0), 0, 'f', 2)
            << Qt::endl;
    return 0;
}
