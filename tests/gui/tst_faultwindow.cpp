// The board under every fault the simulator can inject, alone and mixed: it does not crash,
// the window says what is wrong while the fault lasts (status bar and the KPI strip's
// freshness tile), and once the fault clears the store equals the simulator's truth: no call
// lost, duplicated or stale. Offscreen, on the demo session, in virtual time; the engine-level
// details of each recovery are specified in tst_syncengine.
#include "SimFixture.h"
#include "VirtualTime.h"

#include "core/api/DialNexaClient.h"
#include "core/model/CallStore.h"
#include "core/sync/SyncEngine.h"
#include "demo/SimulatorDemo.h"
#include "gui/kpi/KpiStrip.h"
#include "gui/main/MainWindow.h"
#include "session/BoardSession.h"

#include <QLabel>
#include <QStatusBar>

using namespace callboard;
using namespace callboard::test;

namespace {
using State = SyncEngine::State;
constexpr int kNoState = -1; // the state may flip between several while the fault lasts

struct Board
{
    Board() : clock(fixedStart()), session(&clock), window(&session) { window.show(); }

    // Moves virtual time by ms, letting each step's requests finish, and notes what the window
    // says after every step.
    bool run(qint64 ms)
    {
        return runFor(clock, ms, boardSettled(session.client(), session.engine()), [this] { note(); });
    }
    QString statusBarText() const
    {
        QStringList texts;
        for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
            texts << label->text();
        return texts.join(QStringLiteral(" | "));
    }
    QString freshnessText()
    {
        window.refreshNow();
        return window.kpiStrip()->freshnessText();
    }
    void note()
    {
        seen << statusBarText() + QStringLiteral(" || ") + freshnessText();
    }

    ManualClock clock;
    BoardSession session;
    MainWindow window;
    QStringList seen; // what the window said after each step
};
} // namespace

class TestFaultWindow : public QObject
{
    Q_OBJECT
private slots:
    void faultIsNamedThenRecovered_data()
    {
        QTest::addColumn<QString>("faults");
        QTest::addColumn<int>("timeoutMs");       // the client's request timeout meanwhile
        QTest::addColumn<int>("state");           // the engine's state at the end of the fault
        QTest::addColumn<QString>("statusBar");   // said by the status bar at the end (empty: no error)
        QTest::addColumn<QString>("freshness");   // said by the freshness tile at the end
        QTest::addColumn<QStringList>("mentions"); // one of these said at some point meanwhile

        const int backingOff = int(State::BackingOff), offline = int(State::Offline), live = int(State::Live);
        const QString notAnswering = QStringLiteral("127.0.0.1 not answering, retrying in");
        const QString cannotReach = QStringLiteral("cannot reach 127.0.0.1, retrying in");
        // Each kind of fault alone, every request hit.
        QTest::newRow("5xx") << "5xx=1" << 5000 << backingOff << "server error (50" << notAnswering
                             << QStringList{QStringLiteral("server error (50")};
        QTest::newRow("429") << "429" << 5000 << backingOff << "rate limited (429)"
                             << "rate limited, retrying in" << QStringList{QStringLiteral("rate limited (429)")};
        QTest::newRow("timeouts") << "latency=400" << 150 << offline << "the server did not answer in time"
                                  << cannotReach << QStringList{QStringLiteral("did not answer in time")};
        QTest::newRow("resets") << "reset=1" << 5000 << offline << "cannot reach the server" << cannotReach
                                << QStringList{QStringLiteral("cannot reach the server")};
        QTest::newRow("truncated") << "truncated=1" << 5000 << backingOff << "unreadable response (200)"
                                   << notAnswering << QStringList{QStringLiteral("unreadable response")};
        QTest::newRow("html") << "malformed=1" << 5000 << backingOff << "unreadable response (200)"
                              << notAnswering << QStringList{QStringLiteral("unreadable response")};
        // Faults the board takes in its stride: nothing is wrong, so nothing is said.
        QTest::newRow("slow") << "latency=30" << 5000 << live << QString() << "● Live" << QStringList();
        QTest::newRow("schema variants") << "duration_sec,createdAt,bare" << 5000 << live << QString()
                                         << "● Live" << QStringList();
        QTest::newRow("unknown statuses") << "unknown_status" << 5000 << live << QString() << "● Live"
                                          << QStringList();
        // Mixes: the state flips with each answer; the window names a fault at some point.
        const QStringList anyFault{QStringLiteral("server error (50"), QStringLiteral("rate limited (429)"),
                                   QStringLiteral("did not answer in time"), QStringLiteral("cannot reach the server"),
                                   QStringLiteral("unreadable response")};
        QTest::newRow("flaky mix") << "5xx=0.2,reset=0.2,truncated=0.1,malformed=0.1,unknown_status,duration_sec"
                                   << 5000 << kNoState << QString() << QString() << anyFault;
        QTest::newRow("slow and resetting") << "latency=300,reset=0.3,bare,createdAt" << 150 << kNoState
                                            << QString() << QString() << anyFault;
        QTest::newRow("429 and resets") << "429,reset=0.5" << 5000 << kNoState << QString() << QString()
                                        << anyFault;
    }

    void faultIsNamedThenRecovered()
    {
        QFETCH(QString, faults);
        QFETCH(int, timeoutMs);
        QFETCH(int, state);
        QFETCH(QString, statusBar);
        QFETCH(QString, freshness);
        QFETCH(QStringList, mentions);

        sim::FaultConfig config;
        QString error;
        QVERIFY2(sim::FaultConfig::parse(faults, &config, &error), qPrintable(error));
        // Schema variants and invented statuses are how that server is, not a passing fault:
        // it speaks so from the first request to the last (switching them mid-run would
        // rewrite the history of calls long ended, which no server does).
        sim::FaultConfig variants;
        variants.durationSec = config.durationSec;
        variants.createdAtCamel = config.createdAtCamel;
        variants.bareArray = config.bareArray;
        variants.unknownStatuses = config.unknownStatuses;

        Board b;
        useSimulatorForDemo(b.session);
        QVERIFY(b.session.startDemo(11));
        demoSimulator(b.session)->setFaults(variants); // before the first request is answered
        QVERIFY(b.run(0));
        QVERIFY(b.session.engine()->backfillDone());
        QCOMPARE(b.session.engine()->state(), State::Live);

        demoSimulator(b.session)->setFaults(config);
        b.session.client()->setTimeoutMs(timeoutMs);
        b.seen.clear();
        QVERIFY(b.run(2 * 60 * 1000)); // two minutes of fault while calls arrive and end

        const SyncEngine *engine = b.session.engine();
        if (state != kNoState)
            QCOMPARE(int(engine->state()), state);
        const QString bar = b.statusBarText();
        const QString fresh = b.freshnessText();
        if (state == int(State::Live)) {
            QVERIFY2(!engine->lastError().isError(), qPrintable(engine->lastError().toString()));
            QVERIFY2(!bar.contains(QStringLiteral("error")) && !bar.contains(QStringLiteral("rate limited")),
                     qPrintable(bar));
        }
        if (!statusBar.isEmpty()) {
            QVERIFY2(bar.contains(statusBar), qPrintable(bar));
            QVERIFY2(engine->lastError().toString().contains(statusBar), qPrintable(engine->lastError().toString()));
        }
        if (!freshness.isEmpty())
            QVERIFY2(fresh.contains(freshness), qPrintable(fresh));
        if (!mentions.isEmpty()) {
            const QString said = b.seen.join(QLatin1Char('\n'));
            bool named = false;
            for (const QString &m : mentions)
                named = named || said.contains(m);
            QVERIFY2(named, qPrintable(said.right(2000)));
        }

        // The fault clears: the board catches up and holds exactly what the workspace holds.
        demoSimulator(b.session)->setFaults(variants);
        b.session.client()->setTimeoutMs(5000);
        QVERIFY(b.run(150 * 1000));
        QCOMPARE(engine->state(), State::Live);
        QVERIFY(!engine->lastError().isError());
        b.session.engine()->syncNow();
        QVERIFY(b.run(0));
        QCOMPARE(differenceFromTruth(*b.session.store(), *demoSimulator(b.session),
                                     engine->backfillSince().toMSecsSinceEpoch()),
                 QString());
        QVERIFY2(b.freshnessText().contains(QStringLiteral("● Live")), qPrintable(b.freshnessText()));
        QVERIFY2(!b.statusBarText().contains(QStringLiteral("error")), qPrintable(b.statusBarText()));
        if (faults.contains(QStringLiteral("unknown_status"))) {
            bool other = false;
            for (const CallLog &c : b.session.store()->calls())
                other = other || c.status == CallStatus::Other;
            QVERIFY(other); // invented statuses are kept and shown, not dropped
        }
    }
};

QTEST_MAIN(TestFaultWindow)
#include "tst_faultwindow.moc"
