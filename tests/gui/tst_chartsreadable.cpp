// The dashboard charts as a supervisor reads them: every name and count readable at the
// widths the board gives them, the histogram's bin edges named, an agent's whole id in the
// tooltip, titles that give way when narrow, legend swatches apart from their words and a
// "0" over every empty bin.
#include "ChartsFixture.h"

#include <QGraphicsTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QScopeGuard>
#include <QTranslator>

using namespace callboard;
using namespace callboard::chartstest;

class TestChartsReadable : public QObject
{
    Q_OBJECT
private slots:
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
        // A legend swatch keeps a gap from its word that grows with the type (Qt's own is 4 px).
        const QFontMetricsF legendFont(timeChart->legend()->font());
        for (const QLegendMarker *marker : timeChart->legend()->markers()) {
            const QString label = marker->label();
            qsizetype blanks = 0;
            while (blanks < label.size() && label.at(blanks).isSpace())
                ++blanks;
            QVERIFY2(blanks > 0 && blanks < label.size(), qPrintable(label));
            QVERIFY2(legendFont.horizontalAdvance(label.left(blanks)) >= legendFont.height() / 3, qPrintable(label));
        }
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

    void everyEmptyBinSaysZero()
    {
        // Counted bins say their count over the bar; an empty one says "0" at its baseline,
        // wherever it is (the last bin, "over 10 min", is empty on most days).
        Fixture f;
        f.store.clear();
        const qint64 now = kNow.toMSecsSinceEpoch();
        f.store.apply({makeCall(1, QStringLiteral("completed"), 10, now), makeCall(2, QStringLiteral("completed"), 100, now),
                       makeCall(3, QStringLiteral("completed"), 100, now)});
        DurationHistogramChart chart(&f.stats, &f.theme);
        chart.resize(320, 360);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QCoreApplication::processEvents();
        CategoryBarChart *bars = chart.bars();
        int empty = 0;
        for (int i = 0; i < bars->barCount(); ++i) {
            QCOMPARE(bars->showsZero(i), bars->value(i) == 0);
            empty += bars->value(i) == 0;
        }
        QCOMPARE(empty, bars->barCount() - 2);
        QVERIFY(bars->showsZero(bars->barCount() - 1));
    }

    void germanBinEdgesAreWholeWhereTheyFit()
    {
        // "10min" is wider than one slot of a chart a quarter of a laptop wide; with no
        // neighbour to its right it read "10…". A name may use its neighbours' spare room.
        QTranslator german;
        QVERIFY(german.load(QLocale(QLocale::German, QLocale::Germany), QStringLiteral("callboard"),
                            QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&german);
        const auto uninstall = qScopeGuard([&] { QCoreApplication::removeTranslator(&german); });
        Fixture f;
        for (const int width : {300, 320, 360, 420}) {
            DurationHistogramChart chart(&f.stats, &f.theme);
            chart.resize(width, 360);
            chart.show();
            QVERIFY(QTest::qWaitForWindowExposed(&chart));
            QCoreApplication::processEvents();
            const int last = chart.bars()->shownLabelCount() - 1;
            QCOMPARE(chart.bars()->shownLabel(last), QStringLiteral("10min"));
            for (int i = 0; i <= last; ++i)
                QVERIFY2(!chart.bars()->shownLabel(i).endsWith(QStringLiteral("…")),
                         qPrintable(QString::number(width) + QLatin1Char(' ') + chart.bars()->shownLabel(i)));
        }
    }

    void noAxisLabelIsCutToDots_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("german");
        QTest::newRow("1280x720 window, German") << QSize(460, 470) << true; // charts ~215 x 130 px
        QTest::newRow("1280x720 window") << QSize(460, 470) << false;
        QTest::newRow("1366x768 window") << QSize(520, 520) << false;
        QTest::newRow("1600x1000 window") << QSize(660, 720) << false;
    }

    void noAxisLabelIsCutToDots()
    {
        // Qt Charts draws a label that has no room as "…" ("0 …", "1 …" under the agents'
        // bars; a column of dots beside the calls over time): there are only as many ticks
        // as have room. Long calls (an agent mean near 8 min) and full buckets.
        QFETCH(QSize, size);
        QFETCH(bool, german);
        QTranslator translator;
        if (german) {
            QVERIFY(translator.load(QLocale(QLocale::German, QLocale::Germany), QStringLiteral("callboard"),
                                    QStringLiteral("_"), QStringLiteral(":/i18n")));
            QCoreApplication::installTranslator(&translator);
        }
        const auto uninstall = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
        Fixture f;
        std::vector<CallLog> busy;
        for (int i = 0; i < 240; ++i)
            busy.push_back(makeCall(1000 + i, QStringLiteral("completed"), 240 + i % 60,
                                    kNow.toMSecsSinceEpoch() - (i % 12) * kMinute, QStringLiteral("agt_a")));
        f.store.apply(busy);
        ChartsPanel panel(&f.stats, &f.theme, &f.clock);
        panel.resize(size);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.refresh();
        // A new tick count lays the chart out again: judge it once that has settled (the
        // plot areas and axes the same two passes running).
        const auto layoutState = [&panel] {
            QString state;
            for (QChartView *view : panel.findChildren<QChartView *>()) {
                const QRectF plot = view->chart()->plotArea();
                state += QStringLiteral("%1,%2,%3,%4;").arg(plot.x()).arg(plot.y()).arg(plot.width()).arg(plot.height());
                for (QAbstractAxis *axis : view->chart()->axes())
                    if (auto *values = qobject_cast<QValueAxis *>(axis))
                        state += QStringLiteral("%1/%2;").arg(values->tickCount()).arg(values->max());
            }
            return state;
        };
        QString before;
        for (int pass = 0; pass < 50 && (before.isEmpty() || before != layoutState()); ++pass) {
            before = layoutState();
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
        }
        QCOMPARE(layoutState(), before);
        int axisLabels = 0;
        for (QChartView *view : panel.findChildren<QChartView *>()) {
            const auto items = view->scene()->items();
            struct Drawn
            {
                QRectF rect;
                QString text;
                const QGraphicsItem *axis; // an axis' labels share a parent
            };
            QList<Drawn> drawn;
            for (QGraphicsItem *item : items) {
                auto *text = dynamic_cast<QGraphicsTextItem *>(item);
                if (!text || !text->isVisible() || text->toPlainText().isEmpty())
                    continue;
                ++axisLabels;
                const QString what = view->accessibleName() + QStringLiteral(": ") + text->toPlainText();
                QVERIFY2(!text->toPlainText().endsWith(QStringLiteral("...")), qPrintable(what));
                // Whole, and apart from the other labels of its axis.
                const QRectF rect = text->sceneBoundingRect().adjusted(1, 1, -1, -1);
                QVERIFY2(view->sceneRect().contains(rect), qPrintable(what));
                for (const Drawn &other : std::as_const(drawn)) {
                    QVERIFY2(other.axis != text->parentItem() || !other.rect.intersects(rect),
                             qPrintable(what + QStringLiteral(" meets ") + other.text));
                }
                drawn.append({rect, text->toPlainText(), text->parentItem()});
            }
        }
        QVERIFY(axisLabels >= 8); // the count, minutes and agent axes are there to be read
        // Each status and sentiment is named whole: the longer names get the wider column.
        for (CategoryBarChart *bars : {panel.statusSentiment()->statusBars(), panel.statusSentiment()->sentimentBars()}) {
            for (int i = 0; i < bars->barCount(); ++i)
                QCOMPARE(bars->shownLabel(i), bars->label(i));
        }
        // Still a scale: the calls over time and the agents' means have three ticks or more.
        QChart *timeChart = panel.overTime()->findChild<QChartView *>()->chart();
        for (QAbstractAxis *axis : timeChart->axes(Qt::Vertical))
            QVERIFY(qobject_cast<QValueAxis *>(axis)->tickCount() >= 3);
        QValueAxis *means = panel.agents()->bars()->valueAxis();
        QVERIFY2(means->tickCount() >= 3, qPrintable(QStringLiteral("%1 ticks to %2 over %3 px").arg(means->tickCount()).arg(means->max()).arg(panel.agents()->bars()->chart()->plotArea().width())));
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
        // Narrow, the name gives way at its end: the figure after it stays whole, and a name
        // that already carries a "…" (a shortened id, a capped directory title) gets no second.
        chart.resize(220, 200);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const QString figure = chart.bars()->label(0).section(QStringLiteral(" · "), -1);
        QVERIFY(chart.bars()->shownLabel(0).size() < chart.bars()->label(0).size());
        QVERIFY2(chart.bars()->shownLabel(0).endsWith(QStringLiteral("· ") + figure), qPrintable(chart.bars()->shownLabel(0)));
        QVERIFY2(chart.bars()->shownLabel(0).count(QStringLiteral("…")) == 1, qPrintable(chart.bars()->shownLabel(0)));
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
};

QTEST_MAIN(TestChartsReadable)
#include "tst_chartsreadable.moc"
