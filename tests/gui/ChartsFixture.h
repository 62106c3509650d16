// ChartsFixture: what the chart tests share. Three hours of calls of every kind in a
// CallStore at kNow, CallStats over them and a light theme (Fixture), and the checks that a
// bar chart and a panel's titles are readable as drawn.
#pragma once

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

namespace callboard::chartstest {

inline const QDateTime kNow = utcDateTime(QDate(2026, 11, 28), QTime(15, 2));
constexpr qint64 kMinute = 60 * 1000;

inline CallLog makeCall(int n, const QString &status, int duration, qint64 createdAtMs,
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
inline std::vector<CallLog> threeHours()
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
inline int visiblePlace(QBarSet *set)
{
    for (int i = 0; i < set->count(); ++i) {
        if (set->at(i) != 0)
            return i;
    }
    return -1;
}

// What a supervisor reads on a bar chart is all there: every name inside the chart, apart
// from the others, beside its own bar and clear of it, and every count past its bar's end
// still inside the chart. `complete`: no name shortened with "…" (a bar's, anywhere in it).
inline void checkReadable(CategoryBarChart *bars, bool complete)
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
            QVERIFY2(horizontal ? bars->shownLabel(i) == bars->label(i) : !bars->shownLabel(i).endsWith(QStringLiteral("…")),
                     qPrintable(bars->shownLabel(i)));
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

inline void checkTitles(QWidget *panel, bool complete)
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

} // namespace callboard::chartstest
