// Specification of listening to a call in the detail pane: the recording is fetched from the
// simulator over real loopback HTTP and decoded by Qt Multimedia (no sound card needed); its
// length is the WAV the simulator made; the slider, a timeline event and the speed choice
// drive the player; a recording that cannot be fetched says so, naming the host, and leaves
// "Open in browser"; a call without a recording disables the player and says why; choosing
// another call stops playback. Waits are on the player's own events, never on playback time.
#include "SimFixture.h"
#include "gui/detail/CallDetailPane.h"
#include "gui/detail/RecordingPlayer.h"
#include "gui/detail/TimelineView.h"
#include "gui/theme/Theme.h"
#include "sim/SimRecording.h"

#include <QComboBox>
#include <QLabel>
#include <QMediaPlayer>
#include <QPushButton>
#include <QSlider>
#include <QTcpServer>
#include <QTest>
#include <QToolButton>

using namespace callboard;
using namespace callboard::test;

namespace {
sim::SimConfig localRecordings()
{
    sim::SimConfig config;
    config.localRecordings = true;
    return config;
}
} // namespace

class TestRecordingPlayer final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fx = std::make_unique<SimFixture>(localRecordings());
        m_store = std::make_unique<CallStore>();
        std::vector<CallLog> calls;
        for (const QJsonValue &v : m_fx->simulator.truth()) {
            CallLog c;
            QString reason;
            QVERIFY(CallLogReader::readRecord(v.toObject(), &c, &reason));
            calls.push_back(c);
        }
        m_store->apply(std::move(calls));
        m_pane = std::make_unique<CallDetailPane>(m_store.get(), &m_fx->client, &m_theme);
        m_pane->setUrlOpener([this](const QUrl &url) {
            m_opened << url;
            return true;
        });
        m_pane->resize(420, 900);
        m_pane->show();
        m_player = m_pane->recordingPlayer();
        m_opened.clear();
    }

    void cleanup()
    {
        m_pane.reset();
        m_store.reset();
        m_fx.reset();
    }

    void playsTheSimulatorsRecordingAndReportsItsLength()
    {
        const CallLog call = recordedCall();
        QCOMPARE(m_player->recording().host(), QStringLiteral("127.0.0.1"));
        const qint64 expected = sim::simRecordingDurationMs(m_fx->simulator.recordingWav(call.callId));
        QVERIFY(expected > 10000);
        QVERIFY(!m_player->mediaPlayer()); // nothing fetched, no audio back end, before asked

        button("recordingPlayButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_player->mediaPlayer(), 15000); // made once fetched
        QTRY_COMPARE_WITH_TIMEOUT(m_player->mediaPlayer()->duration(), expected, 15000);
        QTRY_COMPARE(m_player->mediaPlayer()->playbackState(), QMediaPlayer::PlayingState);
        QCOMPARE(label("recordingDuration")->text(), RecordingPlayer::clockText(expected));
        QCOMPARE(button("recordingPlayButton")->accessibleName(), ui("Pause the recording"));
        QVERIFY(m_player->statusText().isEmpty());

        button("recordingPlayButton")->click();
        QTRY_COMPARE(m_player->mediaPlayer()->playbackState(), QMediaPlayer::PausedState);
    }

    void sliderAndTimelineSeek()
    {
        const CallLog call = recordedCall();
        QVERIFY(m_fx->waitFor(
            [&] { return m_pane->detailsState() == CallDetailPane::DetailsState::Loaded; }));
        const QList<QToolButton *> events = m_pane->findChildren<QToolButton *>(QStringLiteral("timelineSeek"));
        QVERIFY(events.size() >= 3); // started, answered, ended (and the analysis)
        // call_answered: its offset from call_started is where the ringing stops.
        const QJsonObject details = m_fx->simulator.call(call.id, true);
        const QJsonArray timeline = details.value(QStringLiteral("timeline")).toArray();
        const qint64 answeredMs =
            QDateTime::fromString(timeline.at(1).toObject().value(QStringLiteral("timestamp")).toString(),
                                  Qt::ISODateWithMs)
                .toMSecsSinceEpoch() -
            call.createdAtMs;
        QVERIFY(answeredMs > 0);
        QCOMPARE(events.at(1)->accessibleName(),
                 ui("Go to %1 in the recording").arg(RecordingPlayer::clockText(answeredMs)));

        events.at(1)->click(); // fetches the recording, then goes there, paused
        QTRY_VERIFY_WITH_TIMEOUT(m_player->mediaPlayer(), 15000); // made once fetched
        QTRY_COMPARE_WITH_TIMEOUT(m_player->mediaPlayer()->position(), answeredMs, 15000);
        QCOMPARE(m_player->mediaPlayer()->playbackState(), QMediaPlayer::StoppedState); // not playing
        QCOMPARE(label("recordingPosition")->text(), RecordingPlayer::clockText(answeredMs));
        QCOMPARE(m_pane->findChild<TimelineView *>()->currentEvent(), 1); // answered is highlighted

        auto *slider = m_pane->findChild<QSlider *>(QStringLiteral("recordingSeek"));
        QTRY_VERIFY(slider->isEnabled());
        QCOMPARE(slider->value(), int(answeredMs));
        slider->setValue(4000);
        QTRY_COMPARE(m_player->mediaPlayer()->position(), qint64(4000));
        QCOMPARE(m_pane->findChild<TimelineView *>()->currentEvent(), answeredMs > 4000 ? 0 : 1);
        slider->setFocus();
        QTest::keyClick(slider, Qt::Key_Right); // one step: 5 s further
        QTRY_COMPARE(m_player->mediaPlayer()->position(), qint64(9000));
        QCOMPARE(label("recordingPosition")->text(), QStringLiteral("0:09"));
    }

    void speedChoiceSetsThePlaybackRate()
    {
        recordedCall();
        auto *speed = m_pane->findChild<QComboBox *>(QStringLiteral("recordingSpeed"));
        QVERIFY(speed->isEnabled());
        QCOMPARE(speed->count(), 5);
        QCOMPARE(speed->currentData().toDouble(), 1.0);
        speed->setCurrentIndex(speed->findData(1.5));
        button("recordingPlayButton")->click(); // the rate chosen before loading applies
        QTRY_VERIFY_WITH_TIMEOUT(m_player->mediaPlayer(), 15000); // made once fetched
        QTRY_COMPARE_WITH_TIMEOUT(m_player->mediaPlayer()->playbackState(),
                                  QMediaPlayer::PlayingState, 15000);
        QCOMPARE(m_player->mediaPlayer()->playbackRate(), 1.5);
        speed->setCurrentIndex(speed->findData(0.75));
        QCOMPARE(m_player->mediaPlayer()->playbackRate(), 0.75);
    }

    void unreachableRecordingSaysSo_data()
    {
        QTest::addColumn<bool>("closedPort");
        QTest::addColumn<QString>("why");
        QTest::newRow("404") << false << QStringLiteral("the server answered HTTP 404");
        QTest::newRow("closed port") << true << QStringLiteral("the connection was refused");
    }

    void unreachableRecordingSaysSo()
    {
        QFETCH(bool, closedPort);
        QFETCH(QString, why);
        CallLog call = recordedCall();
        QUrl url = m_fx->simulator.recordingBase().resolved(QUrl(QStringLiteral("call_nobody.wav")));
        if (closedPort) {
            QTcpServer probe; // a port that was free a moment ago, and is closed now
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            url = QUrl(QStringLiteral("http://127.0.0.1:%1/recordings/x.wav").arg(probe.serverPort()));
        }
        call.recordingUrl = url.toString();
        m_store->apply({call});
        QCOMPARE(m_player->recording(), url);

        button("recordingPlayButton")->click();
        const QString message = ui("Could not fetch the recording from 127.0.0.1: %1. Open in "
                                   "browser may still reach it; Play tries again.")
                                    .arg(why);
        QTRY_COMPARE_WITH_TIMEOUT(m_player->statusText(), message, 15000);
        QVERIFY(label("recordingStatus")->isVisible());
        QCOMPARE(label("recordingStatus")->property("detailRole").toString(), QStringLiteral("error"));
        QVERIFY(!m_player->statusText().contains(url.path()));
        QVERIFY(!m_player->statusText().contains(m_fx->simulator.config().apiKey));
        QCOMPARE(button("recordingPlayButton")->accessibleName(), ui("Play the recording"));

        QPushButton *open = button("openRecordingButton");
        QVERIFY(open->isEnabled());
        open->click();
        QCOMPARE(m_opened, QList<QUrl>{url});
    }

    void withoutARecordingThePlayerIsDisabledAndSaysWhy()
    {
        const CallLog *unanswered = nullptr;
        for (const CallLog &c : m_store->calls())
            if (!isLive(c.status) && c.recordingUrl.isEmpty())
                unanswered = &c;
        QVERIFY(unanswered);
        m_pane->showCall(unanswered->id);
        QVERIFY(m_fx->waitFor(
            [&] { return m_pane->detailsState() == CallDetailPane::DetailsState::Loaded; }));
        const QString reason = ui("This call has no recording.");
        QVERIFY(!m_player->hasRecording());
        for (const char *name : {"recordingPlayButton", "openRecordingButton"}) {
            QVERIFY(!button(name)->isEnabled());
            QCOMPARE(button(name)->toolTip(), reason);
        }
        QVERIFY(!m_pane->findChild<QSlider *>(QStringLiteral("recordingSeek"))->isEnabled());
        QCOMPARE(m_player->statusText(), reason);
        QVERIFY(m_pane->findChildren<QToolButton *>(QStringLiteral("timelineSeek")).isEmpty());

        CallLog plain = recordedCall();
        plain.recordingUrl = QStringLiteral("http://recordings.example.com/a.wav");
        m_store->apply({plain});
        QVERIFY(!button("recordingPlayButton")->isEnabled());
        QCOMPARE(m_player->statusText(),
                 ui("The recording link is not https, so Callboard does not play or open it."));
    }

    void choosingAnotherCallStopsPlayback()
    {
        const CallLog first = recordedCall();
        button("recordingPlayButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_player->mediaPlayer(), 15000); // made once fetched
        QTRY_COMPARE_WITH_TIMEOUT(m_player->mediaPlayer()->playbackState(),
                                  QMediaPlayer::PlayingState, 15000);
        const CallLog second = recordedCall(first.id);
        QCOMPARE(m_player->mediaPlayer()->playbackState(), QMediaPlayer::StoppedState);
        QCOMPARE(m_player->mediaPlayer()->source(), QUrl());
        QCOMPARE(m_player->recording().fileName(), second.callId + QStringLiteral(".wav"));
        m_pane->showCall(QString());
        QVERIFY(!m_player->hasRecording());
    }

    void playableLinks()
    {
        QVERIFY(RecordingPlayer::isPlayableUrl(QStringLiteral("https://rec.example.com/a.mp3")));
        QVERIFY(RecordingPlayer::isPlayableUrl(QStringLiteral("http://127.0.0.1:8080/a.wav")));
        QVERIFY(RecordingPlayer::isPlayableUrl(QStringLiteral("http://[::1]:8080/a.wav")));
        QVERIFY(RecordingPlayer::isPlayableUrl(QStringLiteral("http://localhost/a.wav")));
        QVERIFY(!RecordingPlayer::isPlayableUrl(QStringLiteral("http://10.0.0.1/a.wav")));
        QVERIFY(!RecordingPlayer::isPlayableUrl(QStringLiteral("http://127.0.0.1.example.com/a")));
        QVERIFY(!RecordingPlayer::isPlayableUrl(QStringLiteral("ftp://127.0.0.1/a.wav")));
        QVERIFY(!RecordingPlayer::isPlayableUrl(QStringLiteral("http://u:p@127.0.0.1/a.wav")));
        QCOMPARE(RecordingPlayer::clockText(83999), QStringLiteral("1:23"));
        QCOMPARE(RecordingPlayer::clockText(3600000), QStringLiteral("60:00"));
    }

private:
    // Shows a completed call with a recording (not `except`) and returns it.
    CallLog recordedCall(const QString &except = {})
    {
        for (const CallLog &c : m_store->calls()) {
            if (c.status == CallStatus::Completed && !c.recordingUrl.isEmpty() && c.id != except) {
                m_pane->showCall(c.id);
                return c;
            }
        }
        qFatal("no recorded call");
        return {};
    }
    QPushButton *button(const char *name) const
    {
        return m_pane->findChild<QPushButton *>(QLatin1String(name));
    }
    QLabel *label(const char *name) const { return m_pane->findChild<QLabel *>(QLatin1String(name)); }
    static QString ui(const char *text) { return QString::fromUtf8(text); } // no translator

    Theme m_theme = Theme::light();
    std::unique_ptr<SimFixture> m_fx;
    std::unique_ptr<CallStore> m_store;
    std::unique_ptr<CallDetailPane> m_pane;
    RecordingPlayer *m_player = nullptr;
    QList<QUrl> m_opened;
};

QTEST_MAIN(TestRecordingPlayer)
#include "tst_recordingplayer.moc"
