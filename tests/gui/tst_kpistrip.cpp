// Specification of the KPI strip, in virtual time against the simulator over loopback HTTP:
// its figures are CallStats' figures, and its freshness says loudly, in words as well as
// colour, when the data is getting old and why.
#include "SimFixture.h"
#include "core/time/Utc.h"

#include "core/stats/CallStats.h"
#include "core/sync/SyncEngine.h"
#include "gui/kpi/Freshness.h"
#include "gui/kpi/KpiStrip.h"
#include "gui/kpi/KpiTile.h"
#include "gui/theme/Labels.h"
#include "gui/theme/Theme.h"

#include <QLocale>

using namespace callboard;
using namespace callboard::test;

namespace {
constexpr int kIntervalSec = 5;

struct StripFixture : SimFixture
{
    StripFixture()
        : SimFixture(config()), engine(&client, &store, &clock), stats(&store, &clock), theme(Theme::light()),
          strip(&stats, &engine, &clock, &theme)
    {
        engine.setBackfillSince(clock.now().addSecs(-3 * 3600));
        engine.setIntervalSec(kIntervalSec);
        engine.setBackoffSeed(3);
    }
    static sim::SimConfig config()
    {
        sim::SimConfig c;
        c.callsPerMinute = 4;
        return c;
    }
    void run(qint64 ms) { runFor(ms, [this] { return !engine.isBusy(); }); }
    qint64 ageMs() const { return clock.nowMs() - engine.lastSuccess().toMSecsSinceEpoch(); }
    // Runs until the last good sync is older than ageMs (syncs failing meanwhile).
    void runUntilAge(qint64 ms)
    {
        while (ageMs() <= ms)
            run(500);
    }

    CallStore store;
    SyncEngine engine;
    CallStats stats;
    Theme theme;
    KpiStrip strip;
};
} // namespace

class TestKpiStrip : public QObject
{
    Q_OBJECT
private slots:
    void figuresAreCallStatsFigures()
    {
        StripFixture f;
        f.engine.start();
        f.run(30 * 1000);
        QVERIFY(f.store.size() > 300);
        f.strip.refresh();
        const QLocale locale;
        QCOMPARE(f.strip.figureText(KpiStrip::Figure::LiveNow), locale.toString(f.stats.liveNow()));
        QCOMPARE(f.strip.figureText(KpiStrip::Figure::CallsToday), locale.toString(f.stats.callsToday()));
        QVERIFY(f.stats.connectRate() > 0);
        QCOMPARE(f.strip.figureText(KpiStrip::Figure::ConnectRate),
                 QStringLiteral("%1 %").arg(qRound(f.stats.connectRate() * 100)));
        QCOMPARE(f.strip.figureText(KpiStrip::Figure::NegativeShare),
                 QStringLiteral("%1 %").arg(qRound(f.stats.negativeShare() * 100)));
        QCOMPARE(f.strip.figureText(KpiStrip::Figure::Duration),
                 QStringLiteral("%1 / %2").arg(Labels::duration(qRound(f.stats.averageDuration())),
                                               Labels::duration(f.stats.percentileDuration(0.9))));
        const auto top = f.stats.topFailingEndReasons(3);
        QCOMPARE(top.size(), 3);
        const QStringList lines = f.strip.figureText(KpiStrip::Figure::EndReasons).split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(lines.at(i).contains(Labels::endReason(top.at(i).first)), qPrintable(lines.at(i)));
            QVERIFY2(lines.at(i).contains(locale.toString(top.at(i).second)), qPrintable(lines.at(i)));
        }
        // Tiles say what they show to a screen reader.
        QVERIFY(f.strip.tile(KpiStrip::Figure::ConnectRate)->accessibleName().contains(f.strip.figureText(KpiStrip::Figure::ConnectRate)));
    }

    void figuresFollowNewCallsWithoutBeingAsked()
    {
        StripFixture f;
        f.engine.start();
        f.run(0);
        const QString before = f.strip.figureText(KpiStrip::Figure::CallsToday);
        f.run(5 * 60 * 1000); // more calls arrive; the strip refreshes from CallStats::changed
        // Its refresh is coalesced on a zero-delay timer: one pass of the event loop runs a
        // pending one; no wall time is waited.
        QCoreApplication::processEvents();
        QCOMPARE(f.strip.figureText(KpiStrip::Figure::CallsToday), QLocale().toString(f.stats.callsToday()));
        QVERIFY(f.strip.figureText(KpiStrip::Figure::CallsToday) != before);
    }

    void loadingShowsPageProgress()
    {
        StripFixture f;
        f.engine.setPageLimit(50);
        QStringList seen;
        connect(&f.engine, &SyncEngine::backfillProgress, this, [&](int done, int total) {
            if (done > 0 && done < total) {
                f.strip.refresh();
                seen << f.strip.freshnessText();
                QCOMPARE(f.strip.freshnessLevel(), Freshness::Fresh);
            }
        });
        f.engine.start();
        f.run(0);
        QVERIFY(!seen.isEmpty());
        QVERIFY2(seen.first().contains(QStringLiteral("page 1 of")), qPrintable(seen.first()));
        QVERIFY(seen.first().contains(QStringLiteral("first load not finished")));
    }

    void freshAmberRedAndBackAsSyncsFail()
    {
        StripFixture f;
        f.engine.start();
        f.run(20 * 1000);
        f.strip.refresh();
        QCOMPARE(f.strip.freshnessLevel(), Freshness::Fresh);
        QVERIFY2(f.strip.freshnessText().contains(QStringLiteral("updated")), qPrintable(f.strip.freshnessText()));
        QVERIFY2(f.strip.freshnessText().contains(QStringLiteral("Live")), qPrintable(f.strip.freshnessText()));
        const QColor freshBackground = f.strip.tile(KpiStrip::Figure::Freshness)->palette().color(QPalette::Window);

        // DialNexa stops answering: past two intervals without a good sync the strip turns amber.
        f.server.setAvailable(false);
        f.runUntilAge(2 * kIntervalSec * 1000);
        f.strip.refresh();
        QCOMPARE(f.engine.state(), SyncEngine::State::BackingOff);
        QCOMPARE(f.strip.freshnessLevel(), Freshness::Amber);
        QString text = f.strip.freshnessText();
        QVERIFY2(text.contains(QStringLiteral("▲ Stale")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("127.0.0.1 not answering, retrying in")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("updated %1 s ago").arg(f.ageMs() / 1000)), qPrintable(text));
        KpiTile *tile = f.strip.tile(KpiStrip::Figure::Freshness);
        QCOMPARE(tile->palette().color(QPalette::WindowText), f.theme.warning());

        // Still amber up to five intervals; red after.
        f.runUntilAge(5 * kIntervalSec * 1000);
        f.strip.refresh();
        QCOMPARE(f.strip.freshnessLevel(), Freshness::Red);
        text = f.strip.freshnessText();
        QVERIFY2(text.contains(QStringLiteral("✕ Stale")) && text.contains(QStringLiteral("retrying")), qPrintable(text));
        QCOMPARE(tile->palette().color(QPalette::Window), f.theme.danger());
        QVERIFY(tile->palette().color(QPalette::Window) != freshBackground);

        // DialNexa answers again: fresh at the next attempt.
        f.server.setAvailable(true);
        f.run(70 * 1000); // longer than the backoff cap
        f.strip.refresh();
        QCOMPARE(f.engine.state(), SyncEngine::State::Live);
        QCOMPARE(f.strip.freshnessLevel(), Freshness::Fresh);
        QCOMPARE(tile->palette().color(QPalette::Window), freshBackground);
    }

    void ageAloneTurnsTheStripAmberThenRed()
    {
        // The once-a-second refresh: with no sync at all (engine stopped), time alone ages it.
        StripFixture f;
        f.engine.start();
        f.run(0);
        f.engine.stop();
        f.strip.refresh();
        QCOMPARE(f.strip.freshnessLevel(), Freshness::Fresh);
        f.clock.advance(2 * kIntervalSec * 1000 + 1000);
        f.strip.refresh();
        QCOMPARE(f.strip.freshnessLevel(), Freshness::Amber);
        QVERIFY(f.strip.freshnessText().contains(QStringLiteral("paused")));
        f.clock.advance(3 * kIntervalSec * 1000);
        f.strip.refresh();
        QCOMPARE(f.strip.freshnessLevel(), Freshness::Red);
        QVERIFY2(f.strip.freshnessText().contains(QStringLiteral("updated 26 s ago")), qPrintable(f.strip.freshnessText()));
    }

    void beforeTheFirstLoadTheFiguresSayNothingYet()
    {
        StripFixture f;
        f.strip.refresh();
        for (KpiStrip::Figure fig : {KpiStrip::Figure::LiveNow, KpiStrip::Figure::CallsToday, KpiStrip::Figure::ConnectRate,
                                     KpiStrip::Figure::NegativeShare, KpiStrip::Figure::EndReasons})
            QCOMPARE(f.strip.figureText(fig), QStringLiteral("—"));
        f.engine.start();
        f.run(0);
        f.strip.refresh();
        QVERIFY(f.strip.figureText(KpiStrip::Figure::CallsToday) != QStringLiteral("—"));
    }

    void aRejectedKeyIsSaidInWords()
    {
        StripFixture f;
        f.engine.start();
        f.run(0);
        f.client.setApiKey(QStringLiteral("revoked_key"));
        f.run(kIntervalSec * 1000);
        f.strip.refresh();
        QCOMPARE(f.engine.state(), SyncEngine::State::AuthFailed);
        QCOMPARE(f.strip.freshnessLevel(), Freshness::Red);
        QVERIFY2(f.strip.freshnessText().contains(QStringLiteral("key rejected")), qPrintable(f.strip.freshnessText()));
        // The store was cleared with the key: the figures say there is nothing.
        QCOMPARE(f.strip.figureText(KpiStrip::Figure::CallsToday), QStringLiteral("0"));
        QCOMPARE(f.strip.figureText(KpiStrip::Figure::ConnectRate), QStringLiteral("—"));
    }

    void freshnessBoundariesAndReasons()
    {
        FreshnessInput in;
        in.state = SyncEngine::State::Live;
        in.intervalSec = 5;
        in.lastSuccess = fixedStart();
        const qint64 t0 = fixedStart().toMSecsSinceEpoch();
        in.nowMs = t0 + 10000;
        QCOMPARE(describeFreshness(in).level, Freshness::Fresh);
        QCOMPARE(describeFreshness(in).headline, QStringLiteral("updated 10 s ago"));
        in.nowMs = t0 + 10001;
        QCOMPARE(describeFreshness(in).level, Freshness::Amber);
        in.nowMs = t0 + 25000;
        QCOMPARE(describeFreshness(in).level, Freshness::Amber);
        in.nowMs = t0 + 25001;
        QCOMPARE(describeFreshness(in).level, Freshness::Red);
        in.nowMs = t0 + 3 * 60 * 1000;
        QCOMPARE(describeFreshness(in).headline, QStringLiteral("updated 3 min ago"));

        in.state = SyncEngine::State::Offline;
        in.nextAttemptInMs = 7200;
        QVERIFY(describeFreshness(in).status.contains(QStringLiteral("cannot reach the server, retrying in 8 s")));
        in.state = SyncEngine::State::BackingOff;
        in.errorKind = ApiError::Kind::RateLimited;
        QVERIFY(describeFreshness(in).status.contains(QStringLiteral("rate limited")));
        in.state = SyncEngine::State::AuthFailed;
        in.errorKind = ApiError::Kind::Forbidden;
        in.nowMs = t0 + 1000;
        QCOMPARE(describeFreshness(in).level, Freshness::Red); // however recent the last sync
        QVERIFY(describeFreshness(in).status.contains(QStringLiteral("key rejected")));

        // Never synced: fresh while the first load runs, then aged from when the board started.
        FreshnessInput first;
        first.state = SyncEngine::State::Syncing;
        first.pagesDone = 2;
        first.pagesTotal = 9;
        first.watchingSinceMs = t0;
        first.nowMs = t0 + 60000;
        QCOMPARE(describeFreshness(first).level, Freshness::Fresh);
        QVERIFY(describeFreshness(first).status.contains(QStringLiteral("page 2 of 9")));
        first.state = SyncEngine::State::BackingOff;
        QCOMPARE(describeFreshness(first).level, Freshness::Red);
        QCOMPARE(describeFreshness(first).headline, QStringLiteral("first load not finished"));
    }

    void aFailingConnectionIsNeverGreenAndNamesItsHost()
    {
        FreshnessInput in;
        in.intervalSec = 5;
        in.lastSuccess = fixedStart();
        in.nowMs = fixedStart().toMSecsSinceEpoch() + 1000; // the data is one second old
        in.nextAttemptInMs = 2000;
        in.host = QStringLiteral("proxy.example");
        in.state = SyncEngine::State::Live;
        QCOMPARE(describeFreshness(in).level, Freshness::Fresh);
        for (const auto state : {SyncEngine::State::BackingOff, SyncEngine::State::Offline}) {
            in.state = state;
            const FreshnessView v = describeFreshness(in);
            QCOMPARE(v.level, Freshness::Amber);
            QVERIFY2(v.status.startsWith(QStringLiteral("▲ Retrying")), qPrintable(v.status));
            QVERIFY2(v.status.contains(QStringLiteral("proxy.example")), qPrintable(v.status));
            QVERIFY2(!v.status.contains(QStringLiteral("DialNexa")), qPrintable(v.status));
        }
        in.nowMs += 60'000; // older than five intervals: red, whatever the state
        QCOMPARE(describeFreshness(in).level, Freshness::Red);
    }

    void cachedCallsSayWhenTheyWereLastInSync()
    {
        // Started on the local cache, last in sync 20 min ago: old data, however new the start.
        const qint64 t0 = fixedStart().toMSecsSinceEpoch();
        FreshnessInput in;
        in.state = SyncEngine::State::Syncing;
        in.intervalSec = 5;
        in.nowMs = t0;
        in.watchingSinceMs = t0;
        in.pagesDone = 1;
        in.pagesTotal = 2;
        in.showingCached = true;
        in.cachedAsOf = utcFromMs(t0 - 20 * 60 * 1000);
        const QString at = QLocale().toString(in.cachedAsOf.toLocalTime().time(), QLocale::ShortFormat);
        QCOMPARE(describeFreshness(in).headline, QStringLiteral("cached data from %1").arg(at));
        QCOMPARE(describeFreshness(in).level, Freshness::Red);
        QVERIFY(describeFreshness(in).status.contains(QStringLiteral("page 1 of 2")));
        // Last in sync on another day: the date is named too.
        in.cachedAsOf = in.cachedAsOf.addDays(-3);
        QCOMPARE(describeFreshness(in).headline,
                 QStringLiteral("cached data from %1")
                     .arg(QLocale().toString(in.cachedAsOf.toLocalTime(), QLocale::ShortFormat)));
        // The first sync ends it.
        in.showingCached = false;
        in.state = SyncEngine::State::Live;
        in.lastSuccess = fixedStart();
        QCOMPARE(describeFreshness(in).headline, QStringLiteral("updated 0 s ago"));
        QCOMPARE(describeFreshness(in).level, Freshness::Fresh);
    }

    void darkThemeRecoloursTheTiles()
    {
        StripFixture f;
        const Theme dark = Theme::dark();
        f.strip.setTheme(&dark);
        QCOMPARE(f.strip.tile(KpiStrip::Figure::LiveNow)->palette().color(QPalette::Window), dark.card());
        QCOMPARE(f.strip.tile(KpiStrip::Figure::LiveNow)->palette().color(QPalette::WindowText), dark.text());
        f.strip.resize(1600, 110);
        QVERIFY(!f.strip.grab().isNull());
    }
};

QTEST_MAIN(TestKpiStrip)
#include "tst_kpistrip.moc"
