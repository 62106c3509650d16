// RecordingPlayer: plays the selected call's recording in the detail pane with Qt Multimedia.
// There is a play/pause button, a seek slider with the position and length (m:ss), a speed
// choice, and "Open in browser" as a fallback. A status line says clearly when the file
// cannot be fetched or played. Nothing is fetched until someone plays or seeks, so going
// through calls costs the recording host nothing. Choosing another call stops playback.
// The file is downloaded first (RecordingDownload) into a private temporary file that the
// player then reads: Qt 6.4's GStreamer player blocks the GUI thread while it
// seeks in an HTTP stream, which hangs until a timeout when the server answering is in this
// process (the demo's simulator), and a download tells exactly why a fetch failed.
#pragma once

#include <QUrl>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QMediaPlayer;
class QNetworkAccessManager;
class QPushButton;
class QSlider;

namespace callboard {

class RecordingDownload;

class RecordingPlayer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingPlayer)
public:
    using UrlOpener = std::function<bool(const QUrl &)>;

    explicit RecordingPlayer(QWidget *parent = nullptr);
    ~RecordingPlayer() override;

    // The "Open in browser" fallback; QDesktopServices::openUrl unless replaced (tests).
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }
    // The call's recording_url (server text). A new one stops what was playing and is
    // not fetched yet; the same one again changes nothing. Empty: the call has none.
    void setRecording(const QString &url);
    QUrl recording() const { return m_url; }
    // Whether the recording can be played here (a link we accept), whatever its state.
    bool hasRecording() const { return !m_url.isEmpty(); }
    // Moves to ms into the recording, fetching it first if needed; keeps playing or paused.
    void seek(qint64 ms);
    void play();
    void pause();
    // What the status line says (empty while all is well).
    QString statusText() const;
    // The Qt Multimedia player, made when a recording is first played (null until then).
    QMediaPlayer *mediaPlayer() const { return m_player; }

    // Links Callboard plays or opens: https, or http to this machine only (the demo's and the
    // tests' simulator serves its recordings on 127.0.0.1; nothing outside the computer is
    // fetched unencrypted). Never links with a user name or password in them.
    static bool isPlayableUrl(const QString &url);
    // 83 000 ms -> "1:23".
    static QString clockText(qint64 ms);

signals:
    // The playing position moved (ms into the recording).
    void positionChanged(qint64 ms);

private:
    QMediaPlayer *ensurePlayer();
    bool ready() const; // fetched and loaded: it can play and seek now
    bool isPlaying() const;
    void load();
    void dropDownload();
    void togglePlay();
    void onStatus();
    void onError();
    void onDuration(qint64 ms);
    void onPosition(qint64 ms);
    void onSpeed(int index);
    void openInBrowser();
    void updateControls();
    void setStatus(const QString &text, bool error);

    QMediaPlayer *m_player = nullptr;
    QNetworkAccessManager *m_nam;
    RecordingDownload *m_download = nullptr; // under way or done: its file is being played
    UrlOpener m_openUrl;
    QUrl m_url;
    QString m_refusal; // why a non-empty recording_url is not played
    bool m_loaded = false;   // fetching, fetched or failed
    bool m_failed = false;   // it could not be fetched or decoded
    bool m_wantPlay = false; // play once it has loaded
    qint64 m_pendingSeek = -1;

    QWidget *m_controls; // hidden when the call has no recording: the status line says why
    QPushButton *m_play;
    QLabel *m_position;
    QSlider *m_slider;
    QLabel *m_duration;
    QComboBox *m_speed;
    QPushButton *m_open;
    QLabel *m_status;
};

} // namespace callboard
