// Specification of the analysis tiles: one tile per analysis field seen across calls, its
// look chosen by the values' type, with no per-agent setup; server text stays plain text.
#include "core/model/CallStore.h"
#include "core/stats/CallStats.h"
#include "core/time/Clock.h"
#include "core/time/Utc.h"
#include "gui/analysis/AnalysisTile.h"
#include "gui/analysis/AnalysisTilesView.h"
#include "gui/widgets/RefreshThrottle.h"
#include "gui/theme/Theme.h"

#include <QLabel>
#include <QLocale>
#include <QTest>

using namespace callboard;

namespace {

const QDateTime kNow = utcDateTime(QDate(2026, 11, 28), QTime(15, 0));

AnalysisValue boolValue(bool b) { return {AnalysisValue::Type::Bool, b, b ? QStringLiteral("true") : QStringLiteral("false")}; }
AnalysisValue numberValue(double d) { return {AnalysisValue::Type::Number, d, QString::number(d)}; }
AnalysisValue stringValue(const QString &s) { return {AnalysisValue::Type::String, s, s}; }
AnalysisValue dateValue(const QDate &d) { return {AnalysisValue::Type::Date, d, d.toString(Qt::ISODate)}; }

// Ten analysed calls of a support agent: yes/no, a 1–10 score, an enum with markup in one
// value, free text and a date.
std::vector<CallLog> analysedCalls()
{
    std::vector<CallLog> calls;
    for (int i = 0; i < 10; ++i) {
        CallLog c;
        c.id = QStringLiteral("log_%1").arg(i);
        c.statusText = QStringLiteral("completed");
        c.status = CallStatus::Completed;
        c.createdAtMs = kNow.toMSecsSinceEpoch() - i * 60000;
        c.analysis = {
            {QStringLiteral("category"), stringValue(i % 3 ? QStringLiteral("billing") : QStringLiteral("<b>VIP</b> <i>line</i>"))},
            {QStringLiteral("customer_satisfaction"), numberValue(i + 1)},
            {QStringLiteral("follow_up_date"), dateValue(kNow.date().addDays(i))},
            {QStringLiteral("issueResolved"), boolValue(i < 7)},
            {QStringLiteral("summary"), stringValue(QStringLiteral("Customer said thing number %1").arg(i))},
        };
        calls.push_back(c);
    }
    return calls;
}

struct Fixture
{
    Fixture() : clock(kNow), stats(&store, &clock), theme(Theme::light()), view(&stats, &theme)
    {
        store.apply(analysedCalls());
        view.refresh();
    }
    // The view follows CallStats::changed by itself, through a RefreshThrottle: the refresh
    // must have been asked for, and flushing runs it now instead of after the throttle's
    // interval of wall time.
    void flushRequestedRefresh()
    {
        auto *throttle = view.findChild<RefreshThrottle *>();
        QVERIFY(throttle);
        QVERIFY(throttle->isPending());
        throttle->flush();
    }
    ManualClock clock;
    CallStore store;
    CallStats stats;
    Theme theme;
    AnalysisTilesView view;
};

} // namespace

class TestAnalysisTiles : public QObject
{
    Q_OBJECT
private slots:
    void oneTilePerFieldOfTheRightKind()
    {
        Fixture f;
        QCOMPARE(f.view.tileCount(), 5);
        QCOMPARE(f.view.tile(QStringLiteral("issueResolved"))->kind(), AnalysisFieldStats::Kind::Boolean);
        QCOMPARE(f.view.tile(QStringLiteral("category"))->kind(), AnalysisFieldStats::Kind::EnumLike);
        QCOMPARE(f.view.tile(QStringLiteral("customer_satisfaction"))->kind(), AnalysisFieldStats::Kind::Number);
        QCOMPARE(f.view.tile(QStringLiteral("summary"))->kind(), AnalysisFieldStats::Kind::Text);
        QCOMPARE(f.view.tile(QStringLiteral("follow_up_date"))->kind(), AnalysisFieldStats::Kind::Date);
    }

    void eachKindShowsItsFigure()
    {
        Fixture f;
        QCOMPARE(f.view.tile(QStringLiteral("issueResolved"))->figure(), QStringLiteral("70 % yes"));
        QCOMPARE(f.view.tile(QStringLiteral("customer_satisfaction"))->figure(), QLocale().toString(5.5, 'f', 2));
        QCOMPARE(f.view.tile(QStringLiteral("summary"))->figure(), QStringLiteral("in 10 calls"));
        // A date has no headline figure; its caption counts the calls that carry one.
        QCOMPARE(f.view.tile(QStringLiteral("follow_up_date"))->figure(), QString());
        QCOMPARE(f.view.tile(QStringLiteral("follow_up_date"))->caption(), QStringLiteral("a date or time in 10 calls"));
        AnalysisTile *category = f.view.tile(QStringLiteral("category"));
        QCOMPARE(category->figure(), QStringLiteral("billing")); // the most common value
        const QList<QLabel *> legend = category->legendLabels();
        QCOMPARE(legend.size(), 2);
        QCOMPARE(legend.at(0)->text(), QStringLiteral("billing"));
    }

    void markupInAValueShowsLiterally()
    {
        Fixture f;
        const QList<QLabel *> legend = f.view.tile(QStringLiteral("category"))->legendLabels();
        QCOMPARE(legend.at(1)->text(), QStringLiteral("<b>VIP</b> <i>line</i>"));
        QCOMPARE(legend.at(1)->textFormat(), Qt::PlainText);
        // Every label of every tile is plain text: keys and values are the agent's own words.
        for (const QString &key : f.view.keys()) {
            const auto labels = f.view.tile(key)->findChildren<QLabel *>();
            for (QLabel *l : labels)
                QVERIFY2(l->textFormat() == Qt::PlainText, qPrintable(key + QLatin1Char(':') + l->text()));
        }
    }

    void titlesAreHumanizedWithTheRawKeyInTheTooltip()
    {
        Fixture f;
        AnalysisTile *t = f.view.tile(QStringLiteral("customer_satisfaction"));
        QCOMPARE(t->title(), QStringLiteral("Customer satisfaction"));
        QVERIFY(t->toolTip().contains(QStringLiteral("customer_satisfaction")));
        QCOMPARE(f.view.tile(QStringLiteral("issueResolved"))->title(), QStringLiteral("Issue resolved"));
        QCOMPARE(AnalysisTile::humanizeKey(QStringLiteral("NPS_score")), QStringLiteral("NPS score"));
        QCOMPARE(AnalysisTile::humanizeKey(QStringLiteral("follow-up.date")), QStringLiteral("Follow up date"));
        QCOMPARE(AnalysisTile::humanizeKey(QStringLiteral("___")), QStringLiteral("___"));
    }

    void tilesAppearAndDisappearWithTheFields()
    {
        Fixture f;
        // A new agent's field appears by itself (the view follows CallStats::changed).
        CallLog sales;
        sales.id = QStringLiteral("log_sales");
        sales.statusText = QStringLiteral("completed");
        sales.status = CallStatus::Completed;
        sales.createdAtMs = kNow.toMSecsSinceEpoch();
        sales.analysis = {{QStringLiteral("lead_score"), numberValue(80)}};
        f.store.apply({sales});
        QCOMPARE(f.view.tileCount(), 5); // coalesced: not on the change itself
        f.flushRequestedRefresh();
        QCOMPARE(f.view.tileCount(), 6);
        QCOMPARE(f.view.tile(QStringLiteral("lead_score"))->kind(), AnalysisFieldStats::Kind::Number);
        AnalysisTile *kept = f.view.tile(QStringLiteral("category"));

        // The field's only call loses it: the tile goes; the others stay the same objects.
        sales.analysis.clear();
        f.store.apply({sales});
        f.flushRequestedRefresh();
        QCOMPARE(f.view.tileCount(), 5);
        QVERIFY(!f.view.tile(QStringLiteral("lead_score")));
        QCOMPARE(f.view.tile(QStringLiteral("category")), kept);
    }

    void aFieldChangingTypeChangesItsTile()
    {
        Fixture f;
        // issueResolved turns into numbers on most calls (an agent's schema changed).
        std::vector<CallLog> calls = analysedCalls();
        for (int i = 0; i < 8; ++i)
            calls[size_t(i)].analysis[3].value = numberValue(i);
        f.store.apply(calls);
        f.view.refresh();
        AnalysisTile *t = f.view.tile(QStringLiteral("issueResolved"));
        QCOMPARE(t->kind(), AnalysisFieldStats::Kind::Number);
        QCOMPARE(t->figure(), QLocale().toString(3.5, 'f', 2));
    }

    void noFieldsSaysSo()
    {
        ManualClock clock(kNow);
        CallStore store;
        CallStats stats(&store, &clock);
        const Theme theme = Theme::dark();
        AnalysisTilesView view(&stats, &theme);
        QCOMPARE(view.tileCount(), 0);
        const auto labels = view.widget()->findChildren<QLabel *>();
        QCOMPARE(labels.size(), 1);
        QVERIFY(labels.first()->isVisibleTo(&view));
    }

    void layoutFollowsTheWidthAndThemes()
    {
        Fixture f;
        f.view.resize(900, 400);
        f.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        QCOMPARE(f.view.columnCount(), 3);
        f.view.resize(560, 400);
        QTRY_COMPARE(f.view.columnCount(), 2);
        const Theme dark = Theme::dark();
        f.view.setTheme(&dark);
        AnalysisTile *t = f.view.tile(QStringLiteral("category"));
        QCOMPARE(t->palette().color(QPalette::Window), dark.card());
        QVERIFY(!f.view.grab().isNull());
    }
};

QTEST_MAIN(TestAnalysisTiles)
#include "tst_analysistiles.moc"
