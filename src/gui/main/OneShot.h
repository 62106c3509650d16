// OneShot: `callboard --once`: sync once (the backfill), render the window offscreen to a PNG,
// write every call in the store (or a saved view's calls, with --view) to a CSV, and finish with an exit code and, on failure, one
// line that says why ("API key rejected (401)", "cannot reach …").
#pragma once

#include "core/filter/CallFilter.h"

#include <QObject>
#include <QSize>
#include <QString>

namespace callboard {

class BoardSession;

class OneShot final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OneShot)
public:
    struct Options
    {
        QString screenshotPath; // empty = none
        QString csvPath;        // empty = none
        QSize size{1600, 1000};
        int giveUpAfterMs = 30000; // transient failures are retried until then
        // The CSV's calls and their order (--view NAME); by default every call, newest first.
        CallFilter csvFilter;
        CallSort csvSort = CallSort::Newest;
        // Several workspaces: the hub stops them all once every one is in, so none reads
        // "paused" in the overview's picture.
        bool stopWhenDone = true;
    };

    OneShot(BoardSession *session, QWidget *window, const Options &options, QObject *parent = nullptr);

    // Starts waiting for the first complete sync; finished() follows.
    void start();

signals:
    void readyToRender(); // synced and shown: a moment to pick what the picture shows
    void finished(int exitCode, const QString &message);

private:
    void onSynced();
    void fail(const QString &message);
    void render();

    BoardSession *m_session;
    QWidget *m_window;
    Options m_options;
    bool m_done = false;
};

} // namespace callboard
