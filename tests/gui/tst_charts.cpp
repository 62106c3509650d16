// Specification of the dashboard charts: they show what CallStats holds, update themselves
// when it changes, and a click on a bar asks for exactly the constraint that bar stands for.
// How they stay readable at the board's widths is tst_chartsreadable.
#include "ChartsFixture.h"
#include "gui/theme/Labels.h"
#include "gui/widgets/RefreshThrottle.h"

using namespace callboard;
using namespace callboard::chartstest;

class TestCharts : public QObject
{
    Q_OBJECT
private slots:
    void histogramShowsTheStatsAndFollowsThem()
    {
        Fixture f;
        DurationHistogramChart chart(&f.stats, &f.theme);
        auto expect = [&] {
            const std::vector<int> bins = f.stats.durationHistogram(DurationHistogramChart::upperBounds());
            if (size_t(chart.bars()->barCount()) != bins.size())
                return false;
            for (size_t i = 0; i < bins.size(); ++i) {
                if (chart.bars()->value(int(i)) != bins[i])
                    return false;
            }
            return true;
        };
        QCOMPARE(chart.bars()->barCount(), int(DurationHistogramChart::upperBounds().size()) + 1);
        QVERIFY(expect());
        const QList<QBarSet *> sets = chart.bars()->barSets();
        // New connected calls: the chart refreshes itself (coalesced), its sets kept in place.
        // The refresh is asked for at once and runs when its throttle fires; flush() fires it
        // now instead of waiting the throttle's interval in wall time.
        f.store.apply({makeCall(100, QStringLiteral("completed"), 10, kNow.toMSecsSinceEpoch()),
                       makeCall(101, QStringLiteral("completed"), 1000, kNow.toMSecsSinceEpoch())});
        auto *throttle = chart.findChild<RefreshThrottle *>();
        QVERIFY(throttle);
        QVERIFY(throttle->isPending());
        QVERIFY(!expect()); // not refreshed on the change itself
        throttle->flush();
        QVERIFY(expect());
        QCOMPARE(chart.bars()->barSets(), sets);
    }

    void histogramClickAsksForConnectedCallsInThatRange()
    {
        Fixture f;
        DurationHistogramChart chart(&f.stats, &f.theme);
        std::optional<CallFilter> asked;
        connect(&chart, &DurationHistogramChart::filterRequested, this, [&](const CallFilter &c) { asked = c; });
        QBarSet *oneToTwoMinutes = chart.bars()->barSets().at(2);
        emit oneToTwoMinutes->clicked(visiblePlace(oneToTwoMinutes));
        QVERIFY(asked);
        CallFilter expected;
        expected.groups = CallFilter::bit(StatusGroup::Connected);
        expected.minDurationSec = 61;
        expected.maxDurationSec = 120;
        QVERIFY(*asked == expected);
        // The open-ended last bin and the first one.
        QCOMPARE(DurationHistogramChart::constraintFor(6).minDurationSec, 601);
        QCOMPARE(DurationHistogramChart::constraintFor(6).maxDurationSec, -1);
        QCOMPARE(DurationHistogramChart::constraintFor(0).minDurationSec, 0);
        QCOMPARE(DurationHistogramChart::constraintFor(0).maxDurationSec, 30);
        // The bins and the constraints agree: every connected call of a bin matches its constraint.
        const std::vector<int> bins = f.stats.durationHistogram(DurationHistogramChart::upperBounds());
        for (int i = 0; i < int(bins.size()); ++i) {
            const CallFilter c = DurationHistogramChart::constraintFor(i);
            const int matching = int(std::count_if(f.store.calls().begin(), f.store.calls().end(),
                                                   [&](const CallLog &call) { return c.matches(call); }));
            QCOMPARE(matching, bins[size_t(i)]);
        }
    }

    void statusAndSentimentBarsCountAndFilter()
    {
        Fixture f;
        StatusSentimentChart chart(&f.stats, &f.theme);
        const auto &groups = chart.shownGroups();
        QCOMPARE(int(groups.size()), chart.statusBars()->barCount());
        for (size_t i = 0; i < groups.size(); ++i)
            QCOMPARE(chart.statusBars()->value(int(i)), double(f.stats.countIn(groups[i])));
        for (size_t i = 0; i < chart.shownSentiments().size(); ++i)
            QCOMPARE(chart.sentimentBars()->value(int(i)), double(f.stats.countIn(chart.shownSentiments()[i])));
        QVERIFY(chart.statusBars()->label(1).contains(Labels::statusGroup(StatusGroup::Connected)));

        std::optional<CallFilter> asked;
        connect(&chart, &StatusSentimentChart::filterRequested, this, [&](const CallFilter &c) { asked = c; });
        const int failed = int(std::find(groups.begin(), groups.end(), StatusGroup::Failed) - groups.begin());
        QBarSet *set = chart.statusBars()->barSets().at(failed);
        emit set->clicked(visiblePlace(set));
        QVERIFY(asked);
        CallFilter expected;
        expected.groups = CallFilter::bit(StatusGroup::Failed);
        QVERIFY(*asked == expected);

        asked.reset();
        const auto &sentiments = chart.shownSentiments();
        const int negative = int(std::find(sentiments.begin(), sentiments.end(), Sentiment::Negative) - sentiments.begin());
        set = chart.sentimentBars()->barSets().at(negative);
        emit set->clicked(visiblePlace(set));
        QVERIFY(asked);
        expected = {};
        expected.sentiments = CallFilter::bit(Sentiment::Negative);
        QVERIFY(*asked == expected);
    }

    void anInventedStatusGetsItsOwnBar()
    {
        Fixture f;
        StatusSentimentChart chart(&f.stats, &f.theme);
        QCOMPARE(chart.statusBars()->barCount(), 4);
        f.store.apply({makeCall(200, QStringLiteral("teleported"), -1, kNow.toMSecsSinceEpoch())});
        chart.refresh();
        QCOMPARE(chart.statusBars()->barCount(), 5);
        QCOMPARE(chart.shownGroups().back(), StatusGroup::Other);
        QCOMPARE(chart.statusBars()->value(4), 1.0);
    }

    void bucketSelectorChangesTheBuckets()
    {
        Fixture f; // calls from 12:05 to 15:02
        DurationOverTimeChart chart(&f.stats, &f.theme, &f.clock);
        auto checkAgainstStats = [&](int minutes) {
            const qint64 width = minutes * kMinute;
            QCOMPARE(chart.bucketMinutes(), minutes);
            QCOMPARE(chart.callsSet()->count(), chart.bucketCount());
            const auto buckets = f.stats.timeBuckets(width, chart.bucketStartMs(0));
            int shown = 0;
            for (int i = 0; i < chart.bucketCount(); ++i) {
                QCOMPARE(chart.bucketStartMs(i), chart.bucketStartMs(0) + i * width);
                shown += int(chart.callsSet()->at(i));
            }
            int expected = 0;
            for (const auto &b : buckets)
                expected += b.calls;
            QCOMPARE(shown, expected);
            // The last bucket holds now.
            const qint64 last = chart.bucketStartMs(chart.bucketCount() - 1);
            QVERIFY(last <= f.clock.nowMs() && f.clock.nowMs() < last + width);
            // It is still filling: drawn apart (lighter), and said to be so far.
            QCOMPARE(chart.callsSet()->selectedBars(), QList<int>{chart.bucketCount() - 1});
            QVERIFY(chart.callsSet()->selectedColor().lightness() > chart.callsSet()->color().lightness());
            const QString said = chart.findChild<QChartView *>()->accessibleDescription();
            QCOMPARE(said.count(QStringLiteral("(so far)")), 1);
            QVERIFY2(said.section(QStringLiteral("; "), -1).contains(QStringLiteral("(so far)")), qPrintable(said));
        };
        chart.bucketButton(60)->click();
        checkAgainstStats(60);
        QCOMPARE(chart.bucketCount(), DurationOverTimeChart::kMinBuckets); // 12:00 … 15:00, padded
        chart.bucketButton(15)->click();
        checkAgainstStats(15);
        QCOMPARE(chart.bucketCount(), 13); // 12:00 … 15:00
        chart.bucketButton(5)->click();
        checkAgainstStats(5);
        QCOMPARE(chart.bucketCount(), DurationOverTimeChart::kMaxBuckets); // the last two hours
        QVERIFY(chart.bucketButton(5)->isChecked());
        QVERIFY(!chart.bucketButton(15)->isChecked());
        QVERIFY(chart.meanSeries()->count() > 0);

        std::optional<CallFilter> asked;
        connect(&chart, &DurationOverTimeChart::filterRequested, this, [&](const CallFilter &c) { asked = c; });
        emit chart.callsSet()->clicked(3);
        QVERIFY(asked);
        CallFilter expected;
        expected.createdFromMs = chart.bucketStartMs(3);
        expected.createdToMs = chart.bucketStartMs(3) + 5 * kMinute;
        QVERIFY(*asked == expected);
    }

    void agentBarsShowMeanDurationLongestFirst()
    {
        Fixture f;
        f.store.apply({makeCall(300, QStringLiteral("completed"), 3000, kNow.toMSecsSinceEpoch(),
                                QStringLiteral("<b>agt_html</b>"))});
        AgentDurationChart chart(&f.stats, &f.theme);
        const QStringList agents = chart.shownAgents();
        QCOMPARE(agents.size(), 5);
        QCOMPARE(agents.first(), QStringLiteral("<b>agt_html</b>"));
        double previous = 1e9;
        for (int i = 0; i < agents.size(); ++i) {
            const CallStats::AgentStats a = f.stats.agents().value(agents.at(i));
            const double meanMinutes = double(a.durationSum) / a.connected / 60.0;
            QCOMPARE(chart.bars()->value(i), meanMinutes);
            QVERIFY(meanMinutes <= previous);
            previous = meanMinutes;
        }
        // Agent ids are server text: the axis (rich text in Qt Charts) gets them escaped.
        auto *axis = qobject_cast<QBarCategoryAxis *>(chart.bars()->chart()->axes(Qt::Vertical).constFirst());
        QVERIFY(axis);
        QVERIFY(axis->categories().join(QString()).contains(QStringLiteral("&lt;b&gt;agt_html&lt;/b&gt;")));

        std::optional<CallFilter> asked;
        connect(&chart, &AgentDurationChart::filterRequested, this, [&](const CallFilter &c) { asked = c; });
        QBarSet *set = chart.bars()->barSets().at(2);
        emit set->clicked(visiblePlace(set));
        QVERIFY(asked);
        CallFilter expected;
        expected.agentIds = QStringList{agents.at(2)};
        QVERIFY(*asked == expected);
    }

    void panelForwardsClicksAndThemes()
    {
        Fixture f;
        ChartsPanel panel(&f.stats, &f.theme, &f.clock);
        int asked = 0;
        connect(&panel, &ChartsPanel::filterRequested, this, [&](const CallFilter &) { ++asked; });
        QBarSet *set = panel.histogram()->bars()->barSets().at(1);
        emit set->clicked(visiblePlace(set));
        set = panel.statusSentiment()->statusBars()->barSets().at(1);
        emit set->clicked(visiblePlace(set));
        emit panel.overTime()->callsSet()->clicked(0);
        set = panel.agents()->bars()->barSets().at(0);
        emit set->clicked(visiblePlace(set));
        QCOMPARE(asked, 4);

        const Theme dark = Theme::dark();
        panel.setTheme(&dark);
        QCOMPARE(panel.histogram()->bars()->chart()->backgroundBrush().color(), dark.card());
        QCOMPARE(panel.histogram()->palette().color(QPalette::WindowText), dark.text());
        QCOMPARE(panel.histogram()->bars()->barSets().at(0)->color(), dark.statusColor(StatusGroup::Connected));
        // Renders without trouble at a realistic size.
        panel.resize(900, 600);
        QVERIFY(!panel.grab().isNull());
    }

    void chartsDoNotAnimate()
    {
        Fixture f;
        ChartsPanel panel(&f.stats, &f.theme, &f.clock);
        QCOMPARE(panel.histogram()->bars()->chart()->animationOptions(), QChart::NoAnimation);
        QVERIFY(panel.histogram()->bars()->renderHints().testFlag(QPainter::Antialiasing));
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
