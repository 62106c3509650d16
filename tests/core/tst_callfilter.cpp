// Specification of CallFilter and the board's sort orders.
#include "core/filter/CallFilter.h"

#include "CallBuilder.h"

#include <QTest>

using namespace callboard;

namespace {
CallLog make(const char *id, const char *status, const char *sentiment, int duration, qint64 createdAtMs)
{
    return test::CallBuilder(QLatin1String(id))
        .callId(QStringLiteral("call_") + QLatin1String(id))
        .status(QLatin1String(status))
        .sentiment(QLatin1String(sentiment))
        .duration(duration)
        .createdAt(createdAtMs)
        .agent(QStringLiteral("agt_sales"))
        .campaign(QStringLiteral("cmp_winter"))
        .toNumber(QStringLiteral("+15550100042"))
        .endReason(QStringLiteral("user_busy"))
        .analysis(QStringLiteral("notes"), QStringLiteral("wants a <b>refund</b>"));
}
} // namespace

class TestCallFilter : public QObject
{
    Q_OBJECT
private slots:
    void matches_data()
    {
        QTest::addColumn<CallFilter>("filter");
        QTest::addColumn<bool>("expected");
        const CallFilter none;
        QTest::newRow("empty matches all") << none << true;
        CallFilter f;
        f.groups = CallFilter::bit(StatusGroup::Connected);
        QTest::newRow("group in") << f << true;
        f.groups = CallFilter::bit(StatusGroup::Live) | CallFilter::bit(StatusGroup::Failed);
        QTest::newRow("group out") << f << false;
        f = {};
        f.sentiments = CallFilter::bit(Sentiment::Negative);
        QTest::newRow("sentiment in") << f << true;
        f.sentiments = CallFilter::bit(Sentiment::Positive);
        QTest::newRow("sentiment out") << f << false;
        f = {};
        f.agentIds = {QStringLiteral("agt_sales")};
        QTest::newRow("agent in") << f << true;
        f.agentIds = {QStringLiteral("agt_other")};
        QTest::newRow("agent out") << f << false;
        f = {};
        f.campaignIds = {QStringLiteral("cmp_summer")};
        QTest::newRow("campaign out") << f << false;
        f = {};
        f.endReasons = {QStringLiteral("user_busy"), QStringLiteral("system_failure")};
        QTest::newRow("end reason in") << f << true;
        f = {};
        f.minDurationSec = 60;
        f.maxDurationSec = 120;
        QTest::newRow("duration in range") << f << true;
        f.minDurationSec = 121;
        f.maxDurationSec = -1;
        QTest::newRow("duration under min") << f << false;
        f = {};
        f.createdFromMs = 1000;
        f.createdToMs = 2000;
        QTest::newRow("created in window") << f << true;
        f.createdToMs = 1500;
        QTest::newRow("created at end is out (half-open)") << f << false;
        f = {};
        f.text = QStringLiteral("REFUND");
        QTest::newRow("text in analysis, any case") << f << true;
        f.text = QStringLiteral("0100042");
        QTest::newRow("text in number") << f << true;
        f.text = QStringLiteral("call_c1");
        QTest::newRow("text in call id") << f << true;
        f.text = QStringLiteral("  ");
        QTest::newRow("blank text matches") << f << true;
        f.text = QStringLiteral("nothing like it");
        QTest::newRow("text absent") << f << false;
    }
    void matches()
    {
        QFETCH(CallFilter, filter);
        QFETCH(bool, expected);
        const CallLog call = make("c1", "completed", "negative", 90, 1500);
        QCOMPARE(filter.matches(call), expected);
    }

    void unknownDurationFailsAnyBound()
    {
        CallFilter f;
        f.maxDurationSec = 30;
        QVERIFY(!f.matches(make("c1", "initiated", "", -1, 0)));
    }

    void equalityAndEmptiness()
    {
        CallFilter a, b;
        QVERIFY(a.isEmpty());
        b.text = QStringLiteral("x");
        QVERIFY(a != b);
        QVERIFY(!b.isEmpty());
    }

    void sortOrders()
    {
        const CallLog oldLong = make("a", "completed", "neutral", 600, 1000);
        const CallLog newShort = make("b", "completed", "neutral", 10, 2000);
        const CallLog live = make("c", "initiated", "", -1, 500);
        const CallLog failed = make("d", "failed", "", 0, 3000);
        QVERIFY(callBefore(newShort, oldLong, CallSort::Newest));
        QVERIFY(!callBefore(oldLong, newShort, CallSort::Newest));
        QVERIFY(callBefore(oldLong, newShort, CallSort::Longest));
        QVERIFY(callBefore(newShort, live, CallSort::Longest)); // unknown duration last
        QVERIFY(callBefore(live, failed, CallSort::Status));    // live before failed
        QVERIFY(callBefore(newShort, oldLong, CallSort::Status)); // same group: newest first
    }

    void unansweredCallsWithoutSentimentCountAsUnknown()
    {
        const CallLog nullSentiment = make("a", "no-answer", "", -1, 0);
        const CallLog unknown = make("b", "no-answer", "unknown", -1, 0);
        const CallLog live = make("c", "initiated", "", -1, 0);
        QCOMPARE(nullSentiment.shownSentiment(), Sentiment::Unknown);
        QCOMPARE(unknown.shownSentiment(), Sentiment::Unknown);
        QCOMPARE(live.shownSentiment(), Sentiment::None); // not yet
        CallFilter f;
        f.sentiments = CallFilter::bit(Sentiment::Unknown);
        QVERIFY(f.matches(nullSentiment));
        QVERIFY(f.matches(unknown));
        QVERIFY(!f.matches(live));
    }

    void longestFirstCountsHowLongLiveCallsHaveRun()
    {
        // created_at in ms; a live call has no duration yet: it counts from its start to now.
        const CallLog tenMinutes = make("a", "completed", "neutral", 600, 0);
        const CallLog shortDone = make("b", "completed", "neutral", 30, 0);
        const CallLog stuck = make("c", "received", "", -1, 1000);       // live since 1 s
        const CallLog justStarted = make("d", "initiated", "", -1, 3590 * 1000);
        const qint64 now = 3600 * 1000; // stuck has run 59:59, justStarted 0:10
        QCOMPARE(sortDurationSeconds(stuck, now), 3599);
        QCOMPARE(sortDurationSeconds(justStarted, now), 10);
        QCOMPARE(sortDurationSeconds(tenMinutes, now), 600);
        QVERIFY(callBefore(stuck, tenMinutes, CallSort::Longest, now));
        QVERIFY(callBefore(tenMinutes, shortDone, CallSort::Longest, now));
        QVERIFY(callBefore(shortDone, justStarted, CallSort::Longest, now));
        QVERIFY(!callBefore(justStarted, shortDone, CallSort::Longest, now));
        // Without a now, live calls keep their unknown duration and sort last.
        QVERIFY(callBefore(justStarted, stuck, CallSort::Longest) == callBefore(justStarted, stuck, CallSort::Newest));
        QVERIFY(callBefore(shortDone, stuck, CallSort::Longest));
    }
};

QTEST_GUILESS_MAIN(TestCallFilter)
#include "tst_callfilter.moc"
