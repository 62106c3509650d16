// A board crossing local midnight on the Today window, against the simulator over loopback
// HTTP in virtual time: yesterday's calls leave the cards, the header and the charts' numbers
// as ordinary row removals (no model reset), the header names the window, and an alert rule
// does not fire on the drop.
#include "SimFixture.h"
#include "VirtualTime.h"

#include "core/alerts/AlertEngine.h"
#include "core/api/DialNexaClient.h"
#include "core/model/CallStore.h"
#include "core/stats/CallStats.h"
#include "core/sync/SyncEngine.h"
#include "core/time/Utc.h"
#include "core/window/BoardWindowKeeper.h"
#include "demo/SimulatorDemo.h"
#include "gui/kpi/KpiStrip.h"
#include "gui/kpi/KpiTile.h"
#include "gui/main/MainWindow.h"
#include "gui/models/CallFilterProxy.h"
#include "session/BoardSession.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace callboard;
using namespace callboard::test;

namespace {
const QDateTime kMidnight = utcDateTime(QDate(2026, 11, 28), QTime(0, 0));

struct Board
{
    Board() : clock(kMidnight.addSecs(-40 * 60)), session(&clock), window(&session)
    {
        session.windowKeeper()->setTimeZone(QTimeZone::utc());
        session.alerts()->setTimeZone(QTimeZone::utc());
        session.setBoardWindow(BoardWindow::today());
        window.show();
    }
    bool run(qint64 ms) { return runFor(clock, ms, boardSettled(session.client(), session.engine())); }
    qint64 oldestInStore() const
    {
        qint64 oldest = std::numeric_limits<qint64>::max();
        for (const CallLog &c : session.store()->calls())
            oldest = qMin(oldest, c.createdAtMs);
        return oldest;
    }

    ManualClock clock;
    BoardSession session;
    MainWindow window;
};
} // namespace

class TestMidnightBoard : public QObject
{
    Q_OBJECT
private slots:
    void crossingMidnightDropsYesterdayFromEveryView()
    {
        Board b;
        AlertRule quiet = AlertRule::withDefaults(AlertRule::Kind::NoNewCalls);
        quiet.id = QStringLiteral("quiet");
        quiet.workStart = QTime(20, 0); // a night shift spanning midnight
        quiet.workEnd = QTime(6, 0);
        quiet.workDays = 0x7f;
        quiet.windowMinutes = 20;
        b.session.alerts()->setRules({quiet});
        useSimulatorForDemo(b.session);
        QVERIFY(b.session.startDemo(11));
        QVERIFY(b.run(30 * 60 * 1000)); // 23:50
        CallStore *store = b.session.store();
        QVERIFY(store->size() > 5);
        QVERIFY(b.oldestInStore() < kMidnight.toMSecsSinceEpoch());
        b.window.refreshNow();
        QCOMPARE(b.window.kpiStrip()->tile(KpiStrip::Figure::CallsToday)->caption(), QStringLiteral("Calls · Today"));
        QCOMPARE(b.window.kpiStrip()->figureText(KpiStrip::Figure::CallsToday), QLocale().toString(store->size()));

        QAbstractItemModel *model = b.window.proxy()->sourceModel();
        QAbstractItemModelTester modelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(b.window.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy raised(b.session.alerts(), &AlertEngine::alertRaised);
        QVERIFY(b.run(15 * 60 * 1000)); // 00:05

        QVERIFY(removed.size() > 0);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(raised.size(), 0);
        QVERIFY(b.oldestInStore() >= kMidnight.toMSecsSinceEpoch());
        QCOMPARE(model->rowCount(), store->size());
        QCOMPARE(int(b.window.visibleCalls().size()), store->size());
        for (const CallLog *c : b.window.visibleCalls())
            QVERIFY(c->createdAtMs >= kMidnight.toMSecsSinceEpoch());
        const CallStats *stats = b.session.stats();
        QCOMPARE(stats->total(), store->size());
        for (const CallStats::Bucket &bucket : stats->timeBuckets(CallStats::kBucketMs, 0))
            QVERIFY(bucket.startMs >= kMidnight.toMSecsSinceEpoch());
        b.window.refreshNow();
        QCOMPARE(b.window.kpiStrip()->figureText(KpiStrip::Figure::CallsToday), QLocale().toString(store->size()));
        // The simulator keeps calling: the new day fills as usual.
        QVERIFY(b.run(10 * 60 * 1000));
        QVERIFY(store->size() > 0);
        QCOMPARE(model->rowCount(), store->size());
    }
};

QTEST_MAIN(TestMidnightBoard)
#include "tst_midnightboard.moc"
