// Specification of the detail pane: every field of the selected call, analysis values shown
// by type and always as plain text, transcript and timeline read from /details over real
// loopback HTTP with a busy and an error state, stale answers ignored, store updates
// followed, and a recording link opened only when it is https (tst_recordingplayer plays it).
#include "SimFixture.h"
#include "gui/detail/CallDetailPane.h"
#include "gui/detail/DetailFormat.h"
#include "gui/theme/Labels.h"
#include "gui/theme/Theme.h"
#include "gui/widgets/PlainToolTip.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace callboard;
using namespace callboard::test;

namespace {
CallLog read(const QJsonObject &o)
{
    CallLog c;
    QString reason;
    if (!CallLogReader::readRecord(o, &c, &reason))
        qFatal("unreadable truth record");
    return c;
}

QStringList texts(const QWidget &root, const QString &objectName)
{
    QStringList out;
    for (const QLabel *l : root.findChildren<QLabel *>(objectName))
        out << l->text();
    return out;
}

const QLabel *labelWithText(const QWidget &root, const QString &text)
{
    for (const QLabel *l : root.findChildren<QLabel *>())
        if (l->text() == text)
            return l;
    return nullptr;
}
} // namespace

class TestCallDetailPane final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fx = std::make_unique<SimFixture>();
        m_store = std::make_unique<CallStore>();
        std::vector<CallLog> calls;
        for (const QJsonValue &v : m_fx->simulator.truth())
            calls.push_back(read(v.toObject()));
        m_store->apply(std::move(calls));
        QVERIFY(m_store->size() > 100);
        m_pane = std::make_unique<CallDetailPane>(m_store.get(), &m_fx->client, &m_theme);
        m_pane->resize(480, 900);
        m_pane->show();
    }

    void cleanup()
    {
        m_pane.reset();
        m_store.reset();
        m_fx.reset();
    }

    void placeholderWhenNothingIsSelected()
    {
        const auto *placeholder = m_pane->findChild<QLabel *>(QStringLiteral("detailPlaceholder"));
        QVERIFY(placeholder && placeholder->isVisible());
        QCOMPARE(placeholder->text(),
                 QStringLiteral("Select a call to see its analysis, transcript and timeline"));
        QCOMPARE(m_pane->detailsState(), CallDetailPane::DetailsState::None);
    }

    void busyThenTranscriptAndTimeline()
    {
        const CallLog call = completedWith([](const CallLog &c) { return !c.analysis.empty(); });
        m_pane->showCall(call.id);
        QCOMPARE(m_pane->detailsState(), CallDetailPane::DetailsState::Loading);
        QVERIFY(m_pane->findChild<QProgressBar *>(QStringLiteral("detailsBusy"))->isVisible());
        QVERIFY(labelWithText(*m_pane, QStringLiteral("Loading transcript…")));

        QVERIFY(m_fx->waitFor(
            [&] { return m_pane->detailsState() == CallDetailPane::DetailsState::Loaded; }));
        QVERIFY(!m_pane->findChild<QProgressBar *>(QStringLiteral("detailsBusy"))->isVisible());

        const QJsonObject details = m_fx->simulator.call(call.id, true);
        const QStringList lines =
            details.value(QStringLiteral("transcript")).toString().split(QLatin1Char('\n'));
        QVERIFY(lines.size() >= 4);
        const QStringList spoken = texts(*m_pane, QStringLiteral("transcriptText"));
        const QStringList speakers = texts(*m_pane, QStringLiteral("transcriptSpeaker"));
        QCOMPARE(spoken.size(), lines.size()); // the simulator alternates speakers
        QCOMPARE(speakers.first(), QStringLiteral("Agent"));
        QCOMPARE(speakers.at(1), QStringLiteral("User"));
        QCOMPARE(spoken.first(), lines.first().mid(QStringLiteral("Agent: ").size()));
        QCOMPARE(spoken.at(1), lines.at(1).mid(QStringLiteral("User: ").size()));

        const QJsonArray timeline = details.value(QStringLiteral("timeline")).toArray();
        const QStringList events = texts(*m_pane, QStringLiteral("timelineEvent"));
        QCOMPARE(events.size(), timeline.size());
        QCOMPARE(events.first(), QStringLiteral("Call started"));
        QCOMPARE(texts(*m_pane, QStringLiteral("timelineTime")).first(),
                 call.createdAt().toLocalTime().toString(QStringLiteral("HH:mm:ss")));

        // The header: status and sentiment as words with a glyph, local start time, ids.
        const auto *status = m_pane->findChild<QLabel *>(QStringLiteral("detailStatus"));
        QCOMPARE(status->text(), QStringLiteral("✓ Completed"));
        QVERIFY(labelWithText(*m_pane, call.callId));
        QVERIFY(labelWithText(*m_pane, call.agentId));
        QVERIFY(labelWithText(*m_pane, call.toNumber));
        QVERIFY(labelWithText(*m_pane, Labels::endReason(call.endReasonText)));
        bool startShown = false;
        for (const QLabel *l : m_pane->findChildren<QLabel *>())
            startShown |= l->text().startsWith(DetailFormat::dateTimeSeconds(call.createdAtMs));
        QVERIFY(startShown);
    }

    void everyLabelIsPlainText()
    {
        const CallLog call = completedWith([](const CallLog &c) { return !c.analysis.empty(); });
        m_pane->showCall(call.id);
        QVERIFY(m_fx->waitFor(
            [&] { return m_pane->detailsState() == CallDetailPane::DetailsState::Loaded; }));
        const QList<QLabel *> labels = m_pane->findChildren<QLabel *>();
        QVERIFY(labels.size() > 20);
        for (const QLabel *l : labels)
            QVERIFY2(l->textFormat() == Qt::PlainText, qPrintable(l->text()));
    }

    void markupInAnalysisIsShownLiterally()
    {
        QString raw;
        const CallLog call = completedWith([&raw](const CallLog &c) {
            for (const AnalysisField &f : c.analysis)
                if (f.value.text.contains(QLatin1String("<script>"))) {
                    raw = f.value.text;
                    return true;
                }
            return false;
        });
        QVERIFY(raw.startsWith(QLatin1String("<b>VIP</b> customer <script>x</script> ")));
        m_pane->showCall(call.id);
        const QLabel *label = labelWithText(*m_pane, raw);
        QVERIFY2(label, "the analysis text is not shown verbatim");
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QTRY_VERIFY(label->isVisible()); // rows added to a shown pane appear on the next pass
    }

    void analysisValuesByType()
    {
        const CallLog call = completedWith([](const CallLog &c) {
            const AnalysisValue *v = c.analysisValue(QStringLiteral("issue_resolved"));
            return v && v->type == AnalysisValue::Type::Bool;
        });
        m_pane->showCall(call.id);
        auto valueOf = [&](const QString &key) -> QWidget * {
            for (QWidget *w : m_pane->findChildren<QWidget *>())
                if (w->accessibleName() == DetailFormat::humanizeKey(key))
                    return w;
            return nullptr;
        };
        const bool resolved = call.analysisValue(QStringLiteral("issue_resolved"))->value.toBool();
        auto *resolvedLabel = qobject_cast<QLabel *>(valueOf(QStringLiteral("issue_resolved")));
        QVERIFY(resolvedLabel);
        QCOMPARE(resolvedLabel->text(),
                 resolved ? QStringLiteral("✓ Yes") : QStringLiteral("✗ No"));
        QVERIFY(labelWithText(*m_pane, QStringLiteral("Issue resolved")));

        const AnalysisValue *score = call.analysisValue(QStringLiteral("customer_satisfaction"));
        auto *scoreLabel = qobject_cast<QLabel *>(valueOf(QStringLiteral("customer_satisfaction")));
        QCOMPARE(scoreLabel->text(), QLocale().toString(score->value.toInt()));

        // "billing" is a token: a chip, humanized, with the raw value as its tooltip.
        const AnalysisValue *category = call.analysisValue(QStringLiteral("category"));
        QWidget *chipHolder = valueOf(QStringLiteral("category"));
        QVERIFY(chipHolder);
        const auto *chip = chipHolder->findChild<QLabel *>();
        QCOMPARE(chip->property("detailRole").toString(), QStringLiteral("chip"));
        QCOMPARE(chip->toolTip(), plainToolTip(category->text));
        QCOMPARE(chip->text(), DetailFormat::humanizeKey(category->text));

        const AnalysisValue *followUp = call.analysisValue(QStringLiteral("follow_up_date"));
        QCOMPARE(followUp->type, AnalysisValue::Type::Date);
        auto *dateLabel = qobject_cast<QLabel *>(valueOf(QStringLiteral("follow_up_date")));
        QCOMPARE(dateLabel->text(), DetailFormat::date(followUp->value.toDate()));
    }

    void unknownCallShowsErrorWithRetry()
    {
        const int before = m_fx->server.stats().requests;
        m_pane->showCall(QStringLiteral("log_does_not_exist"));
        QVERIFY(m_fx->waitFor(
            [&] { return m_pane->detailsState() == CallDetailPane::DetailsState::Failed; }));
        const auto *error = m_pane->findChild<QLabel *>(QStringLiteral("detailsError"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QLatin1String("not found (404)")),
                 qPrintable(error->text()));
        auto *retry = m_pane->findChild<QPushButton *>(QStringLiteral("retryButton"));
        QVERIFY(retry->isVisible());
        QCOMPARE(m_fx->server.stats().requests, before + 1);

        retry->click();
        QCOMPARE(m_pane->detailsState(), CallDetailPane::DetailsState::Loading);
        QVERIFY(m_fx->waitFor(
            [&] { return m_pane->detailsState() == CallDetailPane::DetailsState::Failed; }));
        QCOMPARE(m_fx->server.stats().requests, before + 2);
    }

    void staleAnswersAreIgnored()
    {
        const CallLog first = completedWith([](const CallLog &) { return true; });
        const CallLog second =
            completedWith([&first](const CallLog &c) { return c.id != first.id; });
        QSignalSpy states(m_pane.get(), &CallDetailPane::detailsStateChanged);
        m_pane->showCall(first.id);
        m_pane->showCall(second.id); // before the first answer arrives
        m_pane->showCall(QStringLiteral("log_unknown_0000"));
        m_pane->showCall(second.id);
        QVERIFY(m_fx->waitFor([&] { return m_fx->client.inFlight() == 0; }));
        QCOMPARE(m_fx->server.stats().requests, 4); // every answer came back...
        QList<CallDetailPane::DetailsState> seen;
        for (const QList<QVariant> &args : states)
            seen << args.first().value<CallDetailPane::DetailsState>();
        using S = CallDetailPane::DetailsState;
        // ...but only the last selection's answer was shown: no earlier Loaded, no 404.
        QCOMPARE(seen, (QList<S>{S::Loading, S::Loading, S::Loading, S::Loading, S::Loaded}));
        const QString transcript =
            m_fx->simulator.call(second.id, true).value(QStringLiteral("transcript")).toString();
        QCOMPARE(texts(*m_pane, QStringLiteral("transcriptText")).first(),
                 transcript.section(QLatin1Char('\n'), 0, 0).mid(QStringLiteral("Agent: ").size()));
        QCOMPARE(m_pane->shownCallId(), second.id);
    }

    void storeUpdatesRefreshWithoutRefetchingUntilFinal()
    {
        CallLog call = completedWith([](const CallLog &c) { return !c.analysis.empty(); });
        // Make it live in the store first, as the board would have seen it a minute ago.
        CallLog live = call;
        live.statusText = QStringLiteral("received");
        live.status = CallStatus::Received;
        live.sentimentText.clear();
        live.sentiment = Sentiment::None;
        m_store->apply({live});
        m_pane->showCall(call.id);
        QVERIFY(m_fx->waitFor(
            [&] { return m_pane->detailsState() == CallDetailPane::DetailsState::Loaded; }));
        auto *status = m_pane->findChild<QLabel *>(QStringLiteral("detailStatus"));
        QCOMPARE(status->text(), QStringLiteral("● In progress"));
        const int requests = m_fx->server.stats().requests;

        CallLog moreInfo = live;
        moreInfo.durationSeconds = 42;
        m_store->apply({moreInfo});
        QCOMPARE(m_pane->detailsState(), CallDetailPane::DetailsState::Loaded); // no refetch
        QCOMPARE(m_fx->client.inFlight(), 0);

        m_store->apply({call}); // it ended: now the transcript is worth reading again
        QCOMPARE(status->text(), QStringLiteral("✓ Completed"));
        QCOMPARE(m_pane->detailsState(), CallDetailPane::DetailsState::Loading);
        QVERIFY(m_fx->waitFor(
            [&] { return m_pane->detailsState() == CallDetailPane::DetailsState::Loaded; }));
        QCOMPARE(m_fx->server.stats().requests, requests + 1);
    }

    void recordingOpensOnlyHttps()
    {
        CallLog call = completedWith([](const CallLog &c) { return !c.recordingUrl.isEmpty(); });
        QVERIFY(call.recordingUrl.startsWith(QLatin1String("https://")));
        QList<QUrl> opened;
        m_pane->setUrlOpener([&opened](const QUrl &url) {
            opened << url;
            return true;
        });
        m_pane->showCall(call.id);
        auto *play = m_pane->findChild<QPushButton *>(QStringLiteral("openRecordingButton"));
        QVERIFY(play->isEnabled());
        play->click();
        QCOMPARE(opened, QList<QUrl>{QUrl(call.recordingUrl)});

        call.recordingUrl = QStringLiteral("http://recordings.example.invalid/x.mp3");
        m_store->apply({call});
        QVERIFY(!play->isEnabled());
        play->click();
        QCOMPARE(opened.size(), 1);
        QVERIFY(!CallDetailPane::isPlayableUrl(QStringLiteral("javascript:alert(1)")));
        QVERIFY(!CallDetailPane::isPlayableUrl(QStringLiteral("https://user:pw@host/x.mp3")));
    }

    void copyCallId()
    {
        const CallLog call = completedWith([](const CallLog &) { return true; });
        m_pane->showCall(call.id);
        QGuiApplication::clipboard()->clear();
        m_pane->findChild<QPushButton *>(QStringLiteral("copyCallIdButton"))->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), call.callId);
    }

    void storeClearedShowsPlaceholder()
    {
        m_pane->showCall(completedWith([](const CallLog &) { return true; }).id);
        m_store->clear();
        QCOMPARE(m_pane->shownCallId(), QString());
        QVERIFY(m_pane->findChild<QLabel *>(QStringLiteral("detailPlaceholder"))->isVisible());
    }

    void analysisWaitGivesWayToNoneOnceItsTimeHasPassed()
    {
        m_pane->setClock(&m_fx->clock);
        CallLog call = completedWith([](const CallLog &) { return true; });
        call.analysis.clear();
        call.durationSeconds = 60;
        call.createdAtMs = m_fx->clock.nowMs() - 90'000; // ended 30 s ago
        m_store->apply({call});
        m_pane->showCall(call.id);
        const QString waiting = QStringLiteral("No analysis yet: it usually arrives within a minute of the call ending.");
        const QString none = QStringLiteral("No analysis for this call.");
        QVERIFY(labelWithText(*m_pane, waiting));
        QVERIFY(!labelWithText(*m_pane, none));

        m_fx->clock.advance(4 * 60'000); // 4.5 min after it ended: still worth waiting
        QVERIFY(labelWithText(*m_pane, waiting));
        m_fx->clock.advance(31'000); // past the 5 minutes the sync engine waits for it
        QVERIFY(labelWithText(*m_pane, none));
        QVERIFY(!labelWithText(*m_pane, waiting));

        // A call that ended long ago says so at once.
        call.createdAtMs = m_fx->clock.nowMs() - 3'600'000;
        call.id += QStringLiteral("_old");
        m_store->apply({call});
        m_pane->showCall(call.id);
        QVERIFY(labelWithText(*m_pane, none));
    }

    void longIdsElideInTheMiddleAndStayWholeForReaders()
    {
        CallLog call = completedWith([](const CallLog &) { return true; });
        call.callId = QStringLiteral("call_") + QString(80, QLatin1Char('7')) + QStringLiteral("_tail");
        m_store->apply({call});
        m_pane->resize(420, 900);
        m_pane->showCall(call.id);
        QApplication::processEvents();
        const QLabel *id = nullptr;
        for (const QLabel *l : m_pane->findChildren<QLabel *>())
            if (l->accessibleName() == QStringLiteral("Call id"))
                id = l;
        QVERIFY(id);
        QVERIFY(id->isVisible());
        QVERIFY2(id->text().contains(QChar(0x2026)), qPrintable(id->text())); // "…"
        QVERIFY(id->text().startsWith(QStringLiteral("call_")));
        QVERIFY(id->text().endsWith(QStringLiteral("_tail")));
        QVERIFY(id->fontMetrics().horizontalAdvance(id->text()) <= id->contentsRect().width());
        QCOMPARE(id->toolTip(), plainToolTip(call.callId));
        QCOMPARE(id->accessibleDescription(), call.callId);
        QVERIFY(id->geometry().right() <= m_pane->width()); // it never widens the pane
    }

private:
    template <typename Pred> CallLog completedWith(Pred pred) const
    {
        for (const CallLog &c : m_store->calls())
            if (c.status == CallStatus::Completed && !c.recordingUrl.isEmpty() && pred(c))
                return c;
        qFatal("no completed call matches");
        return {};
    }

    Theme m_theme = Theme::light();
    std::unique_ptr<SimFixture> m_fx;
    std::unique_ptr<CallStore> m_store;
    std::unique_ptr<CallDetailPane> m_pane;
};

QTEST_MAIN(TestCallDetailPane)
#include "tst_calldetailpane.moc"
