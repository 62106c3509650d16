#include "OneShot.h"
#include "PngFile.h"

#include "core/api/DialNexaClient.h"
#include "core/directory/DirectorySync.h"
#include "core/export/CsvWriter.h"
#include "core/filter/CallFilter.h"
#include "core/model/CallStore.h"
#include "core/sync/SyncEngine.h"
#include "core/time/Clock.h"
#include "session/BoardSession.h"

#include <QTimer>
#include <QWidget>

#include <algorithm>

namespace callboard {

OneShot::OneShot(BoardSession *session, QWidget *window, const Options &options, QObject *parent)
    : QObject(parent), m_session(session), m_window(window), m_options(options)
{
}

void OneShot::start()
{
    SyncEngine *engine = m_session->engine();
    connect(engine, &SyncEngine::synced, this, &OneShot::onSynced);
    connect(engine, &SyncEngine::stateChanged, this, [this](SyncEngine::State s) {
        if (s == SyncEngine::State::AuthFailed)
            fail(m_session->engine()->lastError().toString());
    });
    // Transient failures (5xx, offline) are retried by the engine; give up after a while.
    QTimer::singleShot(m_options.giveUpAfterMs, this, [this] {
        const ApiError e = m_session->engine()->lastError();
        const QString host = m_session->client()->baseUrl().host();
        // Computed before tr(): lupdate 6.4 skips (or loops on) a division inside the call.
        const int seconds = int(m_options.giveUpAfterMs / 1000);
        if (e.kind == ApiError::Kind::Network || e.kind == ApiError::Kind::Timeout)
            fail(tr("cannot reach %1: %2").arg(host, e.message));
        else if (e.isError())
            fail(e.toString());
        else
            fail(tr("no complete sync within %n s", nullptr, seconds));
    });
}

void OneShot::onSynced()
{
    if (m_done || !m_session->engine()->backfillDone())
        return;
    // The picture and the CSV name agents and campaigns: wait for the directory's first
    // answer (names, a denial or an error: then ids it is).
    DirectorySync *names = m_session->directorySync();
    if (names->isRunning() && !names->firstReadsDone()) {
        connect(names, &DirectorySync::readFinished, this, &OneShot::onSynced,
                Qt::UniqueConnection);
        return;
    }
    m_window->resize(m_options.size);
    m_window->show();
    emit readyToRender();
    // Let layouts settle, coalesced chart updates run and the selected call's details load
    // before taking the picture.
    QTimer::singleShot(600, this, &OneShot::render);
}

void OneShot::render()
{
    if (m_done)
        return;
    if (!m_options.screenshotPath.isEmpty()) {
        m_window->resize(m_options.size);
        QString error;
        if (!PngFile::save(m_window->grab(), m_options.screenshotPath, &error)) {
            fail(error);
            return;
        }
    }
    if (!m_options.csvPath.isEmpty()) {
        std::vector<const CallLog *> calls;
        const Directory *names = m_session->directory();
        for (const CallLog &c : m_session->store()->calls())
            if (m_options.csvFilter.matches(c, names))
                calls.push_back(&c);
        const qint64 nowMs = m_session->clock()->nowMs();
        std::sort(calls.begin(), calls.end(), [this, nowMs](const CallLog *a, const CallLog *b) {
            return callBefore(*a, *b, m_options.csvSort, nowMs);
        });
        QString error;
        if (!CsvWriter::writeFile(m_options.csvPath, calls, &error, m_session->directory())) {
            fail(error);
            return;
        }
    }
    m_done = true;
    if (m_options.stopWhenDone)
        m_session->engine()->stop();
    emit finished(0, QString());
}

void OneShot::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_session->engine()->stop();
    emit finished(1, message);
}

} // namespace callboard
