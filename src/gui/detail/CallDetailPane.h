// CallDetailPane: everything about the selected call. The header and analysis come from the
// store and follow its updates; the transcript and timeline come from /details, read once
// per selection (again when the call reaches a final status), with a busy state, an error
// state with Retry, and stale answers for an earlier selection ignored. All server text is
// shown as plain text: analysis strings can hold markup and must appear literally.
// The recording plays in the pane (RecordingPlayer); a timeline event's time button moves
// the recording to that moment of the call.
#pragma once

#include "core/model/CallLog.h"

#include <QUrl>
#include <QWidget>

#include <functional>

class QFrame;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QStackedLayout;

namespace callboard {

class AnalysisView;
class CallHeaderView;
class Clock;
class CallStore;
class DialNexaClient;
class RecordingPlayer;
class Directory;
class Theme;
class TimelineView;
class TranscriptView;
struct ChangeSet;
struct DetailsResult;

class CallDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallDetailPane)
public:
    enum class DetailsState
    {
        None,
        Loading,
        Loaded,
        Failed
    };
    using UrlOpener = std::function<bool(const QUrl &)>;

    CallDetailPane(CallStore *store, DialNexaClient *client, const Theme *theme,
                   QWidget *parent = nullptr);

    // Shows one call (a log id or a call id); empty shows the placeholder.
    void showCall(const QString &id);
    QString shownCallId() const { return m_id; }
    DetailsState detailsState() const { return m_state; }
    void setTheme(const Theme *theme);
    // Agent and campaign names (with their ids) in the header; follows its changes.
    void setDirectory(const Directory *directory);
    // The clock that decides when "No analysis yet" becomes "No analysis for this call"
    // (not owned; null: the system's time, read when the call is shown).
    void setClock(Clock *clock) { m_clock = clock; }
    // Opens the recording link ("Open in browser"); QDesktopServices::openUrl unless
    // replaced (tests).
    void setUrlOpener(UrlOpener opener);
    // Only https links (and http to this computer) are played or opened: a recording URL is
    // server text. See RecordingPlayer::isPlayableUrl.
    static bool isPlayableUrl(const QString &url);
    RecordingPlayer *recordingPlayer() const { return m_player; }

signals:
    void detailsStateChanged(callboard::CallDetailPane::DetailsState state);

private:
    void buildContent();
    void fetchDetails();
    void onDetails(const DetailsResult &result, quint64 request);
    void onStoreChanged(const ChangeSet &changes);
    void renderCall();
    QString emptyAnalysisText();
    void setState(DetailsState state, const QString &error = {});
    void copyCallId();

    CallStore *m_store;
    DialNexaClient *m_client;
    const Theme *m_theme;
    Clock *m_clock = nullptr;
    quint64 m_analysisDeadline = 0; // Clock::TimerId: re-words the empty analysis when it passes

    QString m_id;
    CallLog m_call;
    bool m_haveCall = false;
    DetailsState m_state = DetailsState::None;
    quint64 m_request = 0; // answers for an older request are ignored

    QStackedLayout *m_stack;
    QLabel *m_placeholder;
    QScrollArea *m_scroll;
    CallHeaderView *m_header;
    RecordingPlayer *m_player;
    QPushButton *m_copy;
    QFrame *m_analysisSection;
    AnalysisView *m_analysis;
    QWidget *m_busy;
    QProgressBar *m_busyBar;
    QWidget *m_error;
    QLabel *m_errorText;
    QPushButton *m_retry;
    TranscriptView *m_transcript;
    QFrame *m_timelineSection;
    TimelineView *m_timeline;
};

} // namespace callboard
