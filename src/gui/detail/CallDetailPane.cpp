#include "CallDetailPane.h"

#include "core/directory/Directory.h"

#include "AnalysisView.h"
#include "CallHeaderView.h"
#include "DetailWidgets.h"
#include "RecordingPlayer.h"
#include "TimelineView.h"
#include "TranscriptView.h"
#include "core/api/DialNexaClient.h"
#include "core/model/CallStore.h"
#include "core/sync/SyncEngine.h"
#include "core/time/Clock.h"
#include "gui/theme/Theme.h"
#include "gui/widgets/FocusRing.h"

#include <QClipboard>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedLayout>
#include <QTimer>
#include <QVBoxLayout>

namespace callboard {

CallDetailPane::CallDetailPane(CallStore *store, DialNexaClient *client, const Theme *theme,
                               QWidget *parent)
    : QWidget(parent), m_store(store), m_client(client), m_theme(theme)
{
    setAccessibleName(tr("Call details"));
    setObjectName(QStringLiteral("detailPane"));
    setAttribute(Qt::WA_StyledBackground); // the theme's background, placeholder included
    m_stack = new QStackedLayout(this);
    m_placeholder = DetailWidgets::plainLabel(
        tr("Select a call to see its analysis, transcript and timeline"), this, "muted");
    m_placeholder->setObjectName(QStringLiteral("detailPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setTextInteractionFlags(Qt::NoTextInteraction);
    m_placeholder->setMargin(24);
    m_stack->addWidget(m_placeholder);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    FocusRing::install(m_scroll); // Tab stops here to scroll the details with the keys
    m_scroll->setAccessibleName(accessibleName()); // what a screen reader says at that stop
    buildContent();
    m_stack->addWidget(m_scroll);

    connect(store, &CallStore::changed, this, &CallDetailPane::onStoreChanged);
    connect(store, &CallStore::cleared, this, [this] { showCall(QString()); });
    setTheme(theme);
    showCall(QString());
}

void CallDetailPane::buildContent()
{
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("detailContent"));
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(12, 12, 12, 12);
    column->setSpacing(12);
    QVBoxLayout *body = nullptr;

    column->addWidget(DetailWidgets::section(QString(), content, &body));
    m_header = new CallHeaderView(content);
    body->addWidget(m_header);
    m_copy = new QPushButton(tr("Copy call id"), content);
    m_copy->setObjectName(QStringLiteral("copyCallIdButton"));
    m_copy->setAccessibleName(tr("Copy call id"));
    auto *actions = new QHBoxLayout;
    actions->setContentsMargins(0, 6, 0, 0);
    actions->addWidget(m_copy);
    actions->addStretch(1);
    body->addLayout(actions);
    connect(m_copy, &QPushButton::clicked, this, &CallDetailPane::copyCallId);

    column->addWidget(DetailWidgets::section(tr("Recording"), content, &body));
    m_player = new RecordingPlayer(content);
    body->addWidget(m_player);

    m_analysisSection = DetailWidgets::section(tr("Analysis"), content, &body);
    column->addWidget(m_analysisSection);
    m_analysis = new AnalysisView(content);
    body->addWidget(m_analysis);

    column->addWidget(DetailWidgets::section(tr("Transcript"), content, &body));
    m_busy = new QWidget(content);
    auto *busyLayout = new QVBoxLayout(m_busy);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    busyLayout->addWidget(DetailWidgets::plainLabel(tr("Loading transcript…"), m_busy, "muted"));
    m_busyBar = new QProgressBar(m_busy);
    m_busyBar->setObjectName(QStringLiteral("detailsBusy"));
    m_busyBar->setRange(0, 0); // indeterminate
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(8);
    m_busyBar->setAccessibleName(tr("Loading transcript"));
    busyLayout->addWidget(m_busyBar);
    body->addWidget(m_busy);

    m_error = new QWidget(content);
    auto *errorLayout = new QHBoxLayout(m_error);
    errorLayout->setContentsMargins(0, 0, 0, 0);
    errorLayout->setSpacing(12);
    m_errorText = DetailWidgets::plainLabel(QString(), m_error, "error");
    m_errorText->setObjectName(QStringLiteral("detailsError"));
    m_retry = new QPushButton(tr("Retry"), m_error);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setAccessibleName(tr("Retry loading the transcript"));
    errorLayout->addWidget(m_errorText, 1);
    errorLayout->addWidget(m_retry, 0, Qt::AlignTop);
    body->addWidget(m_error);
    connect(m_retry, &QPushButton::clicked, this, &CallDetailPane::fetchDetails);

    m_transcript = new TranscriptView(content);
    body->addWidget(m_transcript);

    m_timelineSection = DetailWidgets::section(tr("Timeline"), content, &body);
    column->addWidget(m_timelineSection);
    m_timeline = new TimelineView(content);
    body->addWidget(m_timeline);
    connect(m_timeline, &TimelineView::seekRequested, m_player, &RecordingPlayer::seek);
    connect(m_player, &RecordingPlayer::positionChanged, m_timeline, &TimelineView::setPlayhead);
    column->addStretch(1);
    m_scroll->setWidget(content);
}

bool CallDetailPane::isPlayableUrl(const QString &url)
{
    return RecordingPlayer::isPlayableUrl(url);
}

void CallDetailPane::setUrlOpener(UrlOpener opener)
{
    m_player->setUrlOpener(std::move(opener));
}

void CallDetailPane::setDirectory(const Directory *directory)
{
    m_header->setDirectory(directory);
    connect(directory, &Directory::changed, this, [this] {
        if (m_haveCall)
            m_header->setCall(m_call, *m_theme);
    });
}

void CallDetailPane::setTheme(const Theme *theme)
{
    m_theme = theme;
    setPalette(theme->palette());
    setAutoFillBackground(true);
    setStyleSheet(DetailWidgets::styleSheet(*theme));
    if (m_haveCall)
        m_header->setCall(m_call, *m_theme);
}

void CallDetailPane::showCall(const QString &id)
{
    ++m_request; // whatever is in flight now answers an older question
    m_id = id;
    m_haveCall = false;
    m_call = CallLog();
    m_state = DetailsState::None;
    if (id.isEmpty()) {
        m_player->setRecording(QString()); // stops what was playing
        m_stack->setCurrentWidget(m_placeholder);
        emit detailsStateChanged(m_state);
        return;
    }
    if (const CallLog *c = m_store->find(id)) {
        m_call = *c;
        m_haveCall = true;
    } else {
        for (const CallLog &c : m_store->calls()) { // selected by its call id
            if (c.callId == id) {
                m_call = c;
                m_haveCall = true;
                break;
            }
        }
    }
    m_stack->setCurrentWidget(m_scroll);
    m_scroll->verticalScrollBar()->setValue(0);
    renderCall();
    m_transcript->setTranscript(QString(), QString());
    m_timeline->setTimeline({}, 0, false);
    fetchDetails();
}

QString CallDetailPane::emptyAnalysisText()
{
    if (m_clock)
        m_clock->cancel(m_analysisDeadline);
    m_analysisDeadline = 0;
    if (isLive(m_call.status))
        return tr("The analysis appears after the call ends.");
    if (m_call.group() != StatusGroup::Connected || !m_call.analysis.isEmpty())
        return tr("No analysis for this call.");
    // Still worth waiting for until the sync engine stops asking for it.
    const qint64 endedMs = m_call.createdAtMs + qMax(0, m_call.durationSeconds) * qint64(1000);
    const qint64 deadlineMs = endedMs + SyncEngine::kAnalysisGiveUpSec * qint64(1000);
    const qint64 nowMs = m_clock ? m_clock->nowMs() : QDateTime::currentMSecsSinceEpoch();
    if (nowMs >= deadlineMs)
        return tr("No analysis for this call.");
    if (m_clock)
        m_clock->rearm(&m_analysisDeadline, deadlineMs - nowMs, this, [this] { renderCall(); });
    return tr("No analysis yet: it usually arrives within a minute of the call ending.");
}

void CallDetailPane::renderCall()
{
    if (!m_haveCall) {
        m_header->setCallId(m_id, m_state == DetailsState::Failed);
        m_analysisSection->hide();
        m_player->setRecording(QString());
        return;
    }
    m_header->setCall(m_call, *m_theme);
    m_analysisSection->show();
    m_analysis->setAnalysis(m_call.analysis, emptyAnalysisText());
    m_player->setRecording(m_call.recordingUrl);
}

void CallDetailPane::fetchDetails()
{
    if (m_id.isEmpty())
        return;
    const quint64 request = ++m_request;
    setState(DetailsState::Loading);
    m_client->getCallDetails(m_haveCall ? m_call.id : m_id, this,
                             [this, request](const DetailsResult &r) { onDetails(r, request); });
}

void CallDetailPane::onDetails(const DetailsResult &result, quint64 request)
{
    if (request != m_request)
        return; // the selection changed meanwhile
    if (result.info.error.isError()) {
        setState(DetailsState::Failed, result.info.error.toString());
        if (!m_haveCall)
            renderCall(); // "not available" instead of "looking up"
        return;
    }
    if (!m_haveCall || !m_store->contains(m_call.id)) {
        // Not in the store (another day, or not synced yet): the details carry the call.
        m_call = result.details.call;
        m_haveCall = true;
        renderCall();
    }
    QString emptyTranscript = tr("No transcript for this call.");
    if (isLive(m_call.status))
        emptyTranscript = tr("The transcript appears when the call ends.");
    else if (m_call.group() != StatusGroup::Connected)
        emptyTranscript = tr("No transcript: the call was not answered.");
    m_transcript->setTranscript(result.details.transcript, emptyTranscript);
    // Recordings run from call_started, so an event's offset from it is its place in the audio.
    m_timeline->setTimeline(result.details.timeline, m_call.createdAtMs,
                            m_player->hasRecording());
    setState(DetailsState::Loaded);
}

void CallDetailPane::setState(DetailsState state, const QString &error)
{
    m_state = state;
    emit detailsStateChanged(state);
    m_busy->setVisible(state == DetailsState::Loading);
    m_error->setVisible(state == DetailsState::Failed);
    m_errorText->setText(tr("Could not load the transcript and timeline: %1").arg(error));
    m_transcript->setVisible(state == DetailsState::Loaded);
    m_timelineSection->setVisible(state == DetailsState::Loaded);
}

void CallDetailPane::onStoreChanged(const ChangeSet &changes)
{
    if (m_id.isEmpty())
        return;
    const int row = m_store->rowOf(m_haveCall ? m_call.id : m_id);
    if (row < 0)
        return;
    bool touched = false;
    quint32 fields = 0;
    if (changes.inserted > 0 && row >= changes.firstInsertedRow &&
        row < changes.firstInsertedRow + changes.inserted)
        touched = true; // it arrived after it was selected; details are already on their way
    for (const ChangeSet::Update &u : changes.updated) {
        if (u.row == row) {
            touched = true;
            fields |= u.fields;
        }
    }
    if (!touched)
        return;
    m_call = m_store->at(row);
    m_haveCall = true;
    renderCall();
    // A call that just ended has a transcript (and a complete timeline) to read now.
    if ((fields & FieldStatus) && !isLive(m_call.status))
        fetchDetails();
}

void CallDetailPane::copyCallId()
{
    const QString id = m_haveCall ? (m_call.callId.isEmpty() ? m_call.id : m_call.callId) : m_id;
    if (id.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(id);
    m_copy->setText(tr("Copied"));
    QTimer::singleShot(1500, m_copy, [this] { m_copy->setText(tr("Copy call id")); });
}

} // namespace callboard
