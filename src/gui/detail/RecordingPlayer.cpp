#include "RecordingPlayer.h"

#include "DetailWidgets.h"
#include "RecordingDownload.h"
#include "gui/widgets/FocusRing.h"

#include <QAudioOutput>
#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLocale>
#include <QMediaPlayer>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSlider>
#include <QStyle>
#include <QVBoxLayout>

#include <limits>

namespace callboard {

namespace {
constexpr double Speeds[] = {0.75, 1.0, 1.25, 1.5, 2.0};
constexpr int NormalSpeed = 1; // index of 1x

// A short muted label of our own (a time, "Speed"): one line, not selectable.
QLabel *fixedLabel(const QString &text, QWidget *parent, const QString &accessibleName)
{
    QLabel *label = DetailWidgets::plainLabel(text, parent, "muted");
    label->setWordWrap(false);
    label->setTextInteractionFlags(Qt::NoTextInteraction);
    label->setAccessibleName(accessibleName);
    return label;
}
} // namespace

RecordingPlayer::RecordingPlayer(QWidget *parent)
    : QWidget(parent), m_nam(new QNetworkAccessManager(this)),
      m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("recordingPlayer"));
    setAccessibleName(tr("Recording"));

    m_play = new QPushButton(this);
    m_play->setObjectName(QStringLiteral("recordingPlayButton"));
    m_position = fixedLabel(clockText(0), this, tr("Position"));
    m_position->setObjectName(QStringLiteral("recordingPosition"));
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("recordingSeek"));
    m_slider->setAccessibleName(tr("Seek in the recording"));
    m_slider->setFocusPolicy(Qt::StrongFocus);
    m_slider->setTracking(false); // a drag seeks once, where it is let go
    m_slider->setSingleStep(5000);
    m_slider->setPageStep(15000);
    FocusRing::install(m_slider); // not every style marks a focused slider
    m_duration = fixedLabel(QStringLiteral("–:––"), this, tr("Length"));
    m_duration->setObjectName(QStringLiteral("recordingDuration"));

    m_speed = new QComboBox(this);
    m_speed->setObjectName(QStringLiteral("recordingSpeed"));
    m_speed->setAccessibleName(tr("Playback speed"));
    m_speed->setToolTip(tr("Playback speed"));
    for (double speed : Speeds)
        m_speed->addItem(tr("%1×", "playback speed").arg(QLocale().toString(speed)), speed);
    m_speed->setCurrentIndex(NormalSpeed);
    QLabel *speedLabel = fixedLabel(tr("Speed"), this, tr("Speed"));
    speedLabel->setBuddy(m_speed);
    m_open = new QPushButton(tr("Open in browser"), this);
    m_open->setObjectName(QStringLiteral("openRecordingButton"));
    m_open->setAccessibleName(tr("Open the recording in the browser"));

    m_status = DetailWidgets::plainLabel(QString(), this, "muted");
    m_status->setObjectName(QStringLiteral("recordingStatus"));

    // Two rows: the pane is narrow, and the slider needs the width.
    auto *transport = new QHBoxLayout;
    transport->setContentsMargins(0, 0, 0, 0);
    transport->setSpacing(8);
    transport->addWidget(m_play);
    transport->addWidget(m_position);
    transport->addWidget(m_slider, 1);
    transport->addWidget(m_duration);
    auto *options = new QHBoxLayout;
    options->setContentsMargins(0, 0, 0, 0);
    options->setSpacing(8);
    options->addWidget(speedLabel);
    options->addWidget(m_speed);
    options->addStretch(1);
    options->addWidget(m_open);
    m_controls = new QWidget(this);
    auto *rows = new QVBoxLayout(m_controls);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(6);
    rows->addLayout(transport);
    rows->addLayout(options);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(6);
    column->addWidget(m_controls);
    column->addWidget(m_status);

    connect(m_play, &QPushButton::clicked, this, &RecordingPlayer::togglePlay);
    connect(m_slider, &QSlider::valueChanged, this, [this](int ms) { seek(ms); });
    connect(m_speed, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &RecordingPlayer::onSpeed);
    connect(m_open, &QPushButton::clicked, this, &RecordingPlayer::openInBrowser);
    setRecording(QString());
}

QMediaPlayer *RecordingPlayer::ensurePlayer()
{
    if (m_player)
        return m_player;
    // Made on first use: a board nobody listens on never starts the audio back end.
    m_player = new QMediaPlayer(this);
    m_player->setAudioOutput(new QAudioOutput(m_player));
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, &RecordingPlayer::onStatus);
    connect(m_player, &QMediaPlayer::errorOccurred, this, &RecordingPlayer::onError);
    connect(m_player, &QMediaPlayer::durationChanged, this, &RecordingPlayer::onDuration);
    connect(m_player, &QMediaPlayer::positionChanged, this, &RecordingPlayer::onPosition);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this,
            &RecordingPlayer::updateControls);
    return m_player;
}

bool RecordingPlayer::ready() const
{
    const auto status = m_player ? m_player->mediaStatus() : QMediaPlayer::NoMedia;
    return m_loaded && !m_failed && status != QMediaPlayer::LoadingMedia &&
           status != QMediaPlayer::NoMedia;
}

bool RecordingPlayer::isPlaying() const
{
    return m_wantPlay || (m_player && m_player->playbackState() == QMediaPlayer::PlayingState);
}

RecordingPlayer::~RecordingPlayer()
{
    if (m_player) {
        m_player->stop();
        m_player->setSource(QUrl()); // before the file it reads goes
    }
    dropDownload();
}

bool RecordingPlayer::isPlayableUrl(const QString &url)
{
    const QUrl u(url.trimmed(), QUrl::StrictMode);
    if (!u.isValid() || u.host().isEmpty() || !u.userInfo().isEmpty())
        return false;
    if (u.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0)
        return true;
    // Plain http only to this computer: the simulator behind --demo and the tests serves
    // its recordings on 127.0.0.1 without TLS. Anything that crosses a network is https.
    const bool loopback = u.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
                          QHostAddress(u.host()).isLoopback();
    return loopback && u.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0;
}

QString RecordingPlayer::clockText(qint64 ms)
{
    const qint64 seconds = qMax<qint64>(0, ms) / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

void RecordingPlayer::setRecording(const QString &url)
{
    const QString trimmed = url.trimmed();
    const QUrl next = isPlayableUrl(trimmed) ? QUrl(trimmed, QUrl::StrictMode) : QUrl();
    if (next == m_url && !next.isEmpty())
        return; // the same call updated: keep playing
    if (m_player) {
        m_player->stop();
        m_player->setSource(QUrl());
    }
    dropDownload();
    m_url = next;
    m_refusal.clear();
    if (next.isEmpty() && !trimmed.isEmpty())
        m_refusal = tr("The recording link is not https, so Callboard does not play or open it.");
    m_loaded = m_failed = m_wantPlay = false;
    m_pendingSeek = -1;
    onDuration(0);
    m_position->setText(clockText(0));
    setStatus(QString(), false);
    updateControls();
}

void RecordingPlayer::load()
{
    if (m_url.isEmpty() || (m_loaded && !m_failed))
        return;
    if (m_player)
        m_player->setSource(QUrl()); // a second try after a failure starts afresh
    dropDownload();
    m_loaded = true;
    m_failed = false;
    setStatus(tr("Fetching the recording from %1…").arg(m_url.host()), false);
    m_download = new RecordingDownload(m_nam, m_url, this);
    connect(m_download, &RecordingDownload::done, this, [this](const QString &file) {
        ensurePlayer()->setPlaybackRate(m_speed->currentData().toDouble());
        m_player->setSource(QUrl::fromLocalFile(file));
    });
    connect(m_download, &RecordingDownload::failed, this, [this](const QString &problem) {
        dropDownload();
        m_failed = true;
        m_wantPlay = false;
        m_pendingSeek = -1;
        // Only the host is named: the rest of the link can carry a signed token.
        setStatus(tr("Could not fetch the recording from %1: %2. Open in browser may still "
                     "reach it; Play tries again.")
                      .arg(m_url.host(), problem),
                  true);
        updateControls();
    });
    updateControls();
}

void RecordingPlayer::dropDownload()
{
    if (m_download)
        m_download->deleteLater(); // it may be the sender of the signal being handled
    m_download = nullptr;
}

void RecordingPlayer::play()
{
    if (m_url.isEmpty())
        return;
    if (!ready()) {
        m_wantPlay = true; // onStatus() starts it once loaded
        load();
        return;
    }
    m_player->play();
}

void RecordingPlayer::pause()
{
    m_wantPlay = false;
    if (m_player)
        m_player->pause();
}

void RecordingPlayer::togglePlay()
{
    if (isPlaying())
        pause();
    else
        play();
    updateControls();
}

void RecordingPlayer::seek(qint64 ms)
{
    if (m_url.isEmpty())
        return;
    ms = qMax<qint64>(0, ms);
    if (!ready()) {
        m_pendingSeek = ms; // onStatus() moves there once loaded
        load();
        return;
    }
    if (m_player->duration() > 0)
        ms = qMin(ms, m_player->duration());
    m_player->setPosition(ms);
    onPosition(ms);
}

void RecordingPlayer::onStatus()
{
    switch (m_player->mediaStatus()) {
    case QMediaPlayer::LoadedMedia:
    case QMediaPlayer::BufferedMedia:
        if (m_failed)
            break;
        setStatus(QString(), false);
        if (m_pendingSeek >= 0) {
            // Qt 6.4's GStreamer player ignores a seek made while it reports LoadedMedia;
            // one made just after lands.
            QMetaObject::invokeMethod(
                this,
                [this] {
                    const qint64 ms = m_pendingSeek;
                    m_pendingSeek = -1;
                    if (ms >= 0 && !m_failed)
                        seek(ms);
                },
                Qt::QueuedConnection);
        }
        if (m_wantPlay) {
            m_wantPlay = false;
            m_player->play();
        }
        break;
    case QMediaPlayer::InvalidMedia:
        onError();
        break;
    default:
        break;
    }
    updateControls();
}

void RecordingPlayer::onError()
{
    if (m_url.isEmpty() || m_failed || m_player->source().isEmpty())
        return; // one message per try; the backend may add more for the same failure
    m_failed = true;
    m_wantPlay = false;
    m_pendingSeek = -1;
    // Only the host is named: the rest of the link can carry a signed token.
    setStatus(tr("The recording from %1 could not be played: this computer cannot decode "
                 "it. Open in browser may still play it.")
                  .arg(m_url.host()),
              true);
    m_player->stop();
    updateControls();
}

void RecordingPlayer::onDuration(qint64 ms)
{
    m_slider->blockSignals(true);
    m_slider->setRange(0, int(qMin<qint64>(ms, std::numeric_limits<int>::max())));
    m_slider->blockSignals(false);
    m_duration->setText(ms > 0 ? clockText(ms) : QStringLiteral("–:––"));
    updateControls();
}

void RecordingPlayer::onPosition(qint64 ms)
{
    m_position->setText(clockText(ms));
    if (!m_slider->isSliderDown()) { // a drag in progress keeps its place
        m_slider->blockSignals(true);
        m_slider->setValue(int(qMin<qint64>(ms, m_slider->maximum())));
        m_slider->blockSignals(false);
    }
    emit positionChanged(ms);
}

void RecordingPlayer::onSpeed(int index)
{
    if (index >= 0 && m_player)
        m_player->setPlaybackRate(m_speed->itemData(index).toDouble());
}

void RecordingPlayer::openInBrowser()
{
    if (!m_url.isEmpty())
        m_openUrl(m_url);
}

QString RecordingPlayer::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void RecordingPlayer::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setProperty(DetailWidgets::RoleProperty, QLatin1String(error ? "error" : "muted"));
    m_status->style()->unpolish(m_status);
    m_status->style()->polish(m_status);
    m_status->setHidden(text.isEmpty());
}

void RecordingPlayer::updateControls()
{
    const bool has = !m_url.isEmpty();
    const bool playing = isPlaying();
    m_play->setText(playing ? tr("Pause") : tr("Play"));
    m_play->setAccessibleName(playing ? tr("Pause the recording") : tr("Play the recording"));
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    for (QWidget *w : std::initializer_list<QWidget *>{m_play, m_open, m_speed})
        w->setEnabled(has);
    m_slider->setEnabled(has && !m_failed && m_slider->maximum() > 0);

    QString reason;
    if (!has)
        reason = m_refusal.isEmpty() ? tr("This call has no recording.") : m_refusal;
    for (QWidget *w : std::initializer_list<QWidget *>{m_play, m_slider, m_open})
        w->setToolTip(reason);
    if (has) {
        m_open->setToolTip(tr("Opens the recording from %1 in the web browser").arg(m_url.host()));
        m_slider->setToolTip(m_slider->isEnabled() ? QString()
                                                   : tr("Play the recording to seek in it"));
    }
    m_speed->setToolTip(has ? tr("Playback speed") : reason);
    m_controls->setVisible(has);
    if (!has)
        setStatus(reason, false);
}

} // namespace callboard
