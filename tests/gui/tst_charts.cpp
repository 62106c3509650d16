// Specification of the dashboard charts: they show what CallStats holds, update themselves
// when it changes, and a click on a bar asks for exactly the constraint that bar stands for.
#include "core/model/CallStore.h"
#include "core/stats/CallStats.h"
#include "core/time/Clock.h"
#include "core/time/Utc.h"
#include "gui/charts/AgentDurationChart.h"
#include "gui/charts/CategoryBarChart.h"
#include "gui/charts/ChartsPanel.h"
#include "gui/charts/DurationHistogramChart.h"
#include "gui/charts/DurationOverTimeChart.h"
#include "gui/charts/StatusSentimentChart.h"
#include "gui/theme/Theme.h"
#include "gui/widgets/ElidedLabel.h"
#include "gui/widgets/PlainToolTip.h"

#include "CallBuilder.h"

#include <QAbstractBarSeries>
#include <QAbstractButton>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QFontMetricsF>
#include <QLineSeries>
#include <QTest>
#include <QValueAxis>

#include <optional>

using namespace callboard;

namespace {

const QDateTime kNow = utcDateTime(QDate(2026, 11, 28), QTime(15, 2));
constexpr qint64 kMinute = 60 * 1000;

CallLog makeCall(int n, const QString &status, int duration, qint64 createdAtMs,
                 const QString &agent = QStringLiteral("agt_a"), const QString &sentiment = QString())
{
    return test::CallBuilder(QStringLiteral("log_%1").arg(n))
        .status(status)
        .duration(duration)
        .createdAt(createdAtMs)
        .agent(agent)
        .sentiment(sentiment);
}

// Three hours of calls, one every three minutes, of every kind.
std::vector<CallLog> threeHours()
{
    static const QStringList statuses = {QStringLiteral("completed"), QStringLiteral("busy"),
                                         QStringLiteral("completed"), QStringLiteral("failed"),
                                         QStringLiteral("initiated"), QStringLiteral("completed")};
    static const QStringList sentiments = {QStringLiteral("positive"), QString(), QStringLiteral("negative"),
                                           QString(), QString(), QStringLiteral("neutral")};
    static const QStringList agents = {QStringLiteral("agt_a"), QStringLiteral("agt_b"), QStringLiteral("agt_c"),
                                       QStringLiteral("agt_d")};
    std::vector<CallLog> calls;
    for (int i = 0; i < 60; ++i) {
        const int k = i % 6;
        const int duration = statuses[k] == QLatin1String("completed") ? 20 + (i * 37) % 900 : -1;
        calls.push_back(makeCall(i, statuses[k], duration, kNow.toMSecsSinceEpoch() - i * 3 * kMinute,
                                 agents[i % 4], sentiments[k]));
    }
    return calls;
}

// The axis place of the one visible bar of a set (each set holds a value only there), i.e.
// where a user's click on that bar lands.
int visiblePlace(QBarSet *set)
{
    for (int i = 0; i < set->count(); ++i) {
        if (set->at(i) != 0)
            return i;
    }
    return -1;
}

// What a supervisor reads on a bar chart is all there: every name inside the chart, apart
// from the others, beside its own bar and clear of it, and every count past its bar's end
// still inside the chart. `complete`: no name shortened with "…".
void checkReadable(CategoryBarChart *bars, bool complete)
{
    QChart *chart = bars->chart();
    const QRectF bounds = chart->rect();
    const QRectF plot = chart->plotArea();
    auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().constFirst());
    QVERIFY(series);
    const bool horizontal = series->type() == QAbstractSeries::SeriesTypeHorizontalStackedBar;
    if (horizontal)
        QCOMPARE(bars->shownLabelCount(), bars->barCount());
    for (int i = 0; i < bars->shownLabelCount(); ++i) {
        const QRectF r = bars->labelRect(i);
        QVERIFY2(bounds.contains(r), qPrintable(bars->shownLabel(i)));
        QVERIFY(!bars->shownLabel(i).isEmpty());
        if (complete)
            QVERIFY2(!bars->shownLabel(i).endsWith(QStringLiteral("…")), qPrintable(bars->shownLabel(i)));
        for (int j = i + 1; j < bars->shownLabelCount(); ++j)
            QVERIFY2(!r.intersects(bars->labelRect(j)), qPrintable(bars->shownLabel(i) + QLatin1Char('/') + bars->shownLabel(j)));
        if (horizontal) {
            // Above its own bar (axis place counted bottom-up), below the bar before it.
            const int place = bars->barCount() - 1 - i;
            const qreal half = series->barWidth() / 2;
            QVERIFY(r.bottom() <= chart->mapToPosition(QPointF(0, place + half), series).y());
            if (i > 0)
                QVERIFY(r.top() >= chart->mapToPosition(QPointF(0, place + 1 - half), series).y());
        } else {
            QVERIFY(r.top() >= plot.bottom());
        }
    }
    if (!series->isLabelsVisible())
        return;
    const QFontMetricsF fm(bars->barSets().constFirst()->labelFont());
    for (int i = 0; i < bars->barCount(); ++i) {
        const int place = horizontal ? bars->barCount() - 1 - i : i;
        const QPointF end = chart->mapToPosition(horizontal ? QPointF(bars->value(i), place) : QPointF(place, bars->value(i)), series);
        if (horizontal)
            QVERIFY(end.x() + fm.horizontalAdvance(QString::number(bars->value(i))) <= plot.right() + 1);
        else
            QVERIFY(end.y() - fm.height() >= plot.top() - 1);
    }
}

void checkTitles(QWidget *panel, bool complete)
{
    const auto titles = panel->findChildren<ElidedLabel *>();
    QVERIFY(titles.size() >= 5);
    for (ElidedLabel *title : titles) {
        QVERIFY2(!title->text().endsWith(QStringLiteral("…")), qPrintable(title->text()));
        if (complete)
            QVERIFY2(!title->isElided(), qPrintable(title->text()));
    }
}

struct Fixture
{
    Fixture() : clock(kNow), stats(&store, &clock), theme(Theme::light()) { store.apply(threeHours()); }
    ManualClock clock;
    CallStore store;
    CallStats stats;
    Theme theme;
};

} // namespace

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
        f.store.apply({makeCall(100, QStringLiteral("completed"), 10, kNow.toMSecsSinceEpoch()),
                       makeCall(101, QStringLiteral("completed"), 1000, kNow.toMSecsSinceEpoch())});
        QTRY_VERIFY(expect());
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

    void chartsStayReadableAtTheWidthsTheBoardGivesThem_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("complete");
        QTest::addColumn<int>("textPx"); // the wall's type size (0: the desktop's)
        QTest::addColumn<bool>("buttonsBeside"); // the bucket buttons beside the title, not under
        QTest::newRow("1600x1000 window") << QSize(660, 720) << true << 0 << true;  // charts ~320 px wide
        QTest::newRow("1280x800 window") << QSize(440, 600) << false << 0 << false; // charts ~215 px wide
        QTest::newRow("3840x2160 wall") << QSize(3800, 1700) << false << 41 << true; // the kiosk at 4K
    }

    void chartsStayReadableAtTheWidthsTheBoardGivesThem()
    {
        QFETCH(QSize, size);
        QFETCH(bool, complete);
        QFETCH(int, textPx);
        QFETCH(bool, buttonsBeside);
        Fixture f;
        // A long agent id and a status DialNexa invented: the widest names there are.
        f.store.apply({makeCall(400, QStringLiteral("completed"), 200, kNow.toMSecsSinceEpoch(),
                                QStringLiteral("agent_5c1e9b7d3f2a6b48")),
                       makeCall(401, QStringLiteral("teleported"), -1, kNow.toMSecsSinceEpoch())});
        ChartsPanel panel(&f.stats, &f.theme, &f.clock);
        if (textPx > 0)
            panel.setTextPixelSize(textPx);
        panel.resize(size);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.refresh();
        QCoreApplication::processEvents();
        QCOMPARE(panel.size(), size); // nothing in it insists on more room
        // The mean line grows with the wall's type: seen across the room, not a hairline.
        QVERIFY(panel.overTime()->meanSeries()->pen().widthF() >= (textPx > 0 ? textPx / 6.0 : 2.5));

        for (CategoryBarChart *bars : {panel.histogram()->bars(), panel.statusSentiment()->statusBars(),
                                       panel.statusSentiment()->sentimentBars(), panel.agents()->bars()}) {
            checkReadable(bars, complete || bars == panel.histogram()->bars());
            if (QTest::currentTestFailed())
                return;
        }
        checkTitles(&panel, complete);
        if (QTest::currentTestFailed())
            return;

        // The bucket buttons sit beside the title when there is room, else under it.
        DurationOverTimeChart *overTime = panel.overTime();
        const auto titles = overTime->findChildren<ElidedLabel *>();
        QCOMPARE(titles.size(), 1);
        QVERIFY(!titles.first()->isElided());
        const QRect button = overTime->bucketButton(5)->geometry();
        QVERIFY(!button.intersects(titles.first()->geometry()));
        QCOMPARE(button.top() >= titles.first()->geometry().bottom(), !buttonsBeside);
        QVERIFY(overTime->bucketButton(60)->geometry().right() < overTime->width());
        // The time axis labels are a label's width and more apart, whatever the buckets.
        QChart *timeChart = overTime->findChild<QChartView *>()->chart();
        auto *timeAxis = qobject_cast<QCategoryAxis *>(timeChart->axes(Qt::Horizontal).constFirst());
        QVERIFY(timeAxis);
        for (int minutes : {5, 15, 60}) {
            overTime->bucketButton(minutes)->click();
            QCoreApplication::processEvents();
            const QStringList times = timeAxis->categoriesLabels();
            QVERIFY(times.size() >= 2);
            const qreal apart = (timeAxis->endValue(times.at(1)) - timeAxis->endValue(times.at(0)))
                                * timeChart->plotArea().width() / overTime->bucketCount();
            QVERIFY2(apart > QFontMetricsF(timeAxis->labelsFont()).horizontalAdvance(times.at(0)) + 4,
                     qPrintable(QString::number(minutes)));
        }
    }

    void histogramNamesItsBinEdges()
    {
        Fixture f;
        DurationHistogramChart chart(&f.stats, &f.theme);
        chart.resize(320, 360);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QCoreApplication::processEvents();
        // One name per boundary between two bins, matching the bins' bounds.
        const std::vector<int> &bounds = DurationHistogramChart::upperBounds();
        QCOMPARE(chart.bars()->shownLabelCount(), int(bounds.size()));
        QCOMPARE(chart.bars()->shownLabel(0), QStringLiteral("30s"));
        QCOMPARE(chart.bars()->shownLabel(2), QStringLiteral("2m"));
        QCOMPARE(chart.bars()->shownLabel(int(bounds.size()) - 1), QStringLiteral("10m"));
        // Each edge name sits between the bins it separates.
        QChart *c = chart.bars()->chart();
        auto *series = qobject_cast<QAbstractBarSeries *>(c->series().constFirst());
        for (int i = 0; i < chart.bars()->shownLabelCount(); ++i) {
            const qreal centre = chart.bars()->labelRect(i).center().x();
            QVERIFY(centre > c->mapToPosition(QPointF(i, 0), series).x());
            QVERIFY(centre < c->mapToPosition(QPointF(i + 1, 0), series).x());
        }
        // Each bin's own name and count are on hover.
        emit chart.bars()->barSets().at(2)->hovered(true, 2);
        QCOMPARE(chart.bars()->toolTip(), QStringLiteral("<qt>1–2 min: %1</qt>").arg(int(chart.bars()->value(2))));
        emit chart.bars()->barSets().at(2)->hovered(false, 2);
        QVERIFY(chart.bars()->toolTip().isEmpty());
    }

    void agentBarTooltipShowsTheWholeIdLiterally()
    {
        Fixture f;
        const QString id = QStringLiteral("<i>agent_5c1e9b7d3f2a6b48</i>");
        f.store.apply({makeCall(500, QStringLiteral("completed"), 6000, kNow.toMSecsSinceEpoch(), id)});
        AgentDurationChart chart(&f.stats, &f.theme);
        QCOMPARE(chart.shownAgents().first(), id);
        QVERIFY(chart.bars()->label(0).contains(QStringLiteral("…"))); // shortened on the chart
        QBarSet *set = chart.bars()->barSets().at(0);
        emit set->hovered(true, visiblePlace(set));
        QVERIFY(chart.bars()->toolTip().contains(id.toHtmlEscaped()));
        QVERIFY(!chart.bars()->toolTip().contains(id));
    }

    void elidedLabelGivesWayWhenNarrow()
    {
        ElidedLabel label(QStringLiteral("Calls by status"));
        label.setShortText(QStringLiteral("Status"));
        const QFontMetrics fm(label.font());
        label.show();
        QVERIFY(QTest::qWaitForWindowExposed(&label));
        label.resize(fm.horizontalAdvance(label.fullText()) + 2, 20);
        QCOMPARE(label.text(), label.fullText());
        QVERIFY(label.toolTip().isEmpty());
        label.resize(fm.horizontalAdvance(QStringLiteral("Status")) + 2, 20);
        QCOMPARE(label.text(), QStringLiteral("Status"));
        QCOMPARE(label.toolTip(), plainToolTip(label.fullText()));
        label.resize(fm.horizontalAdvance(QStringLiteral("Sta")), 20);
        QVERIFY(label.text().endsWith(QStringLiteral("…")));
        QVERIFY(label.isElided());
        // Its layout may give it less than its text: the title never widens a chart.
        QVERIFY(label.minimumSizeHint().width() < fm.horizontalAdvance(QStringLiteral("Status")));
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
