// The board speaks in the workspace's names: cards headline the agent's name with the batch or
// campaign beneath, a screen reader hears a card as it reads, filters list names sorted and
// narrow as one types, the search box finds names, the per-agent chart and the detail pane
// name agents (the detail pane with the id too), and the Campaigns view shows batch progress
// and narrows the cards to the campaign clicked. Queried through the real widgets and their
// QAccessible interfaces.
#include "core/directory/Directory.h"
#include "core/model/CallStore.h"
#include "core/stats/CallStats.h"
#include "core/time/Clock.h"
#include "gui/campaigns/CampaignsView.h"
#include "gui/cards/CallCardDelegate.h"
#include "gui/cards/CallCardView.h"
#include "gui/charts/AgentDurationChart.h"
#include "gui/charts/CategoryBarChart.h"
#include "gui/charts/DurationOverTimeChart.h"
#include "gui/detail/CallHeaderView.h"
#include "gui/kpi/KpiTile.h"
#include "gui/filters/FilterBar.h"
#include "gui/models/CallFilterProxy.h"
#include "gui/models/CallListModel.h"
#include "gui/theme/Theme.h"

#include "CallBuilder.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QChartView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace callboard;

namespace {
const QDateTime kNow(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::utc());
const QString Support = QStringLiteral("agt_7f3a9c21e4b80d5f");
const QString Sales = QStringLiteral("agt_2b8d4e6f1a9c3e70");
const QString Nameless = QStringLiteral("agt_9e4f2a7c6b1d8a03");
const QString Spring = QStringLiteral("batch_spring_2026");

CallLog call(const QString &id, const QString &agent, const QString &status, const QString &sentiment,
             int secondsAgo, const QString &batch = {})
{
    const CallStatus s = statusFromString(status);
    return test::CallBuilder(id)
        .agent(agent)
        .status(status)
        .sentiment(sentiment)
        .duration(isLive(s) ? -1 : (s == CallStatus::Completed ? 185 : 0))
        .createdAt(kNow.toMSecsSinceEpoch() - secondsAgo * 1000LL)
        .campaign(QStringLiteral("cmp_spring_outreach_8c2f"))
        .batch(batch);
}
} // namespace

class TestNames final : public QObject
{
    Q_OBJECT

    ManualClock m_clock{kNow};
    CallStore m_store;
    CallStats m_stats{&m_store, &m_clock};
    Directory m_names;
    Theme m_theme = Theme::light();

private slots:
    void initTestCase()
    {
        m_names.setAgents({{Support, QStringLiteral("Customer Support Agent"), {}},
                           {Sales, {}, QStringLiteral("Sales v2")}}); // null title: the version's
        BatchInfo spring;
        spring.id = Spring;
        spring.title = QStringLiteral("Spring outreach");
        spring.status = QStringLiteral("running");
        spring.totalLeads = 400;
        spring.sentLeads = 300;
        spring.pickedUp = 180;
        m_names.setBatches({spring});
        m_store.apply({call(QStringLiteral("log_1"), Support, QStringLiteral("no_answer"), QStringLiteral("unknown"), 120, Spring),
                       call(QStringLiteral("log_2"), Sales, QStringLiteral("completed"), QStringLiteral("negative"), 300, Spring),
                       call(QStringLiteral("log_3"), Nameless, QStringLiteral("completed"), QStringLiteral("positive"), 400),
                       call(QStringLiteral("log_4"), Support, QStringLiteral("completed"), QStringLiteral("neutral"), 500)});
    }

    void aCardHeadlinesTheAgentsNameAndTheBatch()
    {
        CallCardDelegate delegate(&m_theme, &m_clock);
        delegate.setDirectory(&m_names);
        const CardLayout card = delegate.cardLayout(*m_store.find(QStringLiteral("log_1")), QRect(0, 0, 600, 120), QApplication::font());
        QStringList texts;
        for (const CardText &t : card.texts)
            texts << t.text;
        // The headline, elided to its place on a narrow card.
        QVERIFY2(texts.filter(QStringLiteral("Customer Support")).size() == 1, qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(texts.contains(QStringLiteral("Spring outreach")));
        QVERIFY(!texts.join(QLatin1Char('|')).contains(Support));
        // Without a name the id stays: a board that cannot read names is still usable.
        const CardLayout nameless = delegate.cardLayout(*m_store.find(QStringLiteral("log_3")), QRect(0, 0, 600, 120), QApplication::font());
        bool showsId = false;
        for (const CardText &t : nameless.texts)
            showsId |= t.text == Nameless || t.text == QStringLiteral("cmp_spring_outreach_8c2f");
        QVERIFY(showsId);
    }

    void aScreenReaderHearsACardAsItReads()
    {
        CallListModel model(&m_store);
        model.setDirectory(&m_names);
        model.setClock(&m_clock);
        QAbstractItemModelTester tester(&model);
        CallFilterProxy proxy(&model);
        CallCardView view(&m_theme, &m_clock);
        view.setModel(&proxy);
        view.resize(500, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QAccessibleInterface *list = QAccessible::queryAccessibleInterface(&view);
        QVERIFY(list);
        QString spoken;
        for (int i = 0; i < list->childCount(); ++i) {
            const QString name = list->child(i)->text(QAccessible::Name);
            if (name.contains(QStringLiteral("No answer")))
                spoken = name;
        }
        QCOMPARE(spoken, QStringLiteral("No answer, unknown sentiment, Customer Support Agent, Spring outreach, 0:00, 2 min ago"));
        // A name arriving later changes what is heard, without a reset.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        m_names.setAgents({{Support, QStringLiteral("Support desk"), {}}, {Sales, {}, QStringLiteral("Sales v2")}});
        QVERIFY(changed.count() >= 1);
        QVERIFY(model.data(model.index(0), Qt::AccessibleTextRole).toString().contains(QStringLiteral("Support desk"))
                || model.data(model.index(3), Qt::AccessibleTextRole).toString().contains(QStringLiteral("Support desk")));
        m_names.setAgents({{Support, QStringLiteral("Customer Support Agent"), {}}, {Sales, {}, QStringLiteral("Sales v2")}});
    }

    void filtersListNamesSortedAndNarrowAsOneTypes()
    {
        FilterBar bar(&m_stats);
        bar.setDirectory(&m_names);
        QComboBox *agents = bar.agentFilter();
        QStringList shown;
        for (int i = 1; i < agents->count(); ++i)
            shown << agents->itemText(i);
        QCOMPARE(shown, (QStringList{QStringLiteral("agt_9e4f2a7c6b1d8a03"), QStringLiteral("Customer Support Agent"), QStringLiteral("Sales v2")}));
        QCOMPARE(agents->itemData(2).toString(), Support); // the filter still works on ids
        agents->completer()->setCompletionPrefix(QStringLiteral("support"));
        QCOMPARE(agents->completer()->completionCount(), 1); // "contains", any case
        QCOMPARE(agents->completer()->currentCompletion(), QStringLiteral("Customer Support Agent"));
        QComboBox *campaigns = bar.campaignFilter();
        QStringList campaignNames;
        for (int i = 1; i < campaigns->count(); ++i)
            campaignNames << campaigns->itemText(i);
        QVERIFY2(campaignNames.contains(QStringLiteral("Spring outreach")), qPrintable(campaignNames.join(QLatin1Char('|'))));
        QVERIFY(campaignNames.contains(QStringLiteral("cmp_spring_outreach_8c2f"))); // named by nothing: its id

        QSignalSpy filtered(&bar, &FilterBar::filterChanged);
        agents->setCurrentIndex(2);
        QCOMPARE(filtered.last().first().value<CallFilter>().agentIds, QStringList{Support});
    }

    void theSearchBoxFindsNames()
    {
        CallListModel model(&m_store);
        model.setDirectory(&m_names);
        CallFilterProxy proxy(&model);
        CallFilter f;
        f.text = QStringLiteral("support agent");
        proxy.setFilter(f);
        QCOMPARE(proxy.rowCount(), 2);
        f.text = QStringLiteral("spring outreach");
        proxy.setFilter(f);
        QCOMPARE(proxy.rowCount(), 2); // the batch's title
        f.text = QStringLiteral("Sales v2");
        proxy.setFilter(f);
        QCOMPARE(proxy.rowCount(), 1);
    }

    void thePerAgentChartNamesAgentsAndSaysItsFigures()
    {
        AgentDurationChart chart(&m_stats, &m_theme);
        chart.setDirectory(&m_names);
        const QString said = chart.bars()->accessibleDescription();
        QVERIFY2(said.contains(QStringLiteral("Customer Support Agent: mean 3:05 over 1 connected call")), qPrintable(said));
        QVERIFY(said.contains(QStringLiteral("Sales v2")));
        QVERIFY(said.contains(QStringLiteral("agt_9e4f"))); // no name: a shortened id
    }

    void theCallsOverTimeChartSaysItsBuckets()
    {
        DurationOverTimeChart chart(&m_stats, &m_theme, &m_clock);
        chart.refresh();
        auto *view = chart.findChild<QChartView *>();
        QVERIFY(view);
        const QString said = view->accessibleDescription();
        // Four calls in the last ten minutes, three of them connected at 3:05 on average.
        QVERIFY2(said.contains(QStringLiteral("mean 3:05")), qPrintable(said));
        QVERIFY(said.contains(QStringLiteral("call")));
    }

    void aKpiTileSaysItsLabelAndValue()
    {
        KpiTile tile(QStringLiteral("Connect rate"), KpiTile::Size::Large);
        tile.setValue(QStringLiteral("72 %"));
        tile.show();
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(&tile);
        QVERIFY(a);
        QCOMPARE(a->text(QAccessible::Name), QStringLiteral("Connect rate: 72 %"));
        tile.setValue(QStringLiteral("68 %"));
        QCOMPARE(a->text(QAccessible::Name), QStringLiteral("Connect rate: 68 %"));
    }

    void theDetailPaneGivesNameAndId()
    {
        CallHeaderView header;
        header.setDirectory(&m_names);
        header.setCall(*m_store.find(QStringLiteral("log_1")), m_theme);
        header.resize(600, 500);
        header.show();
        QVERIFY(QTest::qWaitForWindowExposed(&header));
        QStringList texts;
        for (const QLabel *l : header.findChildren<QLabel *>())
            texts << l->text();
        QVERIFY2(texts.contains(QStringLiteral("Customer Support Agent\n") + Support), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(texts.contains(QStringLiteral("Spring outreach\ncmp_spring_outreach_8c2f")));

        // A narrow pane: each line gives way with "…" where it would be cut, the name kept
        // above the id, and a screen reader still hears both whole.
        header.resize(230, 500);
        QApplication::processEvents();
        const QLabel *campaign = nullptr;
        for (const QLabel *l : header.findChildren<QLabel *>())
            if (l->accessibleName() == QLatin1String("Campaign") && l->text().contains(QLatin1Char('\n')))
                campaign = l;
        QVERIFY(campaign);
        const QStringList lines = campaign->text().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[1].endsWith(QStringLiteral("…")) && lines[1].startsWith(QStringLiteral("cmp_")), qPrintable(lines[1]));
        QVERIFY2(campaign->fontMetrics().horizontalAdvance(lines[1]) <= campaign->contentsRect().width(), qPrintable(lines[1]));
        QCOMPARE(campaign->accessibleDescription(), QStringLiteral("Spring outreach\ncmp_spring_outreach_8c2f"));
    }

    void theCampaignsViewShowsBatchProgressAndNarrowsTheCards()
    {
        CampaignsView view(&m_stats, &m_theme);
        view.setDirectory(&m_names);
        const QStringList rows = view.rowTexts();
        QCOMPARE(rows.size(), 2);
        QVERIFY2(rows.first().startsWith(QStringLiteral("cmp_spring_outreach_8c2f: 2 calls"))
                     || rows.last().startsWith(QStringLiteral("cmp_spring_outreach_8c2f: 2 calls")), qPrintable(rows.join(QLatin1Char('\n'))));
        const QString spring = rows.filter(QStringLiteral("Spring outreach")).value(0);
        QVERIFY2(spring.startsWith(QStringLiteral("Spring outreach (Running): 2 calls · 0 live · 50 % connected · 100 % negative · 75 % done · 300 of 400 leads sent · 180 picked up")),
                 qPrintable(spring));
        QCOMPARE(view.accessibleDescription(), rows.join(QLatin1Char('\n')));

        view.resize(800, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // In the window too, figures too long for one line take the lines a row holds: the
        // lead progress at the end was cut ("· 6 …").
        view.repaint();
        bool leadsShown = false;
        for (const QStringList &lines : view.figureLinesShown()) {
            QVERIFY2(!lines.join(QString()).endsWith(QStringLiteral("…")), qPrintable(lines.join(QLatin1Char('|'))));
            leadsShown |= lines.join(QStringLiteral(" · ")).contains(QStringLiteral("300 of 400 leads sent · 180 picked up"));
        }
        QVERIFY2(leadsShown, qPrintable(QString::number(view.figureLinesShown().size())));
        QSignalSpy clicked(&view, &CampaignsView::campaignClicked);
        QString springKey;
        QPoint where;
        for (int y = 0; y < view.height() && springKey != Spring; y += 4) {
            where = QPoint(view.width() / 2, y);
            springKey = view.keyAt(where);
        }
        QCOMPARE(springKey, Spring);
        // In the window two rows keep a desk's size; on a wall they share the whole height.
        const QPoint low(view.width() / 2, view.height() * 9 / 10);
        QVERIFY(view.keyAt(low).isEmpty());
        view.setFillsHeight(true);
        view.repaint();
        QVERIFY(!view.keyAt(low).isEmpty());
        view.setFillsHeight(false);
        view.repaint();
        QTest::mouseClick(&view, Qt::LeftButton, {}, where);
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.first().first().toString(), Spring);
        // What the window does with it: only that batch's calls remain.
        CallListModel model(&m_store);
        CallFilterProxy proxy(&model);
        CallFilter f;
        f.campaignIds = {Spring};
        proxy.setFilter(f);
        QCOMPARE(proxy.rowCount(), 2);
    }
};

QTEST_MAIN(TestNames)
#include "tst_names.moc"
