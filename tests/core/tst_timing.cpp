// Specification of ManualClock (virtual time) and Backoff.
#include "core/sync/Backoff.h"
#include "core/time/Clock.h"
#include "core/time/Utc.h"

#include <QTest>

using namespace callboard;

class TestTiming : public QObject
{
    Q_OBJECT
private slots:
    void manualClockFiresInDeadlineOrder()
    {
        ManualClock clock(utcDateTime(QDate(2026, 11, 28), QTime(12, 0)));
        QStringList fired;
        QList<QDateTime> at;
        clock.callAfter(3000, nullptr, [&] { fired << QStringLiteral("b"); at << clock.now(); });
        clock.callAfter(1000, nullptr, [&] { fired << QStringLiteral("a"); at << clock.now(); });
        const auto cancelled = clock.callAfter(2000, nullptr, [&] { fired << QStringLiteral("x"); });
        clock.cancel(cancelled);
        clock.advance(999);
        QVERIFY(fired.isEmpty());
        clock.advance(5000);
        QCOMPARE(fired, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(at[0], utcDateTime(QDate(2026, 11, 28), QTime(12, 0, 1)));
        QCOMPARE(at[1], utcDateTime(QDate(2026, 11, 28), QTime(12, 0, 3)));
        QCOMPARE(clock.now(), utcDateTime(QDate(2026, 11, 28), QTime(12, 0, 5, 999)));
    }

    void timersScheduledWhileFiringRunInTheSameAdvance()
    {
        ManualClock clock(utcDateTime(QDate(2026, 11, 28), QTime(12, 0)));
        int ticks = 0;
        std::function<void()> tick = [&] {
            ++ticks;
            clock.callAfter(5000, nullptr, tick);
        };
        clock.callAfter(5000, nullptr, tick);
        clock.advance(60000);
        QCOMPARE(ticks, 12);
    }

    void deadContextDoesNotFire()
    {
        ManualClock clock(utcDateTime(QDate(2026, 11, 28), QTime(12, 0)));
        bool fired = false;
        auto *ctx = new QObject;
        clock.callAfter(10, ctx, [&] { fired = true; });
        delete ctx;
        clock.advance(100);
        QVERIFY(!fired);
    }

    void backoffGrowsWithJitterUpToTheCap()
    {
        Backoff b(1000, 60000, 42);
        qint64 previousCeiling = 0;
        for (int i = 0; i < 12; ++i) {
            const qint64 ceiling = qMin<qint64>(60000, 1000LL << i);
            const qint64 d = b.nextDelayMs();
            QVERIFY2(d >= ceiling / 2 && d <= ceiling, qPrintable(QString::number(d)));
            QVERIFY(ceiling >= previousCeiling);
            previousCeiling = ceiling;
        }
        QCOMPARE(b.failures(), 12);
        b.reset();
        QVERIFY(b.nextDelayMs() <= 1000);
    }

    void backoffJitterDiffersBetweenSeeds()
    {
        Backoff a(1000, 60000, 1), b(1000, 60000, 2);
        QList<qint64> da, db;
        for (int i = 0; i < 6; ++i)
            da << a.nextDelayMs(), db << b.nextDelayMs();
        QVERIFY(da != db);
    }
};

QTEST_GUILESS_MAIN(TestTiming)
#include "tst_timing.moc"
